/**
 * Prints the document's HTML to PDF with Chromium (playwright-core), for the CLI and browser
 * mode: A4, the CSS page sizes (landscape table pages), page numbers in the footer. Inside the
 * desktop app, Electron's own webContents.printToPDF does the same (src/main/electron-pdf.ts).
 */
import { CHROMIUM_ARGS, findChromium } from './chromium';

/** Prints an HTML document to PDF bytes. */
export type PdfPrinter = (html: string) => Promise<Buffer>;

export class PdfPrintError extends Error {
  readonly code = 'PDF_PRINT';
}

/** The footer every page carries: "第 N 页 / 共 M 页", centred. */
export const PDF_FOOTER =
  '<div style="width:100%;font-size:9px;text-align:center;font-family:SimSun,\'Noto Serif CJK SC\',serif;">' +
  '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>';

export const chromiumPdfPrinter: PdfPrinter = async (html) => {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new PdfPrintError(
      '找不到 Chromium 浏览器，无法生成 PDF；请安装 chromium，或用环境变量 BUDGETDESK_CHROMIUM 指定其路径，或改为导出 .docx',
    );
  }
  // Loaded on use: the desktop app prints with Electron and does not ship playwright-core.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    // The document is self-contained; nothing may be fetched while printing.
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: PDF_FOOTER,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
};
