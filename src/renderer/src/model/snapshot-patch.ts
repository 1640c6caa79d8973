/**
 * Keeps the renderer's copy of the book (a BookSnapshot) in step with the edits the stores make,
 * from each successful API call's argument and result — so the preview re-derives its tables
 * without fetching 10,000 lines again. A write this module does not understand asks for a
 * reload instead of guessing.
 */
import type { Channel } from '../../../shared/api/contract';
import type {
  BookSnapshot,
  IncomePlanEntry,
  LineItem,
  Project,
  Unit,
} from '../../../shared/domain';
import type { LineChange } from './incremental';

/**
 * What a call means for the copy: a new snapshot, nothing, or "fetch it again". A patch says
 * whether the tables can change at all (the income plan is not printed in them) and, for line
 * edits, which lines went and came — enough to update the tables incrementally.
 */
export type PatchResult =
  | { kind: 'patched'; snapshot: BookSnapshot; tablesAffected: boolean; lineChange?: LineChange }
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

/**
 * Reads never change the book; by convention their names end in :list / :get. The files:
 * channels (the browse dialog, reading a chosen file, writing an export) never touch it either.
 */
export function isReadChannel(channel: string): boolean {
  return (
    /:(list|get)$/.test(channel) ||
    channel.startsWith('files:') ||
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
      'catalog:book',
      'catalog:usage',
      'catalog:import-preview',
      'merge:preview',
      'merge:sources',
      'snapshots:preview',
      'versions:diff',
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
  return upsertLinesTracked(lines, saved, deleteIds).lines;
}

/** upsertLines, also returning the versions it replaced or deleted — in one pass over the book. */
function upsertLinesTracked(
  lines: readonly LineItem[],
  saved: readonly LineItem[],
  deleteIds: readonly number[],
): { lines: LineItem[]; removed: LineItem[] } {
  const gone = new Set(deleteIds);
  const byId = new Map(saved.map((l) => [l.id, l]));
  const out: LineItem[] = new Array<LineItem>(lines.length);
  const removed: LineItem[] = [];
  let n = 0;
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
    out[n++] = next ?? l;
  }
  out.length = n;
  // New lines (and lines restored under their old id) go in id order, as the book lists them.
  const added = [...byId.values()];
  if (added.length === 0) return { lines: out, removed };
  return { lines: [...out, ...added].sort((a, b) => a.id - b.id), removed };
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
  const patched = (s: Partial<BookSnapshot>, tablesAffected = true): PatchResult => ({
    kind: 'patched',
    snapshot: { ...snap, ...s },
    tablesAffected,
  });
  const lineEdit = (saved: LineItem[], deleteIds: number[]): PatchResult => {
    const { lines, removed } = upsertLinesTracked(snap.lines, saved, deleteIds);
    return {
      kind: 'patched',
      snapshot: { ...snap, lines },
      tablesAffected: true,
      lineChange: { removed, added: saved.filter((l) => !deleteIds.includes(l.id)) },
    };
  };
  const numbers = (v: unknown): number[] =>
    Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
  switch (channel) {
    case 'lines:save':
      return isLine(data) ? lineEdit([data], []) : { kind: 'reload' };
    case 'lines:delete':
      return lineEdit([], numbers(a.ids));
    case 'lines:save-many':
      if (!Array.isArray(data) || !data.every(isLine)) return { kind: 'reload' };
      return lineEdit(data, numbers(a.deleteIds));
    case 'plan:set': {
      const e = data as IncomePlanEntry;
      const same = (x: IncomePlanEntry): boolean =>
        x.unitCode === e.unitCode && x.fundSource === e.fundSource;
      return patched({ plan: upsertBy(snap.plan, e, same) }, false);
    }
    case 'plan:clear':
      return patched(
        {
          plan: snap.plan.filter(
            (x) => !(x.unitCode === a.unitCode && x.fundSource === a.fundSource),
          ),
        },
        false,
      );
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
    case 'table-notes:set': {
      // The 表注 prints under its table: the tables re-derive, the lines are untouched.
      const saved = data as { tableNo: number; text: string };
      const tableNotes = { ...snap.tableNotes };
      if (saved.text) tableNotes[saved.tableNo] = saved.text;
      else delete tableNotes[saved.tableNo];
      return patched({ tableNotes });
    }
    default:
      // book:open/create/open-sample, lines:import and any channel added later.
      return { kind: 'reload' };
  }
}
