/**
 * What a pack's rules and document point at must exist in its own tables: every table number,
 * and every column a rule names (a leaf amount caption, or an index of an amount column). Checked
 * when a pack is resolved, so a pack file that drops or renames a column is refused at load time
 * naming the rule, not when a clerk's 审核 runs.
 */
import type { AmountSel, ColumnSel, TableRule } from '../../validation/rule-types';
import { leafColumns, type TableTemplate } from '../template';
import type { PackDefinition } from './definition';

type Ref = { table: number; column?: ColumnSel };

function tableRuleRefs(r: TableRule): Ref[] {
  const sel = (s: AmountSel): Ref => ({ table: s.table, column: s.column });
  switch (r.kind) {
    case 'equal':
      return r.cells.map(sel);
    case 'sum':
      return [sel(r.total), ...r.parts.map(sel)];
    case 'row-sum':
      return [r.total, ...r.parts].map((column) => ({ table: r.table, column }));
    case 'tree-sum':
      return (r.columns ?? [undefined]).map((column) => ({ table: r.table, column }));
    case 'rows-match':
      return [r.a, r.b];
  }
}

function columnProblem(t: TableTemplate, column: ColumnSel): string | undefined {
  const leaves = leafColumns(t.header);
  const ok =
    typeof column === 'number'
      ? leaves[column]?.kind === 'amount'
      : leaves.some((c) => c.kind === 'amount' && c.caption === column);
  return ok ? undefined : `表${t.number}“${t.title}”没有“${String(column)}”这一金额列`;
}

/** "rules：审核规则 T7-a 引用的表…" lines; empty when every reference exists. */
export function referenceProblems(def: PackDefinition): string[] {
  const tables = new Map(def.tables.map((t) => [t.number, t]));
  const check = (where: string, refs: Ref[]): string[] =>
    refs.flatMap((ref) => {
      const t = tables.get(ref.table);
      if (!t) return [`${where}引用了表${ref.table}，但表式中没有这张表`];
      const bad = ref.column === undefined ? undefined : columnProblem(t, ref.column);
      return bad ? [`${where}引用的${bad}`] : [];
    });
  const bookRefs = def.rules.book.flatMap((r) =>
    'subjects' in r.params ? r.params.subjects.map((s): [string, Ref] => [r.id, s.cell]) : [],
  );
  const subjects = Object.entries(def.document.subjects).map(([key, s]) => ({
    key,
    cell: 'cell' in s ? s.cell : s,
  }));
  const out = [
    ...def.rules.tables.flatMap((r) => check(`rules.tables：审核规则 ${r.id} `, tableRuleRefs(r))),
    ...bookRefs.flatMap(([id, ref]) => check(`rules.book：审核规则 ${id} `, [ref])),
    ...subjects.flatMap(({ key, cell }) =>
      check(`document.subjects.${key}：`, [{ table: cell.table }]),
    ),
  ];
  return [...new Set(out)];
}
