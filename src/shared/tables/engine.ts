/**
 * The one table engine. A template (from the book's pack) plus the book's line items give a
 * TableModel: each line passes once through the table's scope and column filters and lands in
 * the buckets its row builder names; builders roll buckets up into rows. Amounts stay unrounded
 * 分 here; rounding to 万元 happens only when printed (money.ts).
 */
import type { BookSnapshot } from '../domain';
import { catalogOfBook } from '../catalogs';
import { layoutHeader } from './header';
import type { TableModel, TableCell, TableRow } from './model';
import { packOf } from './packs';
import {
  compileFilter,
  filterKey,
  keyedCache,
  prepareLines,
  type LinePredicate,
  type PreparedBook,
} from './prepare';
import { economicPairRows } from './rows/economic-pairs';
import { fixedRows } from './rows/fixed';
import { functionHierarchyRows } from './rows/function-hierarchy';
import { projectRows } from './rows/projects';
import type { BuildContext, BuiltRow, RowBuilder, Sums } from './rows/types';
import { unitRows } from './rows/units';
import { leafColumns, type AmountColumn, type LeafColumn, type TableTemplate } from './template';
import { fitColumns } from './widths';

/**
 * Runs every line in scope through the amount columns and adds its amount to the buckets the
 * builder names. Which columns a line hits is computed once per filter key (prepare.ts), not
 * once per line.
 */
function accumulate(
  p: PreparedBook,
  scope: LinePredicate,
  amounts: readonly AmountColumn[],
  builder: RowBuilder,
): BuiltRow[] {
  const tests = amounts.map((a) => compileFilter(a.filter, p));
  const hitsOf = keyedCache(
    filterKey(
      amounts.map((a) => a.filter),
      p,
    ),
    (i: number): Int32Array => {
      const hits: number[] = [];
      for (let c = 0; c < tests.length; c++) if (tests[c](i)) hits.push(c);
      return Int32Array.from(hits);
    },
  );
  const { amount } = p;
  for (let i = 0; i < p.n; i++) {
    if (!scope(i)) continue;
    const target = builder.bucketsOf(i);
    if (!target) continue;
    const hits = hitsOf(i);
    if (hits.length === 0) continue;
    const a = amount[i];
    if (target instanceof Float64Array) {
      for (let h = 0; h < hits.length; h++) target[hits[h]] += a;
    } else {
      for (const t of target as readonly Sums[])
        for (let h = 0; h < hits.length; h++) t[hits[h]] += a;
    }
  }
  return builder.finish();
}

function toCells(row: BuiltRow, leaves: readonly LeafColumn[]): TableCell[] {
  let a = 0;
  return leaves.map((leaf): TableCell => {
    if (leaf.kind === 'amount') return { kind: 'amount', fen: row.sums[a++] };
    const text = row.texts[leaf.field];
    return text ? { kind: 'text', text } : { kind: 'empty' };
  });
}

function toRow(row: BuiltRow, leaves: readonly LeafColumn[]): TableRow {
  return {
    key: row.key,
    code: row.code,
    label: row.label,
    cells: toCells(row, leaves),
    emphasis: row.emphasis,
  };
}

function block(
  scope: LinePredicate,
  leaves: readonly LeafColumn[],
  make: (ctx: BuildContext) => RowBuilder,
  base: Omit<BuildContext, 'width'>,
): TableRow[] {
  const amounts = leaves.filter((l): l is AmountColumn => l.kind === 'amount');
  const builder = make({ ...base, width: amounts.length });
  return accumulate(base.p, scope, amounts, builder).map((r) => toRow(r, leaves));
}

/** Pairs the sections of two halves row by row, padding the shorter half with blank cells. */
function pairHalves(
  left: TableRow[],
  right: TableRow[],
  leftSizes: number[],
  rightSizes: number[],
  leftWidth: number,
  rightWidth: number,
): TableRow[] {
  const blank = (n: number): TableCell[] =>
    Array.from({ length: n }, () => ({ kind: 'empty' }) as const);
  const out: TableRow[] = [];
  let li = 0;
  let ri = 0;
  for (let s = 0; s < Math.max(leftSizes.length, rightSizes.length); s++) {
    const ln = leftSizes[s] ?? 0;
    const rn = rightSizes[s] ?? 0;
    for (let k = 0; k < Math.max(ln, rn); k++) {
      const l = k < ln ? left[li + k] : undefined;
      const r = k < rn ? right[ri + k] : undefined;
      const emphasis = l?.emphasis === 'total' || r?.emphasis === 'total' ? 'total' : 'normal';
      out.push({
        key: `${l?.key ?? ''}|${r?.key ?? ''}`,
        code: '',
        label: l?.label ?? r?.label ?? '',
        cells: [...(l ? l.cells : blank(leftWidth)), ...(r ? r.cells : blank(rightWidth))],
        emphasis,
      });
    }
    li += ln;
    ri += rn;
  }
  return out;
}

