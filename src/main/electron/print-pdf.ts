/**
 * PDF printing inside the desktop app: the document's HTML loaded in a hidden, locked-down
 * window and printed with webContents.printToPDF — the same Chromium layout as the CLI's
 * playwright printer (A4, CSS page sizes for the landscape tables, page numbers in the footer).
 */
import { BrowserWindow } from 'electron';
import { PDF_FOOTER } from '../export/document-pdf';

export async function printHtmlWithElectron(html: string): Promise<Buffer> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
    },
  });
  try {
    // The document is self-contained (inline CSS, no scripts, no remote resources).
    await win.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`,
    );
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: PDF_FOOTER,
    });
  } finally {
    win.destroy();
  }
}
