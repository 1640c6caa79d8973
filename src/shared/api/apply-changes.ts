/**
 * Applies a change set to a copy of the book (BookSnapshot), the one way the renderer's cache and
 * the 审核 worker follow main: entities by key, facts replaced. Says which lines went and came (so
 * the tables can be updated incrementally) and whether the printed tables can have changed.
 */
import type { BookSnapshot, LineItem } from '../domain';
import type { BookChanges, EntityChanges } from './changes';

/** Lines of an edit: versions before it (deleted or replaced) and after it (inserted or replaced). */
export interface LineChange {
  removed: readonly LineItem[];
  added: readonly LineItem[];
}

export interface Applied {
  snapshot: BookSnapshot;
  /** Set when lines changed. */
  lineChange?: LineChange;
  /** Lines, units, projects or 表注 changed: what the tables print. */
  tablesAffected: boolean;
  /** Of what the tables print, only lines changed (the tables can be updated incrementally). */
  linesOnly: boolean;
}

/** Entities after `c`: removed ones dropped, changed ones replaced in place, new ones appended. */
function applyEntities<T, K>(
  list: readonly T[],
  c: EntityChanges<T, K> | undefined,
  keyOf: (item: T) => K,
  sameKey: (a: K, b: K) => boolean = (a, b) => a === b,
): T[] {
  if (!c) return [...list];
  const removed = c.removed ?? [];
  const upserts = [...(c.changed ?? []), ...(c.added ?? [])];
  const out = list.filter((x) => !removed.some((k) => sameKey(k, keyOf(x))));
  for (const item of upserts) {
    const i = out.findIndex((x) => sameKey(keyOf(x), keyOf(item)));
    if (i >= 0) out[i] = item;
    else out.push(item);
  }
  return out;
}

/** Lines after `c`, in one pass over the book (10,000 lines), with the versions replaced. */
/** The place of the line with this id in lines kept in id order (the book's order), else -1. */
function placeById(lines: readonly LineItem[], id: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = lines[mid].id;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Lines changed in place (the common edit: a few amounts or codes) without a pass over all
 * lines; null when the change adds or removes lines, or a line is not where id order puts it.
 */
function replaceLines(
  lines: readonly LineItem[],
  c: EntityChanges<LineItem, number>,
): { lines: LineItem[]; change: LineChange } | null {
  if (c.removed?.length || c.added?.length || !c.changed?.length) return null;
  if (new Set(c.changed.map((l) => l.id)).size !== c.changed.length) return null;
  const out = lines.slice();
  const removed: LineItem[] = [];
  for (const l of c.changed) {
    const i = placeById(out, l.id);
    if (i < 0) return null;
    removed.push(out[i]);
    out[i] = l;
  }
  return { lines: out, change: { removed, added: [...c.changed] } };
}

function applyLines(
  lines: readonly LineItem[],
  c: EntityChanges<LineItem, number>,
): { lines: LineItem[]; change: LineChange } {
  const quick = replaceLines(lines, c);
  if (quick) return quick;
  const gone = new Set(c.removed ?? []);
  const saved = [...(c.changed ?? []), ...(c.added ?? [])];
  const byId = new Map(saved.map((l) => [l.id, l]));
  const out: LineItem[] = [];
  const removed: LineItem[] = [];
  for (const l of lines) {
    if (gone.has(l.id)) {
      removed.push(l);
      continue;
    }
    const next = byId.get(l.id);
    if (next) {
      removed.push(l);
      byId.delete(l.id);
    }
    out.push(next ?? l);
  }
  // New lines (and lines restored under their old id) go in id order, as the book lists them.
  const fresh = [...byId.values()];
  const all = fresh.length ? [...out, ...fresh].sort((a, b) => a.id - b.id) : out;
  return { lines: all, change: { removed, added: saved.filter((l) => !gone.has(l.id)) } };
}

export function applyChanges(snap: BookSnapshot, c: BookChanges): Applied {
  const next: BookSnapshot = { ...snap };
  let lineChange: LineChange | undefined;
  if (c.lines) {
    const r = applyLines(snap.lines, c.lines);
    next.lines = r.lines;
    lineChange = r.change;
  }
  if (c.units) next.units = applyEntities(snap.units, c.units, (u) => u.code);
  if (c.projects) next.projects = applyEntities(snap.projects, c.projects, (p) => p.code);
  if (c.plan) {
    next.plan = applyEntities(
      snap.plan,
      c.plan,
      (e) => ({ unitCode: e.unitCode, fundSource: e.fundSource }),
      (a, b) => a.unitCode === b.unitCode && a.fundSource === b.fundSource,
    );
  }
  if (c.indicators) {
    const replaced = new Set(Object.keys(c.indicators));
    next.indicators = [
      ...(snap.indicators ?? []).filter((i) => !replaced.has(i.projectCode)),
      ...Object.values(c.indicators).flat(),
    ];
  }
  if (c.tableNotes) {
    const notes = { ...snap.tableNotes };
    for (const [n, text] of Object.entries(c.tableNotes)) {
      if (text) notes[Number(n)] = text;
      else delete notes[Number(n)];
    }
    next.tableNotes = notes;
  }
  if (c.reasons) {
    const keys = new Set(c.reasons.map((r) => r.subjectKey));
    next.reasons = [
      ...(snap.reasons ?? []).filter((r) => !keys.has(r.subjectKey)),
      ...c.reasons.filter((r) => r.reason.trim() !== ''),
    ];
  }
  if (c.lastYear) next.lastYear = c.lastYear;
  if (c.catalog) next.catalog = c.catalog;
  return {
    snapshot: next,
    lineChange,
    tablesAffected: !!(c.lines || c.units || c.projects || c.tableNotes || c.catalog),
    linesOnly: !!c.lines && !(c.units || c.projects || c.tableNotes || c.catalog),
  };
}
