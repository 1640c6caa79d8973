/**
 * 汇总下属单位: the unit books chosen (paths from the file picker), their preview (what each
 * brings, what changes in tables 1 and 3, the reasons a merge would be refused), the merge itself
 * and the merged units with whether each source file changed since. A merge's change set tells
 * every window of the book to read it again (grids, project tree and tables follow) and carries
 * the merged units, so every window lists them at once (a restore's change set does too). A
 * preview on view is checked again after each change of the department book (in any window).
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MergePreview, MergeResult, MergeSourceStatus } from '../../../shared/merge/types';
import { api, onChanges } from '../api/client';
import { rerunner } from '../lib/rerun';
import { useBookDataStore } from './book-data';
import { toShown, useBusyAction } from './busy-action';
import { useHistoryStore } from './history';

export const useMergeStore = defineStore('merge', () => {
  const paths = ref<string[]>([]);
  const preview = ref<MergePreview | null>(null);
  const result = ref<MergeResult | null>(null);
  const sources = ref<MergeSourceStatus[]>([]);
  const { busy, error, run } = useBusyAction(() => {
    result.value = null;
  });

  /** The 汇总下属单位 screen is on view; `stale`: the book changed while it was not. */
  const shown = ref(false);
  let stale = false;

  // This window's 汇总 and other windows' alike.
  onChanges((c) => {
    if (c.mergeSources) sources.value = c.mergeSources;
  });

  /** The preview checked again against the department book as it is now. */
  const recheck = rerunner(async () => {
    if (!preview.value || paths.value.length === 0) return;
    const asked = paths.value;
    const next = await api.call('merge:preview', { paths: asked });
    if (preview.value && paths.value === asked) preview.value = next;
  });
  function refreshPreview(): void {
    stale = false;
    recheck().catch((e: unknown) => {
      preview.value = null;
      error.value = toShown(e);
    });
  }
  useBookDataStore().follow(({ snapshot }) => {
    if (!snapshot || !preview.value) return;
    if (shown.value) refreshPreview();
    else stale = true;
  });

  /** The screen came into view: the merged units read again, and a preview made before a change. */
  function show(): Promise<boolean> {
    shown.value = true;
    if (stale) refreshPreview();
    return loadSources();
  }

  function hide(): void {
    shown.value = false;
  }

  function add(path: string): void {
    if (!paths.value.includes(path)) paths.value = [...paths.value, path];
    preview.value = null;
  }

  function remove(path: string): void {
    paths.value = paths.value.filter((p) => p !== path);
    preview.value = null;
  }

  /** Reads the merged units again (a source file may have changed on disk meanwhile). */
  function loadSources(): Promise<boolean> {
    return run(async () => {
      sources.value = await api.call('merge:sources', {});
    });
  }

  /** Checks the chosen books against the department; stores nothing. */
  function previewMerge(): Promise<boolean> {
    return run(async () => {
      preview.value = null;
      preview.value = await api.call('merge:preview', { paths: paths.value });
    });
  }

  /** 确认汇总: merges the previewed books; the book copy and the list follow its change set. */
  function commit(): Promise<boolean> {
    return run(async () => {
      result.value = await api.call('merge:commit', { paths: paths.value });
      preview.value = null;
      paths.value = [];
      // Undo entries name lines and projects a merge may have replaced: they no longer apply.
      useHistoryStore().clear();
    });
  }

  function reset(): void {
    paths.value = [];
    preview.value = null;
    result.value = null;
    error.value = null;
  }

  return {
    paths,
    preview,
    result,
    sources,
    busy,
    error,
    add,
    remove,
    loadSources,
    show,
    hide,
    previewMerge,
    commit,
    reset,
  };
});
