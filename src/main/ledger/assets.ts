/** 国有资产 figures of the book (第三部分 五): one record, absent until entered. */
import type { AssetFigures } from '../../shared/domain';
import { consolidateAssets } from '../../shared/merge/assets';
import type { BookDb } from './book-db';

const COLUMNS = `as_of_date AS asOfDate, fixed_assets_fen AS fixedAssetsFen,
  buildings_m2 AS buildingsM2, vehicles, equipment_over_1m AS equipmentOver1m,
  planned_purchase_fen AS plannedPurchaseFen, planned_purchase_text AS plannedPurchaseText`;

/** The book's own figures, as entered on its 国有资产 page. */
export function getAssets(book: BookDb): AssetFigures | null {
  const row = book.db.prepare(`SELECT ${COLUMNS} FROM assets WHERE id = 1`).get() as
    | AssetFigures
    | undefined;
  return row ?? null;
}

/**
 * What 第三部分 prints: the book's own figures plus those each merged unit book brought
 * (汇总下属单位, migration 004).
 */
export function documentAssets(book: BookDb): AssetFigures | null {
  const merged = book.db
    .prepare(`SELECT ${COLUMNS} FROM merged_unit_assets ORDER BY unit_code`)
    .all() as AssetFigures[];
  return consolidateAssets(getAssets(book), merged);
}

export function setAssets(book: BookDb, a: AssetFigures): AssetFigures {
  book.db
    .prepare(
      `INSERT INTO assets (id, as_of_date, fixed_assets_fen, buildings_m2, vehicles,
         equipment_over_1m, planned_purchase_fen, planned_purchase_text)
       VALUES (1, @asOfDate, @fixedAssetsFen, @buildingsM2, @vehicles, @equipmentOver1m,
         @plannedPurchaseFen, @plannedPurchaseText)
       ON CONFLICT (id) DO UPDATE SET as_of_date = excluded.as_of_date,
         fixed_assets_fen = excluded.fixed_assets_fen, buildings_m2 = excluded.buildings_m2,
         vehicles = excluded.vehicles, equipment_over_1m = excluded.equipment_over_1m,
         planned_purchase_fen = excluded.planned_purchase_fen,
         planned_purchase_text = excluded.planned_purchase_text`,
    )
    .run({ ...a });
  return { ...a };
}
