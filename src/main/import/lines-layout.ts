/**
 * The one layout of a line-items file, shared by `import-lines` and `lines --csv` so that the
 * export of a book imports into a new book as the same lines.
 */
import { columnLetter as excelColumnLetter } from './official/text';

/** Header captions, in this order. */
export const LINE_COLUMNS = [
  '单位编码',
  '单位名称',
  '单位类型',
  '功能科目编码',
  '部门经济科目编码',
  '政府经济科目编码',
  '支出类型',
  '一级项目编码',
  '一级项目名称',
  '二级项目编码',
  '二级项目名称',
  '资金来源',
  '金额(元)',
] as const;

export type LineColumn = (typeof LINE_COLUMNS)[number];

/** Column index by caption. */
export const COL = Object.fromEntries(LINE_COLUMNS.map((c, i) => [c, i])) as Record<
  LineColumn,
  number
>;

/** Header text as clerks type it: full-width brackets and stray spaces are the same caption. */
export function normaliseCaption(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/** A1-style column letter (A, B, … M) of a 0-based index, for messages about spreadsheet files. */
export function columnLetter(index: number): string {
  return excelColumnLetter(index + 1);
}
