import type { UnitType } from '../domain';

/** One code of a classification (功能分类 or 经济分类) with its name in that year's edition. */
export interface ClassificationEntry {
  code: string;
  name: string;
}

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
