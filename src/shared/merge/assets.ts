/**
 * 国有资产 of a department that has merged its units' books: 第三部分 五 speaks for the whole
 * department, so its figures are the department's own plus each merged unit's. Amounts add in 分;
 * the date is the latest 截至日期 among them.
 */
import type { AssetFigures } from '../domain';

export function consolidateAssets(
  own: AssetFigures | null,
  units: readonly AssetFigures[],
): AssetFigures | null {
  const all = own ? [own, ...units] : [...units];
  if (all.length === 0) return null;
  if (all.length === 1) return all[0];
  return {
    asOfDate: all.map((a) => a.asOfDate).reduce((a, b) => (b > a ? b : a)),
    fixedAssetsFen: all.reduce((s, a) => s + a.fixedAssetsFen, 0),
    buildingsM2: all.reduce((s, a) => s + a.buildingsM2, 0),
    vehicles: all.reduce((s, a) => s + a.vehicles, 0),
    equipmentOver1m: all.reduce((s, a) => s + a.equipmentOver1m, 0),
    plannedPurchaseFen: all.reduce((s, a) => s + a.plannedPurchaseFen, 0),
    plannedPurchaseText: purchases(all),
  };
}

/** What each plans to buy, joined; "无" only when none plans anything. */
function purchases(all: readonly AssetFigures[]): string {
  const texts = all.map((a) => a.plannedPurchaseText.trim());
  const named = texts.filter((t) => t !== '' && t !== '无');
  if (named.length) return named.join('；');
  return texts.includes('无') ? '无' : '';
}
