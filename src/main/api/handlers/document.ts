/**
 * Handlers of the disclosure document: the drafted 第三部分 for the 情况说明 screen, storing a
 * clerk's reason (then drafting again, so the screen shows the printed sentence at once), and
 * the export of the whole document as .docx or .pdf, written where the clerk chose.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { ExplanationDraft } from '../../../shared/narrative/types';
import { PackError } from '../../../shared/tables/packs';
import { TableDataError } from '../../../shared/tables/prepare';
import { loadChartSpecs, loadDocument, renderDocument } from '../../export/document-build';
import { PdfPrintError } from '../../export/document-pdf';
import type { BookDb } from '../../ledger/book-db';
import { setReason } from '../../ledger/reasons';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';
import { exportPath, writeExport, type ExportKind } from './export-target';

type DocumentChannels = 'document:draft' | 'reasons:set' | 'export:document';

const DOCUMENT: Record<'docx' | 'pdf', ExportKind> = {
  docx: { extension: '.docx', what: '公开文档（Word）' },
  pdf: { extension: '.pdf', what: '公开文档（PDF）' },
};

/** A reason is one or two sentences; a limit keeps a pasted document out of the table cell. */
const MAX_REASON_LENGTH = 500;

function documentOf(book: BookDb): ReturnType<typeof loadDocument> {
  try {
    return loadDocument(book);
  } catch (e) {
    if (e instanceof PackError) throw new ApiFailure('BAD_INPUT', e.message);
    if (e instanceof TableDataError) throw new ApiFailure('TABLE_DATA', e.message);
    throw e;
  }
}

/** The draft, carrying the whole document's warnings (第一部分 texts as well). */
function draftOf(book: BookDb): ExplanationDraft {
  const doc = documentOf(book);
  return { ...doc.part3.draft, warnings: doc.warnings };
}

export function documentHandlers(ctx: HandlerContext): Pick<ApiHandlers, DocumentChannels> {
  return {
    'document:draft': async () => draftOf(requireBook(ctx)),

    'reasons:set': async (arg) => {
      const book = requireBook(ctx);
      const subjectKey = typeof arg.subjectKey === 'string' ? arg.subjectKey : '';
      const reason = typeof arg.reason === 'string' ? arg.reason : null;
      const known = documentOf(book).part3.draft.slots;
      const slot = known.find((s) => s.subjectKey === subjectKey);
      if (!slot) {
        throw new ApiFailure(
          'BAD_INPUT',
          `增减变化原因的项目“${subjectKey}”不存在；可填写原因的项目为：${known.map((s) => `${s.label}（${s.subjectKey}）`).join('、')}`,
        );
      }
      if (reason === null) throw new ApiFailure('BAD_INPUT', `“${slot.label}”的原因应为文字`);
      if (reason.length > MAX_REASON_LENGTH) {
        throw new ApiFailure(
          'BAD_INPUT',
          `“${slot.label}”的原因有 ${reason.length} 个字，超过 ${MAX_REASON_LENGTH} 字；请写明主要原因即可`,
        );
      }
      setReason(book, subjectKey, reason);
      recordChanges(ctx, { reasons: [{ subjectKey, reason: reason.trim() }] });
      return draftOf(book);
    },

    'export:document': async (arg) => {
      const format = arg.format;
      if (format !== 'docx' && format !== 'pdf') {
        throw new ApiFailure('BAD_INPUT', `导出格式“${String(format)}”有误：请选择 docx 或 pdf`);
      }
      exportPath(arg, DOCUMENT[format]);
      const book = requireBook(ctx);
      const doc = documentOf(book);
      const charts = arg.charts === true ? loadChartSpecs(book) : [];
      let bytes: Buffer;
      try {
        bytes = await renderDocument(doc, format, ctx.printPdf, charts);
      } catch (e) {
        if (e instanceof PdfPrintError) throw new ApiFailure('PDF_PRINT', e.message);
        throw e;
      }
      return writeExport(arg, DOCUMENT[format], bytes);
    },
  };
}
