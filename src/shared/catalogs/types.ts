import type { UnitType } from '../domain';

/** One code of a classification (功能分类 or 经济分类) with its name in that year's edition. */
export interface ClassificationEntry {
  code: string;
  name: string;
  /** The source could not confirm this entry (marked 待核实 in the data file). */
  uncertain?: true;
  /**
   * Dropped by an imported 科目表 while lines of the book still used it: kept so those lines
   * still print, never offered for new lines, and reported by 审核 (rule catalog-retired).
   */
  retired?: true;
}

/** The three lists of a catalog, as the CLI and the data files name them. */
export type CatalogKind = 'function' | 'dept-econ' | 'gov-econ';

export const CATALOG_KINDS: readonly CatalogKind[] = ['function', 'dept-econ', 'gov-econ'];

/** The clerk's name of each list. */
export const CATALOG_KIND_NAMES: Record<CatalogKind, string> = {
  function: '支出功能分类',
  'dept-econ': '部门预算支出经济分类',
  'gov-econ': '政府预算支出经济分类',
};

/** Whether a unit maps 部门经济分类 to 机关 (50x) or 事业单位 (505/506) 政府经济分类. */
export type MappingSide = 'admin' | 'institution';

export function mappingSide(unitType: UnitType): MappingSide {
  return unitType === '事业单位' ? 'institution' : 'admin';
}

/**
 * Default 部门→政府 经济分类 mapping. Keys are 部门 款 (5 digits) or 类 (3 digits) as a
 * fallback; values are 政府 款.
 */
export type GovMappingTable = Record<MappingSide, Record<string, string>>;

/** The data of one budget year's classification catalog. */
export interface CatalogData {
  year: number;
  /**
   * 暂定: no code list of this year was available, so this is the latest known year's list
   * carried forward (or a known year whose own list is incomplete); the clerk should import
   * the finance bureau's 科目表.
   */
  provisional: boolean;
  /** Where the lists come from, in words (the data folder's SOURCES.md, or an import). */
  source: string;
  /** 功能分类 类 (3 digits), 款 (5) and 项 (7). */
  functions: ClassificationEntry[];
  /** 部门预算支出经济分类 类 (3) and 款 (5). */
  deptEconomic: ClassificationEntry[];
  /** 政府预算支出经济分类 类 (3) and 款 (5). */
  govEconomic: ClassificationEntry[];
  govMapping: GovMappingTable;
  /**
   * 部门→政府 pairs allowed beyond the default, per side (e.g. a 事业单位 may use 50306 for
   * 31007, as the 2021 sample does — this still draws a warning from the checks).
   */
  govAllowed: Record<MappingSide, Record<string, string[]>>;
}

/** The list of one kind in a catalog. */
export function entriesOf(data: CatalogData, kind: CatalogKind): ClassificationEntry[] {
  if (kind === 'function') return data.functions;
  return kind === 'dept-econ' ? data.deptEconomic : data.govEconomic;
}

/** `data` with the list of one kind replaced. */
export function withEntries(
  data: CatalogData,
  kind: CatalogKind,
  entries: ClassificationEntry[],
): CatalogData {
  if (kind === 'function') return { ...data, functions: entries };
  return kind === 'dept-econ'
    ? { ...data, deptEconomic: entries }
    : { ...data, govEconomic: entries };
}

/** The sentence screens and the CLI show for a provisional catalog. */
export function provisionalNotice(year: number): string {
  return `${year} 年科目为暂定，请导入财政部门下发的科目表`;
}
