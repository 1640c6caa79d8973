/**
 * What a write changed in a book, as main says it: every write handler records the entities it
 * added, changed or removed and the book-level facts it replaced, and main sends the result to
 * the caller (in the answer) and to every other window of the same book session (pushed). The
 * renderer's caches are fed by these and by initial loads only — never by guessing from a
 * channel's name.
 */
import type { CatalogData } from '../catalogs/types';
import type { MergeSourceStatus } from '../merge/types';
import type { SnapshotInfo } from '../snapshots';
import type {
  AssetFigures,
  ChangeReason,
  IncomePlanEntry,
  LastYearFigure,
  LineItem,
  PerformanceIndicator,
  Project,
  Unit,
  UnitTexts,
} from '../domain';

/** Entities of one kind: new ones, new versions of existing ones, and keys of removed ones. */
export interface EntityChanges<T, K> {
  added?: T[];
  changed?: T[];
  removed?: K[];
}

/** An income plan entry's key (one per unit and fund source). */
type PlanKey = Pick<IncomePlanEntry, 'unitCode' | 'fundSource'>;

/** The changes of one write, before main numbers them for a session. */
export interface BookChanges {
  lines?: EntityChanges<LineItem, number>;
  units?: EntityChanges<Unit, string>;
  projects?: EntityChanges<Project, string>;
  plan?: EntityChanges<IncomePlanEntry, PlanKey>;
  /** 绩效指标 replaced per project: project code → its whole new list ([] = none). */
  indicators?: Record<string, PerformanceIndicator[]>;
  /** 第一部分 texts of the book's top unit, as now stored. */
  texts?: UnitTexts;
  /** 国有资产 figures, as now stored. */
  assets?: AssetFigures;
  /** 表注 by table number; '' = removed. */
  tableNotes?: Record<number, string>;
  /** 出错说明 by finding key; '' = removed. */
  reviewNotes?: Record<string, string>;
  /** The clerk's reasons by subject key; '' = removed. */
  reasons?: ChangeReason[];
  /** Last year's figures, replaced as a whole. */
  lastYear?: LastYearFigure[];
  /** The book's catalog (科目表) as now stored, after an import replaced one of its lists. */
  catalog?: CatalogData;
  /** The book's data was replaced wholesale (an import of many lines): read it again. */
  reload?: true;
  /**
   * The book's 历史版本 as now stored, oldest first (as `snapshots:list` answers): after a
   * snapshot was taken — before an import, roll, restore or 汇总, the 10-minute one, a 报送稿 —
   * and rotation removed old ones, or after a restore or 另存为 put another file in its place.
   * Not part of the book's data: the book copy and the tables leave it alone.
   */
  versions?: SnapshotInfo[];
  /** The merged units and their source files (as `merge:sources` answers), after a 汇总 or restore. */
  mergeSources?: MergeSourceStatus[];
}

/** A numbered change set of a session, as sent to its windows. */
export interface ChangeSet extends BookChanges {
  /** The book session the changes belong to. */
  session: string;
  /** 1, 2, … per session: a window applies each number once (answer and push both carry it). */
  seq: number;
}

const isEmptyEntity = (e: EntityChanges<unknown, unknown> | undefined): boolean =>
  !e || (!e.added?.length && !e.changed?.length && !e.removed?.length);

/** True when the changes say nothing changed. */
export function isEmptyChanges(c: BookChanges): boolean {
  return (
    isEmptyEntity(c.lines) &&
    isEmptyEntity(c.units) &&
    isEmptyEntity(c.projects) &&
    isEmptyEntity(c.plan) &&
    !c.indicators &&
    !c.texts &&
    !c.assets &&
    !c.tableNotes &&
    !c.reviewNotes &&
    !c.reasons &&
    !c.lastYear &&
    !c.catalog &&
    !c.reload &&
    !c.versions &&
    !c.mergeSources
  );
}

/**
 * True when the changes touch the book's data (what the book copy, the tables and 审核 hold),
 * not only the facts about its files (历史版本, merge sources).
 */
export function changesBookData(c: BookChanges): boolean {
  return !isEmptyChanges({ ...c, versions: undefined, mergeSources: undefined });
}

/**
 * The facts of `c` that stay true when the call that recorded them fails: snapshots are files of
 * their own, outside the book's transaction (a 汇总 refused after its before-snapshot keeps it).
 */
export function factsKeptOnFailure(c: BookChanges | undefined): BookChanges | null {
  return c?.versions ? { versions: c.versions } : null;
}

function mergeEntity<T, K>(
  a: EntityChanges<T, K> | undefined,
  b: EntityChanges<T, K> | undefined,
): EntityChanges<T, K> | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    added: [...(a.added ?? []), ...(b.added ?? [])],
    changed: [...(a.changed ?? []), ...(b.changed ?? [])],
    removed: [...(a.removed ?? []), ...(b.removed ?? [])],
  };
}

/** The changes of `a` followed by those of `b` (a handler may record in several steps). */
export function mergeChanges(a: BookChanges, b: BookChanges): BookChanges {
  return {
    ...a,
    ...b,
    lines: mergeEntity(a.lines, b.lines),
    units: mergeEntity(a.units, b.units),
    projects: mergeEntity(a.projects, b.projects),
    plan: mergeEntity(a.plan, b.plan),
    indicators: a.indicators || b.indicators ? { ...a.indicators, ...b.indicators } : undefined,
    tableNotes: a.tableNotes || b.tableNotes ? { ...a.tableNotes, ...b.tableNotes } : undefined,
    reviewNotes:
      a.reviewNotes || b.reviewNotes ? { ...a.reviewNotes, ...b.reviewNotes } : undefined,
    reasons: a.reasons || b.reasons ? [...(a.reasons ?? []), ...(b.reasons ?? [])] : undefined,
  };
}
