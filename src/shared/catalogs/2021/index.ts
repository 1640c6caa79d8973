/**
 * The 2021 classification catalog (政府收支分类科目 as used for the 2021 budget), assembled from
 * the data files beside this one.
 */
import type { CatalogData } from '../types';
import { deptEconomic2021 } from './economic-dept';
import { govEconomic2021 } from './economic-gov';
import { functions2021 } from './functions';
import { govAllowed2021, govMapping2021 } from './mapping';

export const catalog2021: CatalogData = {
  year: 2021,
  functions: functions2021,
  deptEconomic: deptEconomic2021,
  govEconomic: govEconomic2021,
  govMapping: govMapping2021,
  govAllowed: govAllowed2021(deptEconomic2021),
};
