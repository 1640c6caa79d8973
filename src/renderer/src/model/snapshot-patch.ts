/**
 * Keeps the renderer's copy of the book (a BookSnapshot) in step with the edits the stores make,
 * from each successful API call's argument and result — so the preview re-derives its tables
 * without fetching 10,000 lines again. A write this module does not understand asks for a
 * reload instead of guessing.
 */
import type { Channel } from '../../../shared/api/contract';
import type { BookSnapshot, IncomePlanEntry, LineItem, Project, Unit } from '../../../shared/domain';

/** What a call means for the copy: a new snapshot, nothing, or "fetch it again". */
export type PatchResult =
  | { kind: 'patched'; snapshot: BookSnapshot }
  | { kind: 'unchanged' }
  | { kind: 'reload' };

/** Writes that touch nothing the tables or the income view read. */
const NO_TABLE_EFFECT = new Set<string>([
  'texts:set',
  'assets:set',
  'review-notes:set',
  'indicators:replace',
  // 第三部分 reasons: no table prints them, and no renderer view reads them from the copy.
  'reasons:set',
  'book:close',
]);

/** Reads never change the book; by convention their names end in :list / :get. */
export function isReadChannel(channel: string): boolean {
  return (
    /:(list|get)$/.test(channel) ||
    [
      'app:info',
      'book:summary',
      'book:snapshot',
      'tables:derive',
      'validate:run',
      'export:xlsx',
      'lines:export-csv',
      'document:draft',
      'export:document',
    ].includes(channel)
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isLine(v: unknown): v is LineItem {
  return isObject(v) && typeof v.id === 'number' && typeof v.amountFen === 'number';
}

/** Replaces lines by id (or appends them), after removing `deleteIds`. */
export function upsertLines(
  lines: readonly LineItem[],
  saved: readonly LineItem[],
  deleteIds: readonly number[] = [],
): LineItem[] {
  const gone = new Set(deleteIds);
  const byId = new Map(saved.map((l) => [l.id, l]));
  const out: LineItem[] = [];
  for (const l of lines) {
    if (gone.has(l.id)) continue;
    const next = byId.get(l.id);
    out.push(next ?? l);
    if (next) byId.delete(l.id);
  }
  // New lines (and lines restored under their old id) go in id order, as the book lists them.
  const added = [...byId.values()];
  if (added.length === 0) return out;
  return [...out, ...added].sort((a, b) => a.id - b.id);
}

function upsertBy<T>(list: readonly T[], item: T, same: (a: T) => boolean): T[] {
  const i = list.findIndex(same);
  if (i < 0) return [...list, item];
  const out = [...list];
  out[i] = item;
  return out;
}

/** The snapshot after a successful call of `channel` with `arg` and its result `data`. */
export function patchSnapshot(
  snap: BookSnapshot,
  channel: Channel | string,
  arg: unknown,
  data: unknown,
): PatchResult {
  if (isReadChannel(channel) || NO_TABLE_EFFECT.has(channel)) return { kind: 'unchanged' };
  const a = isObject(arg) ? arg : {};
  const patched = (s: Partial<BookSnapshot>): PatchResult => ({
    kind: 'patched',
    snapshot: { ...snap, ...s },
  });
  switch (channel) {
    case 'lines:save':
      return isLine(data) ? patched({ lines: upsertLines(snap.lines, [data]) }) : { kind: 'reload' };
    case 'lines:delete': {
      const ids = Array.isArray(a.ids) ? a.ids.filter((x): x is number => typeof x === 'number') : [];
      return patched({ lines: upsertLines(snap.lines, [], ids) });
    }
    case 'lines:save-many': {
      if (!Array.isArray(data) || !data.every(isLine)) return { kind: 'reload' };
      const ids = Array.isArray(a.deleteIds)
        ? a.deleteIds.filter((x): x is number => typeof x === 'number')
        : [];
      return patched({ lines: upsertLines(snap.lines, data, ids) });
    }
    case 'plan:set': {
      const e = data as IncomePlanEntry;
      const same = (x: IncomePlanEntry): boolean =>
        x.unitCode === e.unitCode && x.fundSource === e.fundSource;
      return patched({ plan: upsertBy(snap.plan, e, same) });
    }
    case 'plan:clear':
      return patched({
        plan: snap.plan.filter((x) => !(x.unitCode === a.unitCode && x.fundSource === a.fundSource)),
      });
    case 'units:save': {
      const u = data as Unit;
      return patched({ units: upsertBy(snap.units, u, (x) => x.code === u.code) });
    }
    case 'units:delete':
      return patched({ units: snap.units.filter((x) => x.code !== a.code) });
    case 'projects:save': {
      const p = data as Project;
      return patched({ projects: upsertBy(snap.projects, p, (x) => x.code === p.code) });
    }
    case 'projects:delete':
      return patched({ projects: snap.projects.filter((x) => x.code !== a.code) });
    default:
      // book:open/create/open-sample, lines:import and any channel added later.
      return { kind: 'reload' };
  }
}
