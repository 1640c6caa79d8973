/**
 * The figures the 概览 charts show, from the book's lines and its derived tables: composition by
 * 功能分类 类, by 部门经济分类 类, by kind (基本/项目/其他), by fund source, per unit, and this year
 * against last year's imported figures for the principal totals. Amounts stay 分 here.
 */
import { getCatalog } from '../catalogs';
import { BASIC_KINDS, FUND_SOURCES, type BookSnapshot, type Fen } from '../domain';
import type { TableModel } from '../tables/model';
import type { CellSel } from '../validation/rule-types';
import { TableSet, findRow } from '../validation/table-cells';

export interface Slice {
  name: string;
  fen: Fen;
}

interface YearPair {
  name: string;
  thisYearFen: Fen;
  lastYearFen: Fen;
}

interface UnitBar {
  name: string;
  basicFen: Fen;
  projectFen: Fen;
  otherFen: Fen;
}

/** Non-zero groups of the lines by `key`, largest first. */
function groups(book: BookSnapshot, key: (i: number) => string | null): Slice[] {
  const sums = new Map<string, Fen>();
  book.lines.forEach((l, i) => {
    const k = key(i);
    if (k !== null) sums.set(k, (sums.get(k) ?? 0) + l.amountFen);
  });
  return [...sums]
    .filter(([, fen]) => fen !== 0)
    .map(([name, fen]) => ({ name, fen }))
    .sort((a, b) => b.fen - a.fen);
}

export function byFunctionClass(book: BookSnapshot): Slice[] {
  const catalog = getCatalog(book.info.year);
  return groups(book, (i) => {
    const cls = book.lines[i].functionCode.slice(0, 3);
    return `${cls} ${catalog.functionName(cls)}`;
  });
}

export function byEconomicClass(book: BookSnapshot): Slice[] {
  const catalog = getCatalog(book.info.year);
  return groups(book, (i) => {
    const code = book.lines[i].deptEconCode;
    if (!code) return `（${book.lines[i].kind}）`;
    const cls = code.slice(0, 3);
    return `${cls} ${catalog.deptEcon(cls)?.name ?? ''}`.trim();
  });
}

function kindGroup(kind: string): '基本支出' | '项目支出' | '其他支出' {
  if ((BASIC_KINDS as readonly string[]).includes(kind)) return '基本支出';
  return kind === '项目支出' ? '项目支出' : '其他支出';
}

export function byKind(book: BookSnapshot): Slice[] {
  return groups(book, (i) => kindGroup(book.lines[i].kind));
}

export function byFundSource(book: BookSnapshot): Slice[] {
  const order = new Map<string, number>(FUND_SOURCES.map((f, i) => [f, i]));
  return groups(book, (i) => book.lines[i].fundSource).sort(
    (a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0),
  );
}

/** Per unit with lines, in the tables' order (the department first): 基本, 项目, 其他. */
export function byUnit(book: BookSnapshot): UnitBar[] {
  const top = book.info.unitCode;
  const units = [...book.units].sort((a, b) =>
    a.code === top ? -1 : b.code === top ? 1 : a.code.localeCompare(b.code),
  );
  return units.flatMap((u) => {
    const bar: UnitBar = { name: u.name, basicFen: 0, projectFen: 0, otherFen: 0 };
    let any = false;
    for (const l of book.lines) {
      if (l.unitCode !== u.code) continue;
      any = true;
      const g = kindGroup(l.kind);
      if (g === '基本支出') bar.basicFen += l.amountFen;
      else if (g === '项目支出') bar.projectFen += l.amountFen;
      else bar.otherFen += l.amountFen;
    }
    return any ? [bar] : [];
  });
}

/** The totals compared year on year: printed cells of the pack's tables. */
const YEAR_SUBJECTS: { name: string; cell: CellSel }[] = [
  { name: '本年收入合计', cell: { table: 1, row: 'fixed:incomeYear', column: 1 } },
  { name: '支出总计', cell: { table: 1, row: 'fixed:expenditureAll', column: 3 } },
  { name: '基本支出', cell: { table: 3, row: 'total', column: '基本支出' } },
  { name: '项目支出', cell: { table: 3, row: 'total', column: '项目支出' } },
  { name: '财政拨款', cell: { table: 4, row: 'fixed:incomeAll', column: 1 } },
  { name: '“三公”经费', cell: { table: 7, row: 'fixed:threePublic', column: '合计' } },
];

/** This year against last year's imported figures; empty when none were imported. */
export function yearOnYear(book: BookSnapshot, models: TableModel[]): YearPair[] {
  const last = book.lastYear ?? [];
  if (last.length === 0) return [];
  const tables = new TableSet(models);
  return YEAR_SUBJECTS.flatMap(({ name, cell }) => {
    if (!tables.has(cell.table)) return [];
    const model = tables.table(cell.table, 'CHART');
    const col = tables.column(model, cell.column, 'CHART');
    if (!findRow(model, cell.row)) return [];
    const lastFigure = last.find(
      (f) => f.tableNo === cell.table && f.rowKey === cell.row && f.columnIndex === col,
    );
    if (!lastFigure) return [];
    const thisYearFen = tables.cell(cell, 'CHART').fen;
    return [{ name, thisYearFen, lastYearFen: lastFigure.amountFen }];
  });
}
