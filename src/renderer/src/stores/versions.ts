/**
 * 历史版本 and 报送稿: the open book's snapshots, the preview of a restore (each table's total then →
 * now), the restore itself (the workspace then reloads the restored book), freezing a 报送稿, and
 * the change log since the last 报送稿.
 *
 * The list follows main's change sets (a snapshot taken in any window of the session — before an
 * import, a 汇总 or a restore, every 10 minutes, a 报送稿 — carries the new list). The change log
 * and the restore preview are read from main only while the screen is shown (`show`/`hide`):
 * then, and again after each change of the book copy or of the newest 报送稿.
 */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { RestorePreview } from '../../../shared/api/contract';
import type { SnapshotInfo } from '../../../shared/snapshots';
import type { VersionDiff } from '../../../shared/versions-diff';
import { api, onChanges } from '../api/client';
import { rerunner } from '../lib/rerun';
import { useBookStore } from './book';
import { useBookDataStore } from './book-data';
import { toShown, useBusyAction } from './busy-action';
import { useHistoryStore } from './history';

/** The newest 报送稿's id, the version the change log starts from. */
const newestSubmitted = (list: SnapshotInfo[]): string | undefined =>
  list.filter((s) => s.label !== undefined).pop()?.id;

export const useVersionsStore = defineStore('versions', () => {
  const book = useBookStore();
  const list = ref<SnapshotInfo[]>([]);
  const preview = ref<RestorePreview | null>(null);
  const diff = ref<{ from: string; to: string; diff: VersionDiff } | null>(null);
  /** Why there is no change log (no 报送稿 yet), as main said it. */
  const diffNote = ref<string | null>(null);
  const notice = ref<string | null>(null);
  /** The 历史版本 screen is on view. */
  const shown = ref(false);
  const { busy, error, run } = useBusyAction(() => {
    notice.value = null;
  });

  async function loadDiff(): Promise<void> {
    if (!newestSubmitted(list.value)) {
      diff.value = null;
      diffNote.value = '还没有报送稿。冻结一份报送稿后，这里列出此后的全部改动。';
      return;
    }
    const next = await api.call('versions:diff', {});
    diff.value = next;
    diffNote.value = null;
  }

  /** The change log and the open preview read again; one read at a time, the last change wins. */
  const reread = rerunner(async () => {
    await loadDiff();
    const p = preview.value;
    if (!p) return;
    const next = await api.call('snapshots:preview', { id: p.snapshot.id });
    // Unless it was closed (取消, a restore) or another version previewed meanwhile.
    if (preview.value?.snapshot.id === p.snapshot.id) preview.value = next;
  });
  function refresh(): void {
    reread().catch((e: unknown) => {
      error.value = toShown(e);
    });
  }

  onChanges((c) => {
    if (!c.versions) return;
    const before = newestSubmitted(list.value);
    list.value = c.versions;
    // A previewed version rotated away (or of the file replaced) can no longer be restored.
    if (preview.value && !c.versions.some((s) => s.id === preview.value?.snapshot.id))
      preview.value = null;
    if (shown.value && newestSubmitted(c.versions) !== before) refresh();
  });
  // Edits (this window's and others'), imports, a 汇总 or a restore change what the log lists.
  useBookDataStore().follow(({ snapshot }) => {
    if (shown.value && snapshot) refresh();
  });

  /** The list and the log of the book opened (the preview of the one before is closed). */
  function load(): Promise<boolean> {
    return run(async () => {
      list.value = await api.call('snapshots:list', {});
      preview.value = null;
      await loadDiff();
    });
  }
  watch(
    () => book.summary?.path,
    () => {
      if (shown.value) void load();
    },
  );

  /**
   * The screen came into view: the list, the log and an open preview read now, and after each
   * change while it stays.
   */
  function show(): Promise<boolean> {
    shown.value = true;
    return run(async () => {
      list.value = await api.call('snapshots:list', {});
      await reread();
    });
  }

  function hide(): void {
    shown.value = false;
  }

  function showPreview(id: string): Promise<boolean> {
    return run(async () => {
      preview.value = await api.call('snapshots:preview', { id });
    });
  }

  /** Restores the previewed snapshot; the book's screens reload from the restored file. */
  function restore(): Promise<boolean> {
    const p = preview.value;
    if (!p) return Promise.resolve(false);
    return run(async () => {
      // The restored book is adopted anew: the book copy (and every screen on it) loads it again,
      // and other windows of the session hear the restore's reload; its change set carries the
      // list with the version saved before the restore.
      book.adopt(await api.call('snapshots:restore', { id: p.snapshot.id }));
      useHistoryStore().clear();
      preview.value = null;
      notice.value = `已恢复到 ${p.snapshot.createdAt.slice(0, 16).replace('T', ' ')} 的版本；恢复前的内容已保存为一个历史版本，可随时再恢复。`;
    });
  }

  /** Freezes a 报送稿; its change set brings the list (and the log from it) to every window. */
  function submit(label: string): Promise<boolean> {
    return run(async () => {
      const s = await api.call('book:submit', { label });
      notice.value = `已冻结报送稿“${s.label}”，校验码 ${s.sha256.slice(0, 12)}（完整：${s.sha256}）。此后导出的表页脚印此校验码，直到预算再被修改。`;
    });
  }

  return {
    list,
    preview,
    diff,
    diffNote,
    notice,
    busy,
    error,
    show,
    hide,
    load,
    showPreview,
    restore,
    submit,
  };
});
