/**
 * Helpers that turn compact `[code, name]` rows into catalog entries, so the data files read
 * like the printed code lists they were copied from.
 */
import type { ClassificationEntry } from '../types';

export type Row = readonly [code: string, name: string];

export function toEntries(rows: readonly Row[]): ClassificationEntry[] {
  return rows.map(([code, name]) => ({ code, name }));
}

/**
 * Name of the "其他" 项 (suffix 99) of a 款: 其他<款名>支出. A 款 already named 其他…支出 (e.g.
 * 20136 其他共产党事务支出) keeps its own name rather than doubling the prefix.
 */
export function otherItemName(kuanName: string): string {
  if (kuanName.startsWith('其他') && kuanName.endsWith('支出')) return kuanName;
  return `其他${kuanName}支出`;
}

/**
 * A 款 of the administrative pattern: 01 行政运行, 02 一般行政管理事务, 03 机关服务, its own
 * specialised 项 (two-digit suffix + name), 50 事业运行 (unless `withRun` is false) and 99 其他….
 * The published lists abbreviate exactly this pattern as "XXXYY01–03 … XXXYY50; XXXYY99".
 */
export function adminKuan(
  kuan: string,
  name: string,
  specials: readonly Row[] = [],
  withRun = true,
): Row[] {
  const rows: Row[] = [
    [kuan, name],
    [`${kuan}01`, '行政运行'],
    [`${kuan}02`, '一般行政管理事务'],
    [`${kuan}03`, '机关服务'],
    ...specials.map(([suffix, itemName]): Row => [`${kuan}${suffix}`, itemName]),
  ];
  if (withRun) rows.push([`${kuan}50`, '事业运行']);
  rows.push([`${kuan}99`, otherItemName(name)]);
  return rows;
}

/** A 款 row followed by its 项, each given as a two-digit suffix and a name. */
export function kuan(code: string, name: string, items: readonly Row[]): Row[] {
  return [[code, name], ...items.map(([suffix, itemName]): Row => [`${code}${suffix}`, itemName])];
}
