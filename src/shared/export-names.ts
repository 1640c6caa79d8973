/**
 * The names an export proposes: the sheet of a table, the workbook of all tables or one, and the
 * disclosure document. Shared because the page proposes the file name in the save dialog before
 * main writes the file there, and main names the sheets and the document's title the same way.
 */

/** Characters Windows forbids in a file name. */
const FILE_NAME_FORBIDDEN = /[\\/:*?"<>|]/g;

/** Excel's sheet name rules: at most 31 characters, none of \ / ? * [ ] :. */
export function sheetNameOf(table: { number: number; title: string }): string {
  return `表${table.number} ${table.title}`.replace(/[\\/?*[\]:]/g, '').slice(0, 31);
}

/** "2021年<单位>部门预算公开表.xlsx", or "表5 <标题>.xlsx" for a single table. */
export function tablesFileName(
  year: number,
  unitName: string,
  single?: { number: number; title: string },
): string {
  const raw = single ? `${sheetNameOf(single)}.xlsx` : `${year}年${unitName}部门预算公开表.xlsx`;
  return raw.replace(FILE_NAME_FORBIDDEN, '');
}

/** The disclosure document's title, on its cover and in its file name. */
export function documentTitle(year: number, unitName: string): string {
  return `${year}年${unitName}部门预算`;
}

/** "2021年<单位>部门预算.docx" (or .pdf). */
export function documentFileName(year: number, unitName: string, format: 'docx' | 'pdf'): string {
  return `${documentTitle(year, unitName)}.${format}`.replace(FILE_NAME_FORBIDDEN, '');
}
