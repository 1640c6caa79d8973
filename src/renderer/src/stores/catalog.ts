/**
 * 科目表: the open book's own catalog, the lines using one of its codes, and the import of a
 * finance bureau's 科目表 — a preview of what it adds, removes and renames, then 确认导入. The
 * import's change set carries the new catalog to the book copy, so the line pickers follow. The
 * lines shown for one code are read again when lines change, in any window of the session.
 */
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { CATALOG_KIND_NAMES, type CatalogData, type CatalogKind } from '../../../shared/catalogs';
import type { CatalogImportPreview } from '../../../shared/catalogs/import';
import type { LineItem } from '../../../shared/domain';
import { api } from '../api/client';
import { useBookDataStore } from './book-data';
import { toShown, useBusyAction } from './busy-action';

export const useCatalogStore = defineStore('catalog', () => {
  const data = shallowRef<CatalogData | null>(null);
  const preview = shallowRef<CatalogImportPreview | null>(null);
  /** The code whose lines are shown, and those lines. */
  const usage = shallowRef<{
    kind: CatalogKind;
    code: string;
    name: string;
    lines: LineItem[];
  } | null>(null);
  const notice = ref<string | null>(null);
  const { busy, error, run } = useBusyAction(() => {
    notice.value = null;
  });

  // An import (this window's or another's) sends the book's new catalog in its change set; a
  // book read again (a restore, an import of lines) may hold another catalog and other lines.
  useBookDataStore().follow(({ snapshot, changes }) => {
    if (changes?.catalog) data.value = changes.catalog;
    if (!snapshot) return;
    if (!changes && data.value) void quietly(rereadCatalog);
    if (usage.value && (!changes || changes.lines)) void quietly(rereadUsage);
  });

  /** A read that follows a change: no busy flag, no notice cleared; a failure is shown. */
  async function quietly(read: () => Promise<void>): Promise<void> {
    try {
      await read();
    } catch (e) {
      error.value = toShown(e);
    }
  }

  async function rereadCatalog(): Promise<void> {
    data.value = await api.call('catalog:book', {});
  }

  /** The lines of the code shown, read again (unless another code was chosen meanwhile). */
  async function rereadUsage(): Promise<void> {
    const u = usage.value;
    if (!u) return;
    const lines = await api.call('catalog:usage', { kind: u.kind, code: u.code });
    if (usage.value?.code === u.code && usage.value.kind === u.kind) usage.value = { ...u, lines };
  }

  function load(): Promise<boolean> {
    return run(rereadCatalog);
  }

  /** Main reads the chosen file (its path) as the whole list of `kind`; nothing is stored yet. */
  function previewFile(path: string, kind: CatalogKind): Promise<boolean> {
    return run(async () => {
      preview.value = null;
      preview.value = await api.call('catalog:import-preview', { source: path, kind });
    });
  }

  /** 确认导入: replaces the book's list with the previewed file (the pickers follow its change set). */
  function commit(): Promise<boolean> {
    const p = preview.value;
    if (!p) return Promise.resolve(false);
    return run(async () => {
      const res = await api.call('catalog:import-commit', { previewId: p.previewId });
      preview.value = null;
      usage.value = null;
      notice.value = `已导入“${p.fileName}”：本预算的${CATALOG_KIND_NAMES[res.kind]}现有 ${res.stored} 个科目`;
    });
  }

  function discard(): void {
    preview.value = null;
    error.value = null;
  }

  function showUsage(kind: CatalogKind, code: string, name: string): Promise<boolean> {
    return run(async () => {
      usage.value = { kind, code, name, lines: await api.call('catalog:usage', { kind, code }) };
    });
  }

  function reset(): void {
    data.value = null;
    preview.value = null;
    usage.value = null;
    notice.value = null;
    error.value = null;
  }

  return {
    data,
    preview,
    usage,
    notice,
    busy,
    error,
    load,
    previewFile,
    commit,
    discard,
    showUsage,
    reset,
  };
});
