/** The --kind option of the catalog commands: function (default), dept-econ or gov-econ. */
import { CATALOG_KINDS, type CatalogKind } from '../../../shared/catalogs';

export const KIND_HELP = `  --kind   科目种类：function 支出功能分类（默认）、dept-econ 部门预算支出经济分类、
           gov-econ 政府预算支出经济分类`;

/** The kind named by --kind, or a usage problem (Chinese) in `problems`. */
export function parseKind(value: string | undefined, problems: string[]): CatalogKind {
  if (value === undefined) return 'function';
  if ((CATALOG_KINDS as readonly string[]).includes(value)) return value as CatalogKind;
  problems.push(`--kind 应为 ${CATALOG_KINDS.join('、')} 之一，收到“${value}”`);
  return 'function';
}