function deriveRows(t: TableTemplate, base: Omit<BuildContext, 'width'>): TableRow[] {
  const leaves = leafColumns(t.header);
  const scope = compileFilter(t.scope, base.p);
  const src = t.rows;
  switch (src.type) {
    case 'fixed':
      return block(scope, leaves, (ctx) => fixedRows(src.rows, ctx), base);
    case 'functionHierarchy':
      return block(scope, leaves, (ctx) => functionHierarchyRows(src, ctx), base);
    case 'economicPairs':
      return block(scope, leaves, (ctx) => economicPairRows(src, ctx), base);
    case 'units':
      return block(scope, leaves, (ctx) => unitRows(src, ctx), base);
    case 'projects':
      return block(scope, leaves, (ctx) => projectRows(src, ctx), base);
    case 'sideBySide': {
      const lLeaves = leaves.slice(0, src.splitAt);
      const rLeaves = leaves.slice(src.splitAt);
      const left = block(scope, lLeaves, (ctx) => fixedRows(src.left.flat(), ctx), base);
      const right = block(scope, rLeaves, (ctx) => fixedRows(src.right.flat(), ctx), base);
      const sizes = (s: readonly (readonly unknown[])[]): number[] => s.map((x) => x.length);
      return pairHalves(
        left,
        right,
        sizes(src.left),
        sizes(src.right),
        lLeaves.length,
        rLeaves.length,
      );
    }
  }
}

/**
 * The clerk's 表注 as printed: "注：" and the text, unless the clerk already began with 注：/注:
 * (a note typed as the published documents show it must not print "注：注：").
 */
export function printedClerkNote(text: string): string {
  const body = text.trim();
  return /^注[：:]/.test(body) ? `注：${body.slice(2).trimStart()}` : `注：${body}`;
}

function modelOf(
  t: TableTemplate,
  unitName: string,
  unitCaption: string,
  rows: TableRow[],
  clerkText: string | undefined,
): TableModel {
  const header = layoutHeader(t.header);
  const onlyTotals = rows.every((r) => r.emphasis === 'total');
  const clerkNote = t.clerkNote && clerkText?.trim() ? printedClerkNote(clerkText) : undefined;
  // A written 表注 says more than "注：无", so it takes that placeholder's place.
  const notes = onlyTotals && t.emptyNotes && !clerkNote ? [...t.emptyNotes] : [...t.notes];
  if (clerkNote) notes.push(clerkNote);
  return {
    number: t.number,
    title: t.title,
    unitName,
    unitCaption,
    headerRows: header.rows,
    header: header.cells,
    columns: fitColumns(leafColumns(t.header), header.cells, rows, t.print.captionLines),
    rows,
    notes,
    ...(t.clerkNote ? { acceptsClerkNote: true } : {}),
    ...(clerkNote ? { clerkNote } : {}),
    orientation: t.print.orientation,
  };
}

/**
 * All tables of the book's pack (or the numbered ones, in the order given). The lines are
 * prepared once for all of them.
 */
export function deriveTables(book: BookSnapshot, numbers?: readonly number[]): TableModel[] {
  const pack = packOf(book);
  const unit = book.units.find((u) => u.code === book.info.unitCode);
  const unitName = unit?.name ?? '';
  const templates = numbers ? numbers.map((n) => pack.table(n)) : pack.tables;
  const base = { book, catalog: catalogOfBook(book), p: prepareLines(book) };
  const clerkNotes = book.tableNotes ?? {};
  return templates.map((t) =>
    modelOf(t, unitName, pack.unitCaption, deriveRows(t, base), clerkNotes[t.number]),
  );
}

/** One table of the book's pack. */
export function deriveTable(book: BookSnapshot, number: number): TableModel {
  return deriveTables(book, [number])[0];
}
