/**
 * The columns of the line grid and how a typed or pasted cell text becomes a field value. Typing
 * and pasting go through the same parser, so both accept and refuse the same text, with the same
 * Chinese explanation.
 */
import type { Catalog, ClassificationEntry } from '../../../shared/catalogs';
import { BASIC_KINDS, FUND_SOURCES, type ExpenditureKind, type Unit } from '../../../shared/domain';
import { MoneyParseError, parseYuan, type BareUnit } from '../../../shared/money';
import { indexOptions, resolveOption, type IndexedOption, type PickOption } from './code-match';

export type ColumnKey =
  | 'unitCode'
  | 'functionCode'
  | 'deptEconCode'
  | 'govEconCode'
  | 'kind'
  | 'fundSource'
  | 'amountFen';

export interface GridColumn {
  key: ColumnKey;
  title: string;
  /** Width in px at the narrowest; wider windows share the extra room in proportion. */
  width: number;
}

export type CellValues = Partial<Record<ColumnKey, string | number>>;

const TITLES: Record<ColumnKey, [string, number]> = {
  unitCode: ['单位', 120],
  functionCode: ['功能科目', 176],
  deptEconCode: ['部门经济科目', 136],
  govEconCode: ['政府经济科目', 124],
  kind: ['支出类型', 66],
  fundSource: ['资金来源', 100],
  amountFen: ['金额', 104],
};

/** The grid's columns in order; 单位 only when the book has several units. */
export function gridColumns(opts: { multiUnit: boolean; withKind: boolean }): GridColumn[] {
  const keys: ColumnKey[] = [
    ...(opts.multiUnit ? (['unitCode'] as const) : []),
    'functionCode',
    'deptEconCode',
    'govEconCode',
    ...(opts.withKind ? (['kind'] as const) : []),
    'fundSource',
    'amountFen',
  ];
  return keys.map((key) => ({ key, title: TITLES[key][0], width: TITLES[key][1] }));
}

/** The short names a clerk uses for the basic kinds. */
const KIND_SHORT: Partial<Record<ExpenditureKind, string>> = {
  '基本支出-人员经费': '人员经费',
  '基本支出-公用经费': '公用经费',
};

/** The pick lists of one book, indexed once for type-ahead. */
export interface LineOptions {
  year: number;
  catalog: Catalog;
  lists: Record<Exclude<ColumnKey, 'amountFen'>, IndexedOption[]>;
  /** Code → name per list, for showing 10,000 rows without scanning the lists. */
  names: Record<Exclude<ColumnKey, 'amountFen'>, Map<string, string>>;
}

function withParents(entries: readonly ClassificationEntry[], itemLength: number): PickOption[] {
  const names = new Map(entries.map((e) => [e.code, e.name]));
  return entries
    .filter((e) => e.code.length === itemLength)
    .map((e) => ({
      code: e.code,
      name: e.name,
      parentName: [3, 5]
        .filter((n) => n < itemLength)
        .map((n) => names.get(e.code.slice(0, n)) ?? '')
        .join(' '),
    }));
}

export function buildLineOptions(catalog: Catalog, units: readonly Unit[]): LineOptions {
  const d = catalog.data;
  // Codes an imported 科目表 dropped (停用) are not offered; lines on them still show the name.
  const active = (list: ClassificationEntry[]): ClassificationEntry[] =>
    list.filter((e) => !e.retired);
  const lists: LineOptions['lists'] = {
    unitCode: indexOptions(units.map((u) => ({ code: u.code, name: u.name }))),
    functionCode: indexOptions(withParents(active(d.functions), 7)),
    deptEconCode: indexOptions(withParents(active(d.deptEconomic), 5)),
    govEconCode: indexOptions(withParents(active(d.govEconomic), 5)),
    kind: indexOptions(BASIC_KINDS.map((k) => ({ code: k, name: KIND_SHORT[k] ?? k }))),
    fundSource: indexOptions(FUND_SOURCES.map((s) => ({ code: s, name: s }))),
  };
  const names = Object.fromEntries(
    Object.entries(lists).map(([k, list]) => [k, new Map(list.map((o) => [o.code, o.name]))]),
  ) as LineOptions['names'];
  const retired: [keyof LineOptions['names'], ClassificationEntry[]][] = [
    ['functionCode', d.functions],
    ['deptEconCode', d.deptEconomic],
    ['govEconCode', d.govEconomic],
  ];
  for (const [key, list] of retired) {
    for (const e of list) if (e.retired) names[key].set(e.code, `${e.name}（停用）`);
  }
  return { year: catalog.year, catalog, lists, names };
}

type CellParse = { ok: true; value: string | number } | { ok: false; message: string };

const HINTS: Record<Exclude<ColumnKey, 'amountFen'>, string> = {
  unitCode: '请输入单位编码或名称，并从列表中选择',
  functionCode: '请输入 7 位项级编码（如 2080199）、名称或拼音首字母，并从列表中选择',
  deptEconCode: '请输入 5 位款级编码（如 30101）、名称或拼音首字母（如 jbgz），并从列表中选择',
  govEconCode: '请输入 5 位款级编码（如 50501），或留空按单位类型默认对应',
  kind: '请填“人员经费”或“公用经费”',
  fundSource: `请从列表中选择，如 ${FUND_SOURCES.slice(0, 3).join('、')}`,
};

/**
 * A cell's text as the field value it stands for, or why it cannot be stored. A bare amount is
 * read in `amountUnit` (the 元 / 万元 the amount column is headed with).
 */
export function parseCell(
  key: ColumnKey,
  text: string,
  opts: LineOptions,
  amountUnit: BareUnit = 'yuan',
): CellParse {
  const t = text.trim();
  if (key === 'amountFen') {
    try {
      return { ok: true, value: parseYuan(t, amountUnit) };
    } catch (e) {
      if (e instanceof MoneyParseError) return { ok: false, message: e.message };
      throw e;
    }
  }
  if (key === 'govEconCode' && t === '') return { ok: true, value: '' };
  const title = TITLES[key][0];
  if (t === '') return { ok: false, message: `“${title}”不能为空，${HINTS[key]}` };
  const found = resolveOption(opts.lists[key], t);
  if (!found) {
    const what = ['functionCode', 'deptEconCode', 'govEconCode'].includes(key)
      ? `${opts.year} 年的${title}`
      : title;
    return { ok: false, message: `“${t}”不是${what}，${HINTS[key]}` };
  }
  return { ok: true, value: found.code };
}

/** Default 支出类型 of a basic line from its 部门经济科目: 302/31x are 公用经费, 301/303 人员经费. */
export function defaultBasicKind(deptEconCode: string): ExpenditureKind {
  return /^30[13]/.test(deptEconCode) ? '基本支出-人员经费' : '基本支出-公用经费';
}

/** The 政府经济科目 the catalog gives by default, or '' when it has none. */
export function defaultGov(opts: LineOptions, dept: string, unit: Unit | undefined): string {
  if (!dept || !unit) return '';
  try {
    return opts.catalog.defaultGovEcon(dept, unit.type);
  } catch {
    return '';
  }
}

/** Text of a code cell: "30101 基本工资". */
export function codeLabel(opts: LineOptions, key: ColumnKey, code: string): string {
  if (code === '') return '';
  if (key === 'kind') return KIND_SHORT[code as ExpenditureKind] ?? code;
  if (key === 'fundSource') return code;
  const name = opts.names[key as Exclude<ColumnKey, 'amountFen'>]?.get(code);
  return name ? `${code} ${name}` : code;
}
