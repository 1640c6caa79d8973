/**
 * What a 审核 finding's links say and where they put the cursor. A line is named by its 序号 in
 * the grid the link opens (as the grid numbers it now, after any row moved in this session); a
 * project link lands in the field the rule is about.
 */
import type { LineItem } from '../../../shared/domain';
import { lineLabel } from '../../../shared/validation/context';
import type { EntryRef, Finding } from '../../../shared/validation/finding';

/** What a click on a finding asks the shell to open. */
export type OpenEntry = {
  type: 'line' | 'project' | 'plan' | 'unit' | 'note' | 'assets';
  id?: number;
  code?: string;
  /**
   * The field to put the cursor in: for a project one of ProjectsView.focusField's, for a line
   * the grid column (a ColumnKey).
   */
  field?: string;
};

const OPENABLE = new Set(['line', 'project', 'plan', 'unit', 'note', 'assets']);

/** The project field each rule is about; others open the project's name. */
const PROJECT_FIELD: Record<string, string> = {
  'PROJECT-APPROVED': 'approvedFen',
  PROCUREMENT: 'procurementServicesFen',
  'KEY-PROJECT-PROCUREMENT': 'procurementServicesFen',
  'KEY-PROJECT-TARGETS': 'indicators',
  'PROJECT-NO-LINES': 'grid',
  NEGATIVE: 'approvedFen',
};

/** The grid column each rule is about, for its line links; others open the line's first cell. */
const LINE_FIELD: Record<string, string> = {
  NEGATIVE: 'amountFen',
  'PLAN-SOURCE': 'amountFen',
  'PROJECT-APPROVED': 'amountFen',
  PROCUREMENT: 'amountFen',
  'KEY-PROJECT-PROCUREMENT': 'deptEconCode',
  'ECON-PAIR': 'govEconCode',
  'GOV-CLASS-UNIT': 'govEconCode',
};

/** CATALOG-CODE names the wrong code in its key (":function", ":dept", ":gov"). */
const CATALOG_FIELD: Record<string, string> = {
  function: 'functionCode',
  dept: 'deptEconCode',
  gov: 'govEconCode',
};

function lineField(f: Finding): string | undefined {
  if (f.rule === 'CATALOG-CODE') return CATALOG_FIELD[f.key.split(':').at(-1) ?? ''];
  return LINE_FIELD[f.rule];
}

export interface FindingLink {
  ref: EntryRef;
  entry: OpenEntry;
  label: string;
}

/** The entries of a finding the shell can open, labelled with the grids' 序号. */
function findingLinks(
  f: Finding,
  places: Map<number, string>,
  lineOf: (id: number) => LineItem | undefined,
): FindingLink[] {
  return f.where.entries
    .filter((x) => OPENABLE.has(x.type))
    .map((ref) => {
      const type = ref.type as OpenEntry['type'];
      const entry: OpenEntry =
        type === 'line'
          ? { type, id: ref.id, field: lineField(f) }
          : type === 'plan'
            ? { type, code: ref.open.focus || ref.code }
            : type === 'project'
              ? { type, code: ref.code ?? ref.open.focus, field: PROJECT_FIELD[f.rule] ?? 'name' }
              : { type, code: ref.code ?? ref.open.focus };
      const line = type === 'line' && ref.id !== undefined ? lineOf(ref.id) : undefined;
      const place = line ? places.get(line.id) : undefined;
      return { ref, entry, label: line && place ? lineLabel(line, place) : ref.label };
    });
}

/**
 * findingLinks, kept per finding while its lines and their places are the same objects: the
 * panel shows a page of findings again after every edit, most of them unchanged, and an
 * unchanged list of links lets their cards skip rendering.
 */
export function linksFollower(): (
  f: Finding,
  places: Map<number, string>,
  lineOf: (id: number) => LineItem | undefined,
) => FindingLink[] {
  const kept = new WeakMap<
    Finding,
    { places: Map<number, string>; used: (LineItem | undefined)[]; links: FindingLink[] }
  >();
  const usedLines = (
    f: Finding,
    lineOf: (id: number) => LineItem | undefined,
  ): (LineItem | undefined)[] =>
    f.where.entries.flatMap((x) => (x.type === 'line' && x.id !== undefined ? [lineOf(x.id)] : []));
  return (f, places, lineOf) => {
    const used = usedLines(f, lineOf);
    const k = kept.get(f);
    if (k && k.places === places && k.used.every((l, i) => l === used[i])) return k.links;
    const links = findingLinks(f, places, lineOf);
    kept.set(f, { places, used, links });
    return links;
  };
}
