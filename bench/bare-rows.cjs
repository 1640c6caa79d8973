/*
 * The baseline of `npm run bench:cli`: the plainest whole-process export of a book's lines — read
 * every line item with better-sqlite3 and write them, unstyled, as rows of one worksheet with
 * exceljs. Usage: node bench/bare-rows.cjs BOOK.sqlite OUT.xlsx
 */
'use strict';
const Database = require('better-sqlite3');
const ExcelJS = require('exceljs');

async function main() {
  const [bookPath, outPath] = process.argv.slice(2);
  const db = new Database(bookPath, { readonly: true });
  const rows = db.prepare('SELECT * FROM line_items ORDER BY id').raw().all();
  db.close();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('明细');
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(outPath);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
});
