/**
 * Jiangmen 2022–2030 as pack files: each year extends the year before and, until a year's own
 * template is known, changes nothing but its name and year — so every year has the thirteen
 * tables, their 审核 and the whole document of 2021. A year whose template changes gets its
 * differences here (tables by number, rules by id, glossary terms), as in any pack file.
 */
import { FIRST_BUDGET_YEAR, LAST_BUDGET_YEAR } from '../../domain';
import type { PackFile } from './schema/pack';

export const jiangmenYears: PackFile[] = Array.from(
  { length: LAST_BUDGET_YEAR - FIRST_BUDGET_YEAR },
  (_, i): PackFile => {
    const year = FIRST_BUDGET_YEAR + 1 + i;
    return {
      id: `jiangmen-${year}`,
      name: `江门市 ${year} 年部门预算公开表式`,
      description: `沿用 ${year - 1} 年版式`,
      extends: `jiangmen-${year - 1}`,
      year,
    };
  },
);
