/**
 * 历史版本 and 报送稿: the open book's snapshots, the preview of a restore (each table's total then →
 * now), the restore itself (the workspace then reloads the restored book), freezing a 报送稿, and
 * the change log since the last 报送稿.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RestorePreview } from '../../../shared/api/contract';
import type { SnapshotInfo } from '../../../shared/snapshots';
import type { VersionDiff } from '../../../shared/versions-diff';
import { api } from '../api/client';
import { useBookStore } from './book';
import { useBusyAction } from './busy-action';
import { useHistoryStore } from './history';

export const useVersionsStore = defineStore('versions', () => {
  const list = ref<SnapshotInfo[]>([]);
  const preview = ref<RestorePreview | null>(null);
  const diff = ref<{ from: string; to: string; diff: VersionDiff } | null>(null);
  /** Why there is no change log (no 报送稿 yet), as main said it. */
  const diffNote = ref<string | null>(null);
  const notice = ref<string | null>(null);
  const { busy, error, run } = useBusyAction(() => {
    notice.value = null;
  });

  async function loadDiff(): Promise<void> {
    diff.value = null;
    diffNote.value = null;
    if (!list.value.some((s) => s.label !== undefined)) {
      diffNote.value = '还没有报送稿。冻结一份报送稿后，这里列出此后的全部改动。';
      return;
    }
    diff.value = await api.call('versions:diff', {});
  }

  function load(): Promise<boolean> {
    return run(async () => {
      list.value = await api.call('snapshots:list', {});
      preview.value = null;
      await loadDiff();
    });
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
      const book = useBookStore();
      // The restored book is adopted anew: the book copy (and every screen on it) loads it again,
      // and other windows of the session hear the restore's reload.
      book.adopt(await api.call('snapshots:restore', { id: p.snapshot.id }));
      useHistoryStore().clear();
      list.value = await api.call('snapshots:list', {});
      preview.value = null;
      await loadDiff();
      notice.value = `已恢复到 ${p.snapshot.createdAt.slice(0, 16).replace('T', ' ')} 的版本；恢复前的内容已保存为一个历史版本，可随时再恢复。`;
    });
  }

  function submit(label: string): Promise<boolean> {
    return run(async () => {
      const s = await api.call('book:submit', { label });
      list.value = await api.call('snapshots:list', {});
      await loadDiff();
      notice.value = `已冻结报送稿“${s.label}”，校验码 ${s.sha256.slice(0, 12)}（完整：${s.sha256}）。此后导出的表页脚印此校验码，直到预算再被修改。`;
    });
  }

  return { list, preview, diff, diffNote, notice, busy, error, load, showPreview, restore, submit };
});
