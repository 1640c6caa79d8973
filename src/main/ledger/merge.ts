/**
 * 汇总 in the ledger: reading unit books without touching them, and writing a checked merge into
 * the department book in one transaction — first removing what each unit book brought last time,
 * then adding its units (top unit under the department), projects, 绩效指标, lines, plan, texts and
 * 国有资产, and remembering the source file with its content hash.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AssetFigures, BookSnapshot, UnitTexts } from '../../shared/domain';
import { broughtUnits, unitsUnder } from '../../shared/merge/combine';
import type { MergeSourceRecord } from '../../shared/merge/types';
import { getAssets } from './assets';
import { BookDb } from './book-db';
import { BookError, BookNotFoundError } from './errors';
import { insertIndicators } from './indicators';
import { insertLines } from './lines';
import { listMergeSources, recordMergeSource, sha256Of } from './merge-sources';
import { setPlan } from './plan';
import { saveProject } from './projects';
import { loadSnapshot } from './snapshot';
import { getTexts, setTexts } from './texts';
import { saveUnit } from './units';

/** A unit book as read for a merge. */
export interface UnitBook {
  path: string;
  sha256: string;
  snapshot: BookSnapshot;
  texts: Record<string, UnitTexts>;
  assets: AssetFigures | null;
}

/**
 * Reads a unit book from a private copy, so the unit's file is never written (not even upgraded
 * to this app's schema). Errors name the clerk's file, not the copy.
 */
export function readUnitBook(path: string): UnitBook {
  const abs = resolve(path);
  if (!existsSync(abs)) throw new BookNotFoundError(abs);
  const bytes = readFileSync(abs);
  const dir = mkdtempSync(join(tmpdir(), 'budgetdesk-merge-'));
  const copy = join(dir, 'unit.sqlite');
  try {
    copyFileSync(abs, copy);
    if (existsSync(`${abs}-wal`)) copyFileSync(`${abs}-wal`, `${copy}-wal`);
    const book = BookDb.open(copy);
    try {
      const snapshot = loadSnapshot(book);
      const texts = Object.fromEntries(snapshot.units.map((u) => [u.code, getTexts(book, u.code)]));
      return { path: abs, sha256: sha256Of(bytes), snapshot, texts, assets: getAssets(book) };
    } finally {
      book.close();
    }
  } catch (e) {
    if (e instanceof BookError) throw new BookError(e.code, e.message.split(copy).join(abs));
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const IN_CODES = '(SELECT value FROM json_each(?))';

/** Removes everything a unit book brought last time (the caller's transaction). */
function removeBrought(book: BookDb, r: MergeSourceRecord): void {
  const codes = JSON.stringify(r.units);
  const run = (sql: string): void => void book.db.prepare(sql).run(codes);
  run(`DELETE FROM line_items WHERE unit_code IN ${IN_CODES}`);
  run(
    `DELETE FROM performance_indicators WHERE project_code IN (SELECT code FROM projects WHERE unit_code IN ${IN_CODES})`,
  );
  run(`DELETE FROM projects WHERE level = 2 AND unit_code IN ${IN_CODES}`);
  run(`DELETE FROM projects WHERE unit_code IN ${IN_CODES}`);
  run(`DELETE FROM income_plan WHERE unit_code IN ${IN_CODES}`);
  run(`DELETE FROM unit_texts WHERE unit_code IN ${IN_CODES}`);
  book.db.prepare('DELETE FROM merge_sources WHERE unit_code = ?').run(r.unitCode);
  // Subordinate units before their parents: delete those no remaining unit names as parent.
  let left = [...r.units];
  while (left.length) {
    const leaves = left.filter((c) => !left.some((o) => o !== c && parentOf(book, o) === c));
    if (leaves.length === 0) break;
    for (const c of leaves) book.db.prepare('DELETE FROM units WHERE code = ?').run(c);
    left = left.filter((c) => !leaves.includes(c));
  }
}

function parentOf(book: BookDb, code: string): string | null {
  const row = book.db.prepare('SELECT parent_code AS p FROM units WHERE code = ?').get(code) as
    | { p: string | null }
    | undefined;
  return row?.p ?? null;
}

function addUnitBook(book: BookDb, dept: BookSnapshot, u: UnitBook, mergedAt: string): void {
  const s = u.snapshot;
  const units = unitsUnder(dept, s);
  const order = broughtUnits(s);
  for (const code of order) saveUnit(book, units.find((x) => x.code === code)!);
  for (const p of [...s.projects].sort((a, b) => a.level - b.level)) saveProject(book, p);
  insertIndicators(
    book,
    (s.indicators ?? []).map(({ id: _id, ...rest }) => rest),
  );
  insertLines(
    book,
    s.lines.map(({ id: _id, ...rest }) => rest),
  );
  for (const e of s.plan) setPlan(book, e);
  for (const [code, texts] of Object.entries(u.texts)) setTexts(book, texts, code);
  recordMergeSource(
    book,
    {
      unitCode: s.info.unitCode,
      sourcePath: u.path,
      sha256: u.sha256,
      mergedAt,
      lineCount: s.lines.length,
      units: order,
    },
    u.assets,
  );
}

/** Writes a checked merge of `units` into the department book, all or nothing. */
export function writeMerge(book: BookDb, units: readonly UnitBook[], mergedAt: string): void {
  book.transaction(() => {
    const dept = loadSnapshot(book);
    const records = listMergeSources(book);
    for (const u of units) {
      const previous = records.find((r) => r.unitCode === u.snapshot.info.unitCode);
      if (previous) removeBrought(book, previous);
    }
    for (const u of units) addUnitBook(book, dept, u, mergedAt);
  });
}
