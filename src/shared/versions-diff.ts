/**
 * What changed between two versions of a book (a 报送稿 and now, or any two snapshots): line
 * items added, removed or changed (by their number), projects, the income plan, and every printed
 * table figure that moved (compared as printed, in 万元 with two decimals). Pure: the caller
 * loads both versions and derives their tables with the one engine.
 */
import type { BookSnapshot, Fen, LineItem, Project } from './domain';
import { formatWan, formatYuan } from './money';
import type { TableModel } from './tables/model';

interface FieldChange {
  field: string;
  before: string;
  after: string;
}

interface LineChange {
  id: number;
  /** The line as it was (null when added) and is (null when removed). */
  before: LineItem | null;
  after: LineItem | null;
  /** Changed fields, amounts in 元. */
  fields: FieldChange[];
}

interface ProjectChange {
  code: string;
  name: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

interface PlanChange {
  unitCode: string;
  fundSource: string;
  /** 元 text; '' when absent on that side. */
  before: string;
  after: string;
}

interface FigureChange {
  table: number;
  title: string;
  row: string;
  column: string;
  /** Printed 万元 text; '' when the row is not printed on that side. */
  before: string;
  after: string;
}

export interface VersionDiff {
  lines: LineChange[];
  projects: ProjectChange[];
  plan: PlanChange[];
  figures: FigureChange[];
}

const LINE_FIELDS: [keyof LineItem, string][] = [
  ['unitCode', '单位编码'],
  ['functionCode', '功能科目'],
  ['deptEconCode', '部门经济科目'],
  ['govEconCode', '政府经济科目'],
  ['kind', '支出类型'],
  ['projectCode', '二级项目'],
  ['fundSource', '资金来源'],
  ['amountFen', '金额(元)'],
];

const PROJECT_FIELDS: [keyof Project, string][] = [
  ['name', '项目名称'],
  ['parentCode', '一级项目'],
  ['unitCode', '单位编码'],
  ['isKey', '重点项目'],
  ['approvedFen', '项目库审定数(元)'],
  ['procurementGoodsFen', '政府采购 货物(元)'],
  ['procurementWorksFen', '政府采购 工程(元)'],
  ['procurementServicesFen', '政府采购 服务(元)'],
];

function text(field: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number' && /Fen$/.test(field)) return formatYuan(v);
  return String(v);
}

function fieldsOf<T>(spec: [keyof T, string][], a: T | null, b: T | null): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [key, name] of spec) {
    const before = a ? text(String(key), a[key]) : '';
    const after = b ? text(String(key), b[key]) : '';
    if (before !== after) out.push({ field: name, before, after });
  }
  return out;
}

function lineChanges(from: LineItem[], to: LineItem[]): LineChange[] {
  const a = new Map(from.map((l) => [l.id, l]));
  const b = new Map(to.map((l) => [l.id, l]));
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
  return ids
    .map((id) => {
      const before = a.get(id) ?? null;
      const after = b.get(id) ?? null;
      return { id, before, after, fields: fieldsOf(LINE_FIELDS, before, after) };
    })
    .filter((c) => c.fields.length > 0);
}

function projectChanges(from: Project[], to: Project[]): ProjectChange[] {
  const a = new Map(from.map((p) => [p.code, p]));
  const b = new Map(to.map((p) => [p.code, p]));
  const out: ProjectChange[] = [];
  for (const code of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const before = a.get(code) ?? null;
    const after = b.get(code) ?? null;
    const fields = fieldsOf(PROJECT_FIELDS, before, after);
    if (!fields.length) continue;
    const change = !before ? 'added' : !after ? 'removed' : 'changed';
    out.push({ code, name: (after ?? before)?.name ?? '', change, fields });
  }
  return out;
}

function planChanges(from: BookSnapshot['plan'], to: BookSnapshot['plan']): PlanChange[] {
  const key = (p: { unitCode: string; fundSource: string }): string =>
    `${p.unitCode}\u0000${p.fundSource}`;
  const a = new Map(from.map((p) => [key(p), p]));
  const b = new Map(to.map((p) => [key(p), p]));
  const out: PlanChange[] = [];
  for (const k of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const pa = a.get(k);
    const pb = b.get(k);
    const before = pa ? formatYuan(pa.amountFen) : '';
    const after = pb ? formatYuan(pb.amountFen) : '';
    if (before === after) continue;
    const { unitCode, fundSource } = (pb ?? pa)!;
    out.push({ unitCode, fundSource, before, after });
  }
  return out;
}

function printedCells(
  model: TableModel,
): Map<string, { row: string; column: string; wan: string }> {
  const out = new Map<string, { row: string; column: string; wan: string }>();
  for (const r of model.rows) {
    r.cells.forEach((c, i) => {
      if (c.kind !== 'amount') return;
      const row = r.code ? `${r.code} ${r.label}` : r.label;
      out.set(`${r.key}\u0000${i}`, {
        row,
        column: model.columns[i]?.caption ?? '',
        wan: formatWan(c.fen),
      });
    });
  }
  return out;
}

function figureChanges(from: TableModel[], to: TableModel[]): FigureChange[] {
  const out: FigureChange[] = [];
  const before = new Map(from.map((m) => [m.number, m]));
  for (const m of to) {
    const old = before.get(m.number);
    const a = old ? printedCells(old) : new Map();
    const b = printedCells(m);
    for (const k of new Set([...a.keys(), ...b.keys()])) {
      const ca = a.get(k);
      const cb = b.get(k);
      const wa = ca?.wan ?? '';
      const wb = cb?.wan ?? '';
      // A row printed on one side only moved only if it printed something other than zero.
      if (wa === wb || ((wa === '' || wa === '0.00') && (wb === '' || wb === '0.00'))) continue;
      const at = (cb ?? ca)!;
      out.push({
        table: m.number,
        title: m.title,
        row: at.row,
        column: at.column,
        before: wa,
        after: wb,
      });
    }
  }
  return out;
}

/** The changes from version `a` to version `b`, given their content and derived tables. */
export function diffVersions(
  a: { book: BookSnapshot; tables: TableModel[] },
  b: { book: BookSnapshot; tables: TableModel[] },
): VersionDiff {
  return {
    lines: lineChanges(a.book.lines, b.book.lines),
    projects: projectChanges(a.book.projects, b.book.projects),
    plan: planChanges(a.book.plan, b.book.plan),
    figures: figureChanges(a.tables, b.tables),
  };
}

/** The principal total of each table (first amount of its first 合计 row), for the restore preview. */
export function tableTotals(
  tables: TableModel[],
): { table: number; title: string; fen: Fen | null }[] {
  return tables.map((m) => {
    const row = m.rows.find((r) => r.emphasis === 'total') ?? m.rows[0];
    const cell = row?.cells.find((c) => c.kind === 'amount');
    return { table: m.number, title: m.title, fen: cell?.kind === 'amount' ? cell.fen : null };
  });
}
