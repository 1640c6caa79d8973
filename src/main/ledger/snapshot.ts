/**
 * The whole book as plain data: what the table engine and the checks read (loadSnapshot), and
 * how a complete data set such as the built-in sample is written (writeSnapshot).
 */
import type {
  AssetFigures,
  BookSnapshot,
  IncomePlanEntry,
  LineItemInput,
  Project,
  Unit,
  UnitTexts,
} from '../../shared/domain';
import { attachPrepared, LinePreparer, TableDataError } from '../../shared/tables/prepare';
import type { BookDb } from './book-db';
import { carriedPack } from './book-pack';
import { setAssets } from './assets';
import { loadBookCatalog } from './book-catalog';
import { insertIndicators, listIndicators, type IndicatorInput } from './indicators';
import { listLastYear } from './last-year';
import { countLines, insertLines, lineOf, lineRows } from './lines';
import { listPlan, setPlan } from './plan';
import { listProjects, saveProject } from './projects';
import { listReasons } from './reasons';
import { listTableNotes, replaceTableNotes } from './table-notes';
import { setTexts } from './texts';
import { listUnits, saveUnit } from './units';

/** Everything but the line items. */
function loadHead(book: BookDb): BookSnapshot {
  const { year, packId, unitCode } = book.info();
  const pack = carriedPack(book);
  return {
    info: { year, packId, unitCode },
    ...(pack ? { pack } : {}),
    units: listUnits(book),
    projects: listProjects(book),
    lines: [],
    plan: listPlan(book),
    indicators: listIndicators(book),
    lastYear: listLastYear(book),
    reasons: listReasons(book),
    tableNotes: listTableNotes(book),
    catalog: loadBookCatalog(book),
  };
}

/**
 * The whole book, its line items read in one pass of SQLite rows that yields both the line
 * objects (for the checks, the document, the editor) and the table engine's arrays, so deriving
 * the tables does not walk the lines again. A line the tables cannot place (an unknown unit, say)
 * stops only the arrays; deriving then reports it as before.
 */
export function loadSnapshot(book: BookDb): BookSnapshot {
  const snapshot = loadHead(book);
  const lines = snapshot.lines;
  let prep: LinePreparer | null = new LinePreparer(snapshot, countLines(book));
  for (const r of lineRows(book)) {
    if (prep) {
      try {
        prep.set(lines.length, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]);
      } catch (e) {
        if (!(e instanceof TableDataError)) throw e;
        prep = null;
      }
    }
    lines.push(lineOf(r));
  }
  if (prep) attachPrepared(snapshot, prep.p);
  return snapshot;
}

/**
 * The book as the table engine reads it, for deriving and exporting tables: the line items go
 * from SQLite rows straight into the engine's arrays and `lines` stays empty — no object per
 * line. Throws TableDataError for a line the tables cannot place. Checks and the editor need
 * loadSnapshot.
 */
export function loadTablesSnapshot(book: BookDb): BookSnapshot {
  const snapshot = loadHead(book);
  const prep = new LinePreparer(snapshot, countLines(book));
  let i = 0;
  for (const r of lineRows(book))
    prep.set(i++, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]);
  attachPrepared(snapshot, prep.p);
  return snapshot;
}

export interface SnapshotData {
  units: Unit[];
  projects: Project[];
  /** Ids, if present, are ignored: the book numbers its lines. */
  lines: readonly LineItemInput[];
  plan: IncomePlanEntry[];
  indicators?: IndicatorInput[];
  /** 第一部分 texts of the book's top unit. */
  texts?: UnitTexts;
  assets?: AssetFigures;
  /** The clerk's 表注 by table number; when given, they replace the book's. */
  tableNotes?: Readonly<Record<number, string>>;
}

/**
 * Replaces the book's projects, indicators, lines and plan with `data`, and saves its units
 * (units already in the book and not named stay), texts, assets and 表注 — all in one transaction.
 */
export function writeSnapshot(book: BookDb, data: SnapshotData): void {
  book.transaction(() => {
    const db = book.db;
    db.prepare('DELETE FROM line_items').run();
    db.prepare('DELETE FROM performance_indicators').run();
    db.prepare('DELETE FROM projects WHERE level = 2').run();
    db.prepare('DELETE FROM projects').run();
    db.prepare('DELETE FROM income_plan').run();
    for (const u of parentsFirst(data.units)) saveUnit(book, u);
    for (const p of [...data.projects].sort((a, b) => a.level - b.level)) saveProject(book, p);
    if (data.indicators) insertIndicators(book, data.indicators);
    insertLines(book, data.lines);
    for (const e of data.plan) setPlan(book, e);
    if (data.texts) setTexts(book, data.texts);
    if (data.assets) setAssets(book, data.assets);
    if (data.tableNotes) replaceTableNotes(book, data.tableNotes);
  });
}

/** Units ordered so that each parent is saved before its subordinate units. */
function parentsFirst(units: Unit[]): Unit[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const out: Unit[] = [];
  const seen = new Set<string>();
  const visit = (u: Unit, depth: number): void => {
    if (seen.has(u.code) || depth > units.length) return;
    const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
    if (parent) visit(parent, depth + 1);
    seen.add(u.code);
    out.push(u);
  };
  for (const u of units) visit(u, 0);
  return out;
}
