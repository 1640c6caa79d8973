/**
 * 情况说明 of the open book: the drafted 第三部分 (figures from the book, reasons from the clerk)
 * and the export of the whole document. A reason is saved at once and is one undo step. The
 * draft is drafted only while its screen is open (`show`/`hide`): when shown, and after each
 * change of the book copy while shown — never in the background for the other screens.
 */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { documentFileName } from '../../../shared/export-names';
import type { ExplanationDraft } from '../../../shared/narrative/types';
import { api } from '../api/client';
import { DOCX_FILTER, PDF_FILTER, type FileFilter } from '../api/file-picker';
import { useBookStore } from './book';
import { useFilesStore } from './files';
import { useHistoryStore } from './history';
import { useBookDataStore } from './book-data';

type DocumentFormat = 'docx' | 'pdf';

const FILTER: Record<DocumentFormat, FileFilter> = { docx: DOCX_FILTER, pdf: PDF_FILTER };

export const useDocumentStore = defineStore('document', () => {
  const book = useBookStore();
  const history = useHistoryStore();
  const data = useBookDataStore();
  const files = useFilesStore();
  const draft = ref<ExplanationDraft | null>(null);
  const error = ref<string | null>(null);
  const exporting = ref<DocumentFormat | null>(null);
  const exported = ref<string | null>(null);
  /** The 情况说明 screen is on view. */
  const shown = ref(false);

  function fail(e: unknown, what: string): void {
    error.value = `${what}失败：${e instanceof Error ? e.message : String(e)}`;
  }

  async function load(): Promise<void> {
    if (!book.summary) {
      draft.value = null;
      return;
    }
    try {
      draft.value = await api.call('document:draft', {});
      error.value = null;
    } catch (e) {
      fail(e, '生成情况说明');
    }
  }
  // tables.revision follows every write to the book (edits, undo/redo, imports of last year).
  watch(
    () => [book.summary?.path, data.revision],
    () => {
      if (shown.value) void load();
    },
  );

  /** The screen came into view: draft now, and after each change while it stays. */
  function show(): Promise<void> {
    shown.value = true;
    return load();
  }

  function hide(): void {
    shown.value = false;
  }

  function reasonOf(subjectKey: string): string {
    return draft.value?.slots.find((s) => s.subjectKey === subjectKey)?.reason ?? '';
  }

  async function writeReason(subjectKey: string, reason: string): Promise<void> {
    const next = await api.call('reasons:set', { subjectKey, reason });
    draft.value = next;
  }

  /** Saves a reason if it changed; one undo step (“填写原因：收入预算”). */
  function saveReason(subjectKey: string, reason: string): Promise<void> {
    return history
      .exec(async () => {
        const before = reasonOf(subjectKey);
        if (before === reason.trim()) return;
        await writeReason(subjectKey, reason);
        const label =
          draft.value?.slots.find((s) => s.subjectKey === subjectKey)?.label ?? subjectKey;
        history.record({
          label: `填写原因：${label}`,
          undo: () => writeReason(subjectKey, before),
          redo: () => writeReason(subjectKey, reason),
        });
        error.value = null;
      })
      .catch((e: unknown) => fail(e, '保存原因'));
  }

  /** With 附：图表 (the 概览 charts) after 第四部分. */
  const withCharts = ref(false);

  async function exportDocument(format: DocumentFormat): Promise<void> {
    exporting.value = format;
    exported.value = null;
    try {
      const summary = book.summary;
      const charts = withCharts.value;
      const written = await files.exportTo(
        {
          title: `导出公开文档（${format === 'docx' ? 'Word' : 'PDF'}）`,
          filter: FILTER[format],
          name: documentFileName(summary?.year ?? 0, summary?.unitName ?? '', format),
          near: summary?.path,
        },
        (target) => api.call('export:document', { ...target, format, charts }),
      );
      // Cancelled in the save dialog: nothing written, nothing to report.
      if (written !== null) exported.value = `已导出“${written.path}”`;
      error.value = null;
    } catch (e) {
      fail(e, `导出 ${format === 'docx' ? 'Word' : 'PDF'} 文档`);
    } finally {
      exporting.value = null;
    }
  }

  return {
    draft,
    error,
    exporting,
    exported,
    withCharts,
    show,
    hide,
    load,
    saveReason,
    exportDocument,
  };
});
