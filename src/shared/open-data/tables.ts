/**
 * The thirteen printed tables as tabular data resources: one row per printed row, its key, code
 * and label, every text column, and every amount column in 元 (two decimals, unrounded from 分 —
 * the tables print the same amounts rounded to 万元). Column names are the header path as
 * printed ("财政拨款/一般公共预算"), unique within the table.
 */
import { fenToYuanPlain } from '../money';
import type { TableModel } from '../tables/model';
import type { DataResource, FieldSpec } from './types';

/** What a table's row code is, by the row keys it carries. */
function codeClassification(model: TableModel, year: number): string | undefined {
  const keys = model.rows.map((r) => r.key);
  if (keys.some((k) => k.startsWith('fn:')))
    return `${year}年政府收支分类科目·支出功能分类（类、款、项）`;
  if (keys.some((k) => k.startsWith('pair:'))) return `${year}年部门预算支出经济分类（类、款）`;
  if (keys.some((k) => k.startsWith('project:'))) return '项目库编码（一级、二级项目）';
  if (keys.some((k) => k.startsWith('unit:'))) return '预算单位编码';
  return undefined;
}

/** Each column's header path, from the top header row down to the leaf. */
function headerPaths(model: TableModel): string[] {
  return model.columns.map((_, col) =>
    model.header
      .filter((h) => h.col <= col && col < h.col + h.colSpan)
      .sort((a, b) => a.row - b.row)
      .map((h) => h.text.replace(/\s+/g, ''))
      .join('/'),
  );
}

function unique(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n}（${k}）`;
  });
}

export function tableResource(model: TableModel, year: number): DataResource {
  const classification = codeClassification(model, year);
  const names = unique(['行键', '编码', '行名称', ...headerPaths(model)]);
  const fields: FieldSpec[] = [
    {
      name: names[0],
      type: 'string',
      description: '本程序的行标识（如 fn:208 为功能分类 208 所在行）',
    },
    {
      name: names[1],
      type: 'string',
      ...(classification ? { classification, description: `行的编码：${classification}` } : {}),
    },
    { name: names[2], type: 'string' },
    ...model.columns.map(
      (c, i): FieldSpec =>
        c.kind === 'amount'
          ? {
              name: names[i + 3],
              type: 'number',
              unit: '元',
              columnType: 'value',
              decimalChar: '.',
            }
          : { name: names[i + 3], type: 'string' },
    ),
  ];
  const rows = model.rows.map((r) => [
    r.key,
    r.code,
    r.label,
    ...r.cells.map((c) =>
      c.kind === 'amount' ? fenToYuanPlain(c.fen) : c.kind === 'text' ? c.text : '',
    ),
  ]);
  const n = String(model.number).padStart(2, '0');
  return {
    name: `table-${n}`,
    path: `table-${n}.csv`,
    title: `表${model.number} ${model.title}`,
    description:
      `《${model.title}》的全部印出行。金额单位：元（保留两位小数，由分直接换算，未取整）；` +
      `公开表印为万元（1 万元 = 10000 元），四舍五入到两位小数，故印数与本表按万元换算后可差取整尾差。` +
      (model.notes.length ? `表注：${model.notes.join(' ')}` : ''),
    fields,
    rows,
  };
}
