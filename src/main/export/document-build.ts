/**
 * The disclosure document of an open book: the model (from the ledger, the table engine and
 * the narrative), and its export as .docx or .pdf with a suggested file name.
 */
import { buildDocument, type DisclosureDocument } from '../../shared/narrative/document';
import { deriveTables } from '../../shared/tables/engine';
import { getAssets } from '../ledger/assets';
import type { BookDb } from '../ledger/book-db';
import { loadSnapshot } from '../ledger/snapshot';
import { getTexts } from '../ledger/texts';
import { renderDocumentHtml } from './document-html';
import { chromiumPdfPrinter, type PdfPrinter } from './document-pdf';

export type DocumentFormat = 'docx' | 'pdf';

export function loadDocument(book: BookDb): DisclosureDocument {
  const snapshot = loadSnapshot(book);
  return buildDocument({
    book: snapshot,
    tables: deriveTables(snapshot),
    texts: getTexts(book),
    assets: getAssets(book),
  });
}

/** "2021年<单位>部门预算.docx", without characters Windows forbids in file names. */
export function documentFileName(doc: DisclosureDocument, format: DocumentFormat): string {
  return `${doc.title}.${format}`.replace(/[\\/:*?"<>|]/g, '');
}

export async function renderDocument(
  doc: DisclosureDocument,
  format: DocumentFormat,
  printPdf: PdfPrinter = chromiumPdfPrinter,
): Promise<Buffer> {
  if (format === 'pdf') return printPdf(renderDocumentHtml(doc));
  // docx is large; only a Word export loads it.
  const { renderDocumentDocx } = await import('./document-docx');
  return renderDocumentDocx(doc);
}
