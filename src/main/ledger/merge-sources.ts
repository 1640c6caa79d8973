/**
 * What a department book remembers of its merged unit books (migration 005): per merged unit the
 * source file, the sha256 of its bytes and when it was merged, and every unit it brought.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { AssetFigures } from '../../shared/domain';
import type { MergeSourceRecord, MergeSourceStatus } from '../../shared/merge/types';
import type { BookDb } from './book-db';

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function listMergeSources(book: BookDb): MergeSourceRecord[] {
  const rows = book.db
    .prepare(
      `SELECT unit_code AS unitCode, source_path AS sourcePath, content_sha256 AS sha256,
         merged_at AS mergedAt, line_count AS lineCount FROM merge_sources ORDER BY unit_code`,
    )
    .all() as Omit<MergeSourceRecord, 'units'>[];
  const units = book.db.prepare(
    'SELECT unit_code FROM merged_units WHERE source_unit = ? ORDER BY rowid',
  );
  return rows.map((r) => ({ ...r, units: units.pluck().all(r.unitCode) as string[] }));
}

/** Records a merge of one unit book (the caller's transaction; earlier rows already removed). */
export function recordMergeSource(
  book: BookDb,
  r: MergeSourceRecord,
  assets: AssetFigures | null,
): void {
  book.db
    .prepare(
      `INSERT INTO merge_sources (unit_code, source_path, content_sha256, merged_at, line_count)
       VALUES (?, ?, ?, ?, ?)`,
    )
    .run(r.unitCode, r.sourcePath, r.sha256, r.mergedAt, r.lineCount);
  const unit = book.db.prepare('INSERT INTO merged_units (unit_code, source_unit) VALUES (?, ?)');
  for (const code of r.units) unit.run(code, r.unitCode);
  if (assets) {
    book.db
      .prepare(
        `INSERT INTO merged_unit_assets (unit_code, as_of_date, fixed_assets_fen, buildings_m2,
           vehicles, equipment_over_1m, planned_purchase_fen, planned_purchase_text)
         VALUES (@unitCode, @asOfDate, @fixedAssetsFen, @buildingsM2, @vehicles, @equipmentOver1m,
           @plannedPurchaseFen, @plannedPurchaseText)`,
      )
      .run({ unitCode: r.unitCode, ...assets });
  }
}

/** The merge sources with the state of each file now: as merged, changed since, or missing. */
export function mergeSourceStatus(book: BookDb): MergeSourceStatus[] {
  const names = new Map(
    (book.db.prepare('SELECT code, name FROM units').all() as { code: string; name: string }[]).map(
      (u) => [u.code, u.name],
    ),
  );
  return listMergeSources(book).map((r) => {
    let fileState: MergeSourceStatus['fileState'] = 'missing';
    if (existsSync(r.sourcePath)) {
      fileState = sha256Of(readFileSync(r.sourcePath)) === r.sha256 ? 'same' : 'changed';
    }
    return { ...r, unitName: names.get(r.unitCode) ?? r.unitCode, fileState };
  });
}
