/**
 * The renderer's one copy of the open book: every entity the screens read (lines, units,
 * projects, plan, 绩效指标, 表注, last year's figures, reasons, 第一部分 texts, 国有资产, 出错说明),
 * filled by one initial load per book and then only by main's change sets — this window's own
 * writes and other windows' alike. Stores and views read from here; `applied` tells followers
 * (tables, 审核) what each change set did.
 */
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { applyChanges, type Applied } from '../../../shared/api/apply-changes';
import { changesBookData, type ChangeSet } from '../../../shared/api/changes';
import type { AssetFigures, BookSnapshot, UnitTexts } from '../../../shared/domain';
import { api, onChanges } from '../api/client';
import { useBookStore } from './book';

/** What followers hear: a fresh load (no `applied`) or one change set applied. */
interface BookDataEvent {
  snapshot: BookSnapshot | null;
  applied?: Applied;
  changes?: ChangeSet;
}

const EMPTY_TEXTS: UnitTexts = { mainDuties: '', organization: '', budgetComposition: '' };

export const useBookDataStore = defineStore('book-data', () => {
  const book = useBookStore();
  const snapshot = shallowRef<BookSnapshot | null>(null);
  const texts = ref<UnitTexts>({ ...EMPTY_TEXTS });
  const assets = ref<AssetFigures | null>(null);
  /** 出错说明 by finding key. */
  const reviewNotes = ref<Record<string, string>>({});
  const loading = ref(false);
  const error = ref<string | null>(null);
  /** Grows on every load and every change set applied. */
  const revision = ref(0);
  const followers = new Set<(e: BookDataEvent) => void>();
  let loadSeq = 0;
  /** Change sets that arrived while the book was being read: applied after it. */
  let queued: ChangeSet[] = [];

  function emit(e: BookDataEvent): void {
    revision.value++;
    for (const f of followers) f(e);
  }

  /** Follows every load and change set; returns the unsubscribe function. */
  function follow(fn: (e: BookDataEvent) => void): () => void {
    followers.add(fn);
    return () => followers.delete(fn);
  }

  function apply(c: ChangeSet): void {
    // Facts about the book's files only (历史版本, merge sources): their stores take them.
    if (!changesBookData(c)) return;
    if (c.reload) {
      void load();
      return;
    }
    if (loading.value) {
      queued.push(c);
      return;
    }
    const snap = snapshot.value;
    if (!snap) return;
    if (c.texts) texts.value = c.texts;
    if (c.assets) assets.value = c.assets;
    if (c.reviewNotes) {
      const next = { ...reviewNotes.value };
      for (const [k, note] of Object.entries(c.reviewNotes)) {
        if (note) next[k] = note;
        else delete next[k];
      }
      reviewNotes.value = next;
    }
    const applied = applyChanges(snap, c);
    snapshot.value = applied.snapshot;
    emit({ snapshot: applied.snapshot, applied, changes: c });
  }
  onChanges(apply);

  /** Reads the whole book (after open, or when main says it was replaced wholesale). */
  async function load(): Promise<void> {
    const seq = ++loadSeq;
    queued = [];
    if (!book.summary) {
      snapshot.value = null;
      texts.value = { ...EMPTY_TEXTS };
      assets.value = null;
      reviewNotes.value = {};
      emit({ snapshot: null });
      return;
    }
    loading.value = true;
    try {
      const [snap, t, a, notes] = await Promise.all([
        api.call('book:snapshot', {}),
        api.call('texts:get', {}),
        api.call('assets:get', {}),
        api.call('review-notes:list', {}),
      ]);
      if (seq !== loadSeq) return;
      snapshot.value = snap;
      texts.value = t;
      assets.value = a;
      reviewNotes.value = Object.fromEntries(notes.map((n) => [n.findingKey, n.note]));
      error.value = null;
    } catch (e) {
      if (seq === loadSeq) error.value = e instanceof Error ? e.message : String(e);
      return;
    } finally {
      if (seq === loadSeq) loading.value = false;
    }
    emit({ snapshot: snapshot.value });
    // Changes made while the book was read: those already in the copy apply again harmlessly.
    const later = queued;
    queued = [];
    for (const c of later) apply(c);
  }

  // The summary object changes on every open/create/close, even of the same file.
  watch(
    () => book.summary,
    () => void load(),
    { immediate: true },
  );

  return { snapshot, texts, assets, reviewNotes, loading, error, revision, follow, load };
});
