/**
 * 审核 findings of the open book, kept live: every successful write (by any store) schedules one
 * run of 'validate:run' after a short pause, so a burst of edits costs one check. Also the
 * clerk's 出错说明 (review notes) per error finding.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { ReviewNoteEntry } from '../../../shared/api/contract';
import type { Finding, Severity } from '../../../shared/validation/finding';
import { api, onApiSuccess } from '../api/client';
import { isReadChannel } from '../model/snapshot-patch';
import { useBookStore } from './book';

/**
 * Pause after the last edit before checking again: long enough that a clerk typing line after
 * line is not slowed by checks of a large book (they run in main, beside the saves), short
 * enough to feel live.
 */
export const VALIDATE_DEBOUNCE_MS = 500;

export const useValidationStore = defineStore('validation', () => {
  const book = useBookStore();
  const findings = shallowRef<Finding[]>([]);
  const notes = ref<Record<string, string>>({});
  const running = ref(false);
  /** A check is scheduled (edits since the last one): the findings shown may be out of date. */
  const pending = ref(false);
  const error = ref<string | null>(null);
  /** When the findings were last computed, for "审核于 hh:mm:ss". */
  const checkedAt = ref<Date | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let seq = 0;

  const counts = computed(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings.value) c[f.severity]++;
    return c;
  });
  const errors = computed(() => findings.value.filter((f) => f.severity === 'error'));
  /** Errors without a written 出错说明 (export asks for these). */
  const unexplained = computed(() => errors.value.filter((f) => !notes.value[f.key]?.trim()));

  async function run(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    pending.value = false;
    const mine = ++seq;
    if (!book.summary) {
      findings.value = [];
      notes.value = {};
      return;
    }
    running.value = true;
    try {
      const [result, noteList] = await Promise.all([
        api.call('validate:run', {}),
        api.call('review-notes:list', {}),
      ]);
      if (mine !== seq) return;
      findings.value = result;
      notes.value = Object.fromEntries(noteList.map((n) => [n.findingKey, n.note]));
      error.value = null;
      checkedAt.value = new Date();
    } catch (e) {
      if (mine === seq) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (mine === seq) running.value = false;
    }
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    pending.value = true;
    timer = setTimeout(() => void run(), VALIDATE_DEBOUNCE_MS);
  }

  onApiSuccess((channel) => {
    if (isReadChannel(channel) || channel.startsWith('book:') || channel === 'review-notes:set')
      return;
    schedule();
  });
  watch(
    () => book.summary,
    () => void run(),
    { immediate: true },
  );

  /** Stores the 出错说明 of one finding (blank removes it). */
  async function setNote(findingKey: string, note: string): Promise<ReviewNoteEntry | null> {
    const saved = await api.call('review-notes:set', { findingKey, note });
    const next = { ...notes.value };
    if (saved) next[findingKey] = saved.note;
    else delete next[findingKey];
    notes.value = next;
    return saved;
  }

  return {
    findings,
    notes,
    running,
    pending,
    error,
    checkedAt,
    counts,
    errors,
    unexplained,
    run,
    setNote,
  };
});
