/**
 * A small official-layout workbook of last year's tables 1 and 7 holding the figures the
 * published 2021 document implies for 2020 (收入 1187.45, 支出 1189.01, 三公 1.00, 公务用车
 * 0.80, 公务接待 0.20 万元): this year's sample tables with those rows set to last year's
 * figures (parts adjusted so every total still adds up), written by the official-layout exporter.
 */
import { exportTablesWorkbook } from '../../../src/main/export/tables-xlsx';
import { sampleSnapshot } from '../../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../../src/shared/tables/engine';
import type { TableModel } from '../../../src/shared/tables/model';

const W = 1_000_000;

/** Sets the amount at `column` of the row holding `key` (a side-by-side half key or a full key). */
function set(model: TableModel, key: string, column: number, fen: number): void {
  const row = model.rows.find((r) => r.key === key || r.key.split('|').includes(key));
  if (!row) throw new Error(`no row ${key} in table ${model.number}`);
  row.cells[column] = { kind: 'amount', fen };
}

/** 2020's tables 1 and 7 as the seed implies them. */
export function lastYearModels(): TableModel[] {
  const [t1, t7] = deriveTables(sampleSnapshot(), [1, 7]);
  // Income: 1159.69 + 27.76 = 1187.45; with 1.56 carried in, 收入总计 = 支出总计 = 1189.01.
  set(t1, 'fixed:fiscal', 1, 1_159_690_000);
  set(t1, 'fixed:special', 1, 27_760_000);
  set(t1, 'fixed:incomeYear', 1, 1_187_450_000);
  set(t1, 'fixed:carriedIn', 1, 1_560_000);
  set(t1, 'fixed:incomeAll', 1, 1_189_010_000);
  // Expenditure: 1126.27 + 24.76 + 37.98 = 1189.01.
  set(t1, 'fixed:fn:208', 3, 1_126_270_000);
  set(t1, 'fixed:expenditureYear', 3, 1_189_010_000);
  set(t1, 'fixed:expenditureAll', 3, 1_189_010_000);
  for (const [key, fen] of [
    ['threePublic', 1 * W],
    ['overseas', 0],
    ['cars', 0.8 * W],
    ['carPurchase', 0],
    ['carRunning', 0.8 * W],
    ['reception', 0.2 * W],
  ] as const) {
    set(t7, `fixed:${key}`, 1, fen);
    set(t7, `fixed:${key}`, 2, fen);
  }
  return [t1, t7];
}

export async function lastYearWorkbook(): Promise<Buffer> {
  return exportTablesWorkbook(lastYearModels());
}
