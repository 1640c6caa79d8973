/**
 * The 2022 classification catalog. No 2022 code list was available to this project, so it is the
 * 2021 edition with the one difference layout-notes §3.5 states for the year change: 类 234
 * 抗疫特别国债安排的支出 existed only for the 2020 and 2021 budgets. Rolling a 2021 book lists any
 * line still coded under 234 (see ledger/roll.ts), so the clerk recodes it before publishing.
 */
import { catalog2021 } from '../2021';
import type { CatalogData } from '../types';

/** 功能分类 classes that the 2021 catalog has and 2022 no longer does (layout-notes §3.5). */
export const FUNCTION_CLASSES_DROPPED_2022: readonly string[] = ['234'];

export const catalog2022: CatalogData = {
  ...catalog2021,
  year: 2022,
  functions: catalog2021.functions.filter(
    (e) => !FUNCTION_CLASSES_DROPPED_2022.some((cls) => e.code.startsWith(cls)),
  ),
};
