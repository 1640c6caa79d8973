/**
 * A cell's rule in words: the table's scope, the row's grouping and the column's filter, each as
 * the clerk would say it ("资金来源为一般公共预算、支出类型为项目支出").
 */
import type { BookSnapshot } from '../../domain';
import type { LineFilter, RowSource } from '../template';

/** One LineFilter as a phrase; '' when it selects everything. */
export function filterWords(filter: LineFilter | undefined): string {
  if (!filter) return '';
  const parts: string[] = [];
  const list = (xs: readonly string[]): string => xs.join('、');
  if (filter.fundSources) parts.push(`资金来源为${list(filter.fundSources)}`);
  if (filter.kinds) parts.push(`支出类型为${list(filter.kinds)}`);
  if (filter.functionPrefixes) parts.push(`功能科目编码以 ${list(filter.functionPrefixes)} 开头`);
  if (filter.deptEconPrefixes)
    parts.push(`部门经济科目编码以 ${list(filter.deptEconPrefixes)} 开头`);
  if (filter.govEconPrefixes) parts.push(`政府经济科目编码以 ${list(filter.govEconPrefixes)} 开头`);
  if (filter.unitTypes) parts.push(`单位类型为${list(filter.unitTypes)}`);
  return parts.join('、');
}

function unitName(book: BookSnapshot, code: string): string {
  const u = book.units.find((x) => x.code === code);
  return u ? `${u.name}（${code}）` : code;
}

function projectName(book: BookSnapshot, code: string): string {
  const q = book.projects.find((x) => x.code === code);
  if (!q) return `项目 ${code}`;
  return q.level === 1
    ? `一级项目“${q.name}”（${code}）及其二级项目`
    : `二级项目“${q.name}”（${code}）`;
}

/** What a row adds up, by its key and its table's row source. */
export function rowWords(source: RowSource, key: string, book: BookSnapshot): string {
  if (key === 'total') return '本表范围内的全部明细';
  if (source.type === 'fixed' || source.type === 'sideBySide') {
    const rows =
      source.type === 'fixed' ? source.rows : [...source.left.flat(), ...source.right.flat()];
    const row = rows.find((r) => `fixed:${r.key}` === key);
    if (!row) return key;
    if (row.sumOf) {
      const labels = row.sumOf.map((k) => `“${rows.find((r) => r.key === k)?.label ?? k}”`);
      return `${labels.join('')}各行所含的明细`;
    }
    return filterWords(row.filter) || '全部明细';
  }
  if (key.startsWith('fn:')) return `功能科目编码以 ${key.slice(3)} 开头的明细`;
  if (key.startsWith('pair:')) {
    const [dept, gov] = key.slice(5).split('|');
    return `部门经济科目编码以 ${dept} 开头、且政府经济科目编码以 ${gov} 开头的明细`;
  }
  if (key.startsWith('project:')) return `${projectName(book, key.slice(8))}的明细`;
  if (key.startsWith('other:')) {
    const [, unit, kind] = key.split(':');
    return `${unitName(book, unit)}不属于项目的“${kind}”明细`;
  }
  if (key.startsWith('unit:')) {
    const [, unit, cls] = key.split(':');
    if (cls !== undefined) return `${unitName(book, unit)}部门经济科目编码以 ${cls} 开头的明细`;
    return source.type === 'projects'
      ? `${unitName(book, unit)}各项目及其他支出的明细`
      : `${unitName(book, unit)}的全部明细`;
  }
  return key;
}
