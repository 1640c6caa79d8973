/**
 * Year-on-year comparison: this year's tables beside last year's printed figures. Each table row
 * contributes its principal figure (the first amount column: 合计 / 小计 / 预算 / 总计); a
 * side-by-side table (表1, 表4) contributes each half as its own row, because its two halves are
 * different subjects (收入 left, 支出 right). Last year's rows that this year's table no longer
 * prints follow the table's rows with no figure for this year. Change and percent are worked out
 * on the printed figures (0.01 万元), as 第三部分 states them.
 */
import type { Fen, LastYearFigure } from './domain';
import { FEN_PER_WAN, fenToWanCents } from './money';
import { printedChange } from './year-change';
import type { TableModel, TableRow } from './tables/model';

export interface CompareRow {
  table: number;
  /** Row key (the half's key in a side-by-side table), as stored with last year's figures. */
  rowKey: string;
  code: string;
  label: string;
  columnIndex: number;
  caption: string;
  /** 分; null when this year's table does not print the row. */
  thisYearFen: Fen | null;
  /** 分; null when last year's figures have none for the row. */
  lastYearFen: Fen | null;
  /** Printed change in 万元 (this − last, two decimals); null when either side is missing. */
  change: number | null;
  /** change / last × 100, two decimals; null when either side is missing or last year is 0. */
  percent: number | null;
}

interface Segment {
  /** Columns [from, to) of one half. */
  from: number;
  to: number;
}

/** The halves of a table: a new half starts at each text column that follows an amount column. */
function segmentsOf(model: TableModel): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  model.columns.forEach((c, i) => {
    if (i > 0 && c.kind === 'text' && model.columns[i - 1].kind === 'amount') {
      out.push({ from, to: i });
      from = i;
    }
  });
  out.push({ from, to: model.columns.length });
  return out;
}

function firstAmount(model: TableModel, seg: Segment): number {
  for (let i = seg.from; i < seg.to; i++) if (model.columns[i].kind === 'amount') return i;
  return -1;
}

function halfLabel(row: TableRow, seg: Segment): string {
  for (let i = seg.from; i < seg.to; i++) {
    const c = row.cells[i];
    if (c?.kind === 'text' && c.text.trim() !== '') return c.text;
  }
  return row.label;
}

/** Change and percent by the one rule of year-change.ts; the percent carries the change's sign. */
function withChange(row: Omit<CompareRow, 'change' | 'percent'>): CompareRow {
  if (row.thisYearFen === null || row.lastYearFen === null)
    return { ...row, change: null, percent: null };
  const c = printedChange(row.thisYearFen, row.lastYearFen);
  const magnitude = c.percentHundredths === null ? null : c.percentHundredths / 100;
  const negative = c.deltaCents < 0 !== c.lastCents < 0;
  const percent =
    magnitude === null || magnitude === 0 ? magnitude : negative ? -magnitude : magnitude;
  return { ...row, change: c.deltaCents / 100, percent };
}

/** Every row of every table with this year's and last year's principal figure. */
export function compareTables(
  models: readonly TableModel[],
  lastYear: readonly LastYearFigure[],
): CompareRow[] {
  const out: CompareRow[] = [];
  const figureKey = (rowKey: string, col: number): string => `${rowKey}#${col}`;
  const byTable = new Map<number, LastYearFigure[]>();
  for (const f of lastYear) {
    const list = byTable.get(f.tableNo);
    if (list) list.push(f);
    else byTable.set(f.tableNo, [f]);
  }
  for (const model of models) {
    const figures = byTable.get(model.number) ?? [];
    // The first stored figure of each row key and column, as a lookup by key.
    const lastByKey = new Map<string, LastYearFigure>();
    for (const f of figures) {
      const k = figureKey(f.rowKey, f.columnIndex);
      if (!lastByKey.has(k)) lastByKey.set(k, f);
    }
    const segments = segmentsOf(model);
    const seen = new Set<string>();
    for (const row of model.rows) {
      const keys = segments.length > 1 ? row.key.split('|') : [row.key];
      segments.forEach((seg, s) => {
        const key = keys[s] ?? '';
        const col = firstAmount(model, seg);
        if (key === '' || col < 0) return;
        const cell = row.cells[col];
        const k = figureKey(key, col);
        const last = lastByKey.get(k);
        seen.add(k);
        out.push(
          withChange({
            table: model.number,
            rowKey: key,
            code: segments.length > 1 ? '' : row.code,
            label: segments.length > 1 ? halfLabel(row, seg) : row.label,
            columnIndex: col,
            caption: model.columns[col].caption,
            thisYearFen: cell?.kind === 'amount' ? cell.fen : null,
            lastYearFen: last ? last.amountFen : null,
          }),
        );
      });
    }
    const principal = new Set(segments.map((seg) => firstAmount(model, seg)));
    for (const f of figures) {
      const k = figureKey(f.rowKey, f.columnIndex);
      if (!principal.has(f.columnIndex) || seen.has(k)) continue;
      seen.add(k);
      out.push(
        withChange({
          table: model.number,
          rowKey: f.rowKey,
          code: f.code,
          label: f.label,
          columnIndex: f.columnIndex,
          caption: f.caption,
          thisYearFen: null,
          lastYearFen: f.amountFen,
        }),
      );
    }
  }
  return out;
}

/** A figure of last year as stored (LastYearFigure without its id). */
type FigureInput = Omit<LastYearFigure, 'id'>;

/**
 * Every printed amount of the tables as last year's figures, keyed as compare joins them. The
 * stored amount is the printed figure (rounded to 0.01 万元), the same a clerk would import from
 * the published tables, so a rolled book and an imported one compare alike.
 */
export function figuresOfTables(models: readonly TableModel[]): FigureInput[] {
  const out: FigureInput[] = [];
  for (const model of models) {
    const segments = segmentsOf(model);
    for (const row of model.rows) {
      const keys = segments.length > 1 ? row.key.split('|') : [row.key];
      segments.forEach((seg, s) => {
        const key = keys[s] ?? '';
        if (key === '') return;
        for (let col = seg.from; col < seg.to; col++) {
          const cell = row.cells[col];
          if (cell?.kind !== 'amount') continue;
          out.push({
            tableNo: model.number,
            rowKey: key,
            code: segments.length > 1 ? '' : row.code,
            label: segments.length > 1 ? halfLabel(row, seg) : row.label,
            columnIndex: col,
            caption: model.columns[col].caption,
            amountFen: fenToWanCents(cell.fen) * (FEN_PER_WAN / 100),
          });
        }
      });
    }
  }
  return out;
}
