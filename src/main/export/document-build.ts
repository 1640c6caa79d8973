/**
 * The disclosure document of an open book: the model (from the ledger, the table engine and
 * the narrative), and its export as .docx or .pdf.
 */
import { overviewCharts, type ChartSpec } from '../../shared/charts/options';
import { buildDocument, type DisclosureDocument } from '../../shared/narrative/document';
import { deriveTables } from '../../shared/tables/engine';
import { documentAssets } from '../ledger/assets';
import type { BookDb } from '../ledger/book-db';
import { loadSnapshot } from '../ledger/snapshot';
import { getTexts } from '../ledger/texts';
import { renderDocumentHtml } from './document-html';
import { chromiumPdfPrinter, type PdfPrinter } from './document-pdf';

type DocumentFormat = 'docx' | 'pdf';

export function loadDocument(book: BookDb): DisclosureDocument {
  const snapshot = loadSnapshot(book);
  return buildDocument({
    book: snapshot,
    tables: deriveTables(snapshot),
    texts: getTexts(book),
    assets: documentAssets(book),
  });
}

/** The 概览 charts of the book, for the document's optional 图表 appendix. */
export function loadChartSpecs(book: BookDb): ChartSpec[] {
  const snapshot = loadSnapshot(book);
  return overviewCharts(snapshot, deriveTables(snapshot));
}

/** The document as .docx or .pdf; with `charts`, a 附：图表 appendix follows 第四部分. */
export async function renderDocument(
  doc: DisclosureDocument,
  format: DocumentFormat,
  printPdf: PdfPrinter = chromiumPdfPrinter,
  charts: readonly ChartSpec[] = [],
): Promise<Buffer> {
  if (format === 'pdf') {
    const svgs = charts.length ? (await import('./chart-images')).chartSvgs(charts) : [];
    return printPdf(renderDocumentHtml(doc, svgs));
  }
  // docx (and the chart images) are large; only a Word export loads them.
  const { renderDocumentDocx } = await import('./document-docx');
  if (!charts.length) return renderDocumentDocx(doc, []);
  const { chartPngs, chartSvgs } = await import('./chart-images');
  return renderDocumentDocx(doc, await chartPngs(chartSvgs(charts)));
}
