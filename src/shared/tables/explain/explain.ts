/**
 * 解释数字: how one printed amount of a table is made — the rule in words, the line items behind
 * it (found with the engine's own compiled filters over the prepared book), their sum in 分, the
 * rounding to 万元, and the 尾差 where the printed parts of an identity of the pack do not add up
 * to this printed total. Pure: the preview computes it in the renderer, the CLI in main.
 */
import type { BookSnapshot, Fen, LineItem } from '../../domain';
import { fenToWanCents, formatWan, formatYuan, sumFen } from '../../money';
import { getPackRules } from '../../validation/rule-sets';
import { TableSet, cellRef } from '../../validation/table-cells';
import { checksOf, type SumCheck } from '../../validation/table-checks';
import type { TableModel } from '../model';
import { getPack } from '../packs';
import { compileFilter, prepareLines } from '../prepare';
import { leafColumns, type AmountColumn } from '../template';
import { rowMember } from './row-members';
import { filterWords, rowWords } from './words';

/** A part of an identity whose printed parts miss its printed total by a 尾差. */
interface TailPart {
  label: string;
  column: string;
  printed: string;
}

interface CellTail {
  /** The identity, e.g. "表3 每行：合计 = 基本支出 + 项目支出 + …". */
  ruleText: string;
  parts: TailPart[];
  /** Sum of the printed parts, 万元 text. */
  partsPrinted: string;
  /** Printed total minus the printed parts, 万元 text with sign ("0.01", "-0.02"). */
  difference: string;
  why: string;
}

export interface CellExplanation {
  table: number;
  tableTitle: string;
  rowKey: string;
  /** The row's label as printed left of the cell. */
  row: string;
  /** The column caption as printed. */
  column: string;
  /** The printed figure (万元, two decimals). */
  printed: string;
  /** The rule in words. */
  rule: string;
  totalFen: Fen;
  /** The lines behind the figure, in book order. */
  lines: LineItem[];
  /** "合计 1,720,400.00 元 = 172.0400 万元，四舍五入到两位小数印作 172.04". */
  rounding: string;
  tails: CellTail[];
}

export class ExplainError extends Error {
  readonly code = 'EXPLAIN';
}

const WHY =
  '每个单元格各自由分四舍五入到万元，合计则先按分相加再取整，所以印出的各部分相加可能与印出的合计差几分；账内金额按分完全相符，无需调整。';

function roundingText(fen: Fen): string {
  const wan = (fen / 1_000_000).toFixed(6);
  return `合计 ${formatYuan(fen)} 元 = ${wan} 万元，按四舍五入保留两位小数印作 ${formatWan(fen)}`;
}

function signedWan(cents: number): string {
  const text = formatWan(Math.abs(cents) * 10_000);
  return cents < 0 ? `-${text}` : text;
}

/** The pack's sum identities over these models, computed once per set of models. */
const sumChecks = new WeakMap<TableModel[], SumCheck[]>();

function sumChecksOf(models: TableModel[], packId: string): SumCheck[] {
  let checks = sumChecks.get(models);
  if (!checks) {
    const tables = new TableSet(models);
    checks = getPackRules(packId).tables.flatMap((rule) =>
      checksOf(tables, rule).filter((c): c is SumCheck => c.type === 'sum'),
    );
    sumChecks.set(models, checks);
  }
  return checks;
}

function tailsOf(
  models: TableModel[],
  model: TableModel,
  keys: string[],
  col: number,
  packId: string,
): CellTail[] {
  const caption = model.columns[col].caption;
  const out: CellTail[] = [];
  const seen = new Set<string>();
  for (const check of sumChecksOf(models, packId)) {
    const rule = check.rule;
    const t = check.total.ref;
    if (t.table !== model.number || t.column !== caption || !keys.includes(t.rowKey)) continue;
    const totalCents = fenToWanCents(check.total.fen);
    const partsCents = check.parts.reduce((s, p) => s + fenToWanCents(p.fen), 0);
    if (totalCents === partsCents || seen.has(rule.text)) continue;
    seen.add(rule.text);
    out.push({
      ruleText: rule.text,
      parts: check.parts.map((p) => ({
        label: p.ref.rowLabel,
        column: p.ref.column,
        printed: formatWan(p.fen),
      })),
      partsPrinted: formatWan(partsCents * 10_000),
      difference: signedWan(totalCents - partsCents),
      why: WHY,
    });
  }
  return out;
}

/**
 * Explains the amount at (rowIndex, col) of table `tableNo`; `models` are the book's derived
 * tables (all of them, for identities that reach across tables).
 */
export function explainCell(
  book: BookSnapshot,
  models: TableModel[],
  tableNo: number,
  rowIndex: number,
  col: number,
): CellExplanation {
  const model = models.find((m) => m.number === tableNo);
  const row = model?.rows[rowIndex];
  const cell = row?.cells[col];
  if (!model || !row || !cell || cell.kind !== 'amount') {
    throw new ExplainError(`表${tableNo}第 ${rowIndex + 1} 行第 ${col + 1} 列不是金额单元格`);
  }
  const t = getPack(book.info.packId).table(tableNo);
  const leaves = leafColumns(t.header);
  const leaf = leaves[col] as AmountColumn;
  let key = row.key;
  let half: 'left' | 'right' | undefined;
  if (t.rows.type === 'sideBySide') {
    half = col < t.rows.splitAt ? 'left' : 'right';
    key = row.key.split('|')[half === 'left' ? 0 : 1];
  }
  const p = prepareLines(book);
  const scope = compileFilter(t.scope, p);
  const colTest = compileFilter(leaf.filter, p);
  const member = rowMember(t.rows, key, book, p, half);
  const lines: LineItem[] = [];
  for (let i = 0; i < p.n; i++) if (scope(i) && colTest(i) && member(i)) lines.push(book.lines[i]);
  const totalFen = sumFen(lines.map((l) => l.amountFen));
  const words = [filterWords(t.scope), rowWords(t.rows, key, book), filterWords(leaf.filter)]
    .filter((w) => w !== '')
    .join('；且');
  const ref = cellRef(model, row, key, col);
  return {
    table: tableNo,
    tableTitle: model.title,
    rowKey: key,
    row: ref.rowLabel,
    column: ref.column,
    printed: formatWan(cell.fen),
    rule: `表${tableNo}“${ref.rowLabel}”行“${ref.column}”列 = 以下明细金额之和：${words}。`,
    totalFen,
    lines,
    rounding: roundingText(totalFen),
    tails: tailsOf(models, model, [row.key, key], col, book.info.packId),
  };
}
