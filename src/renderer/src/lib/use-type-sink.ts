/**
 * The grid's keyboard target: a transparent text box that holds focus while no cell is being
 * edited. A plain key starts editing from the grid's keydown; text that arrives without a key of
 * its own — an IME composition (拼音 → 汉字), a character the keyboard inserts directly — lands
 * here and opens the editor with it, as Excel and WPS do. While composing, the box sits over the
 * active cell and shows the pinyin. Ctrl+C puts the copied block here, selected, so the browser's
 * own copy takes it even where the copy event is not offered.
 */
import { computed, ref, type Ref } from 'vue';

export function useTypeSink(
  scroller: Ref<HTMLElement | null>,
  activeCell: () => HTMLElement | null,
  onText: (text: string) => void,
) {
  const sink = ref<HTMLTextAreaElement | null>(null);
  const composing = ref(false);
  const place = ref({ top: 0, left: 0, width: 0, height: 0 });
  /** The block Ctrl+C is copying, until the copy event has taken it. */
  let copying: string | null = null;

  /** Over the active cell while composing; elsewhere the stylesheet keeps it out of sight. */
  const style = computed(() => {
    if (!composing.value) return undefined;
    const p = place.value;
    return {
      top: `${p.top}px`,
      left: `${p.left}px`,
      width: `${p.width}px`,
      height: `${p.height}px`,
    };
  });

  function focus(): void {
    sink.value?.focus({ preventScroll: true });
  }

  /** Puts the box over the active cell (for the IME's composition text and candidate list). */
  function reposition(): void {
    const td = activeCell();
    const box = scroller.value;
    if (!td || !box) return;
    const a = td.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    place.value = {
      top: a.top - b.top + box.scrollTop,
      left: a.left - b.left + box.scrollLeft,
      width: a.width,
      height: a.height,
    };
  }

  function take(): string {
    const el = sink.value;
    if (!el) return '';
    const t = el.value;
    el.value = '';
    return t;
  }

  function onInput(e: Event): void {
    if (composing.value || (e as InputEvent).isComposing) return;
    const t = take();
    if (t !== '') onText(t);
  }

  function onCompositionStart(): void {
    composing.value = true;
    reposition();
  }

  function onCompositionEnd(e: CompositionEvent): void {
    composing.value = false;
    const t = take() || e.data;
    if (t) onText(t);
  }

  /** Ctrl+C: the block becomes the box's selected text; the copy event gets it as TSV. */
  function copy(text: string): void {
    const el = sink.value;
    if (!el || text === '') return;
    copying = text;
    el.value = text;
    el.select();
    setTimeout(() => {
      if (el.value === text) el.value = '';
      copying = null;
    }, 0);
  }

  function onCopy(e: ClipboardEvent): void {
    if (copying === null || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', copying);
    e.preventDefault();
  }

  return {
    sink,
    composing,
    style,
    focus,
    copy,
    onInput,
    onCopy,
    onCompositionStart,
    onCompositionEnd,
  };
}
