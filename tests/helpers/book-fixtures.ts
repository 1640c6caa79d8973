/** Small hand-made books for ledger, import and API tests. */
import type { BookInit } from '../../src/main/ledger/book-db';
import type { AssetFigures, Project, Unit } from '../../src/shared/domain';

export const CENTER: Unit = {
  code: '404011',
  name: '江门市人力资源和社会保障局信息中心',
  type: '事业单位',
  parentCode: null,
};

export const INIT_2021: BookInit = { year: 2021, packId: 'jiangmen-2021', unit: CENTER };

/** `budgetdesk new` arguments for INIT_2021's book. */
export const NEW_ARGS_2021 = [
  '--year',
  '2021',
  '--unit-code',
  CENTER.code,
  '--unit-name',
  CENTER.name,
  '--unit-type',
  CENTER.type,
];

/** A project of CENTER (二级 when it has a parent), not key, nothing approved or procured. */
export function centerProject(
  code: string,
  name: string,
  parentCode: string | null,
  extra: Partial<Project> = {},
): Project {
  return {
    code,
    name,
    level: parentCode ? 2 : 1,
    parentCode,
    unitCode: CENTER.code,
    isKey: false,
    approvedFen: null,
    procurementGoodsFen: 0,
    procurementWorksFen: 0,
    procurementServicesFen: 0,
    ...extra,
  };
}

/** 国有资产 as the clerk fills the page (a clean book has them: 第三部分 五 prints them). */
export const ASSETS: AssetFigures = {
  asOfDate: '2020-12-31',
  fixedAssetsFen: 100_000_000,
  buildingsM2: 0,
  vehicles: 0,
  equipmentOver1m: 0,
  plannedPurchaseFen: 0,
  plannedPurchaseText: '无',
};
