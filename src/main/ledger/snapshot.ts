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
import type { BookDb } from './book-db';
import { carriedPack } from './book-pack';
import { setAssets } from './assets';
import { loadBookCatalog } from './book-catalog';
import { insertIndicators, listIndicators, type IndicatorInput } from './indicators';
import { listLastYear } from './last-year';
import { insertLines, listLines } from './lines';
import { listPlan, setPlan } from './plan';
import { listProjects, saveProject } from './projects';
import { listReasons } from './reasons';
import { listTableNotes, replaceTableNotes } from './table-notes';
import { setTexts } from './texts';
import { listUnits, saveUnit } from './units';

export function loadSnapshot(book: BookDb): BookSnapshot {
  const { year, packId, unitCode } = book.info();
  const pack = carriedPack(book);
  return {
    info: { year, packId, unitCode },
    ...(pack ? { pack } : {}),
    units: listUnits(book),
    projects: listProjects(book),
    lines: listLines(book),
    plan: listPlan(book),
    indicators: listIndicators(book),
    lastYear: listLastYear(book),
    reasons: listReasons(book),
    tableNotes: listTableNotes(book),
    catalog: loadBookCatalog(book),
  };
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
