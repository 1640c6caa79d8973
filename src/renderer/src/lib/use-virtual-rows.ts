/**
 * Which rows of a long grid to render: only those in view (plus a margin), tracked from the
 * scroll position and the container's height, so 10,000 lines cost what 40 do.
 */
import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { visibleWindow } from './grid-nav';

export function useVirtualRows(body: Ref<HTMLElement | null>, total: Ref<number>, rowH: number) {
  const scrollTop = ref(0);
  const viewH = ref(400);
  const win = computed(() => visibleWindow(scrollTop.value, viewH.value, rowH, total.value));
  let observer: ResizeObserver | null = null;

  onMounted(() => {
    if (!body.value) return;
    observer = new ResizeObserver(() => (viewH.value = body.value?.clientHeight ?? 400));
    observer.observe(body.value);
  });
  onBeforeUnmount(() => observer?.disconnect());

  function onScroll(e: Event): void {
    scrollTop.value = (e.target as HTMLElement).scrollTop;
  }

  /** Scrolls just enough for a row to be fully visible below the sticky header. */
  function reveal(row: number): void {
    const el = body.value;
    if (!el) return;
    const head = rowH + 2;
    const top = row * rowH;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowH > el.scrollTop + el.clientHeight - head) {
      el.scrollTop = top + rowH - el.clientHeight + head;
    }
    // The scroll event comes a frame later; the row must be rendered now, or keys typed at
    // once (Ctrl+End, then typing) would reach a cell that is not in the page yet.
    scrollTop.value = el.scrollTop;
  }

  /** Rows one PageUp / PageDown moves. */
  const page = computed(() => Math.max(1, Math.floor(viewH.value / rowH) - 1));

  return { win, page, onScroll, reveal };
}
