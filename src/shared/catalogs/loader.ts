/**
 * The one loader of the built-in catalogs: 2021 from its list files, each later year as the year
 * before plus its changes file, and a year without a changes file as the latest year carried
 * forward, marked provisional (暂定).
 */
import type { CatalogData, ClassificationEntry, MappingSide } from './types';
import { CATALOG_KINDS, entriesOf, withEntries } from './types';
import { BASE, BASE_YEAR, CHANGES, LAST_YEAR, type ListChanges } from './data';

const UNCERTAIN = '待核实';

function toEntry(row: readonly string[]): ClassificationEntry {
  const e: ClassificationEntry = { code: row[0], name: row[1] };
  if (row[2] === UNCERTAIN) e.uncertain = true;
  return e;
}

function byCode(a: ClassificationEntry, b: ClassificationEntry): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Applies one list's changes: removals (with everything under the code), renames, additions. */
export function applyChanges(
  entries: readonly ClassificationEntry[],
  changes: ListChanges | undefined,
): ClassificationEntry[] {
  if (!changes) return [...entries];
  const removed = changes.removed ?? [];
  const renamed = new Map((changes.renamed ?? []).map((r) => [r[0], r[1]]));
  const out = entries
    .filter((e) => !removed.some((code) => e.code.startsWith(code)))
    .map((e) => (renamed.has(e.code) ? { ...e, name: renamed.get(e.code)! } : e));
  out.push(...(changes.added ?? []).map(toEntry));
  return out.sort(byCode);
}

/**
 * 部门→政府 pairs allowed beyond the default: a 事业单位 may use the 机关 code of a 款 (the 2021
 * sample maps 31007 to 50306), which the checks then warn about; 机关 get no alternatives.
 */
export function allowedPairs(
  data: Pick<CatalogData, 'deptEconomic' | 'govMapping'>,
): CatalogData['govAllowed'] {
  const resolve = (side: MappingSide, code: string): string | undefined =>
    data.govMapping[side][code] ?? data.govMapping[side][code.slice(0, 3)];
  const institution: Record<string, string[]> = {};
  for (const { code } of data.deptEconomic) {
    if (code.length !== 5) continue;
    const alt = resolve('admin', code);
    if (alt !== undefined && alt !== resolve('institution', code)) institution[code] = [alt];
  }
  return { admin: {}, institution };
}

function base(): CatalogData {
  const partial = {
    deptEconomic: BASE['dept-econ'].entries.map(toEntry),
    govMapping: BASE.mapping,
  };
  return {
    year: BASE_YEAR,
    provisional: false,
    source: `${BASE_YEAR} 年内置科目（见 src/shared/catalogs/data/SOURCES.md）`,
    functions: BASE.function.entries.map(toEntry),
    govEconomic: BASE['gov-econ'].entries.map(toEntry),
    ...partial,
    govAllowed: allowedPairs(partial),
  };
}

/** The built-in catalog of every year BASE_YEAR…LAST_YEAR, built once. */
function buildAll(): Map<number, CatalogData> {
  const years = new Map<number, CatalogData>();
  let prev = base();
  years.set(BASE_YEAR, prev);
  let known = BASE_YEAR;
  for (let year = BASE_YEAR + 1; year <= LAST_YEAR; year++) {
    const changes = CHANGES.find((c) => c.year === year);
    let next: CatalogData = { ...prev, year };
    if (changes) {
      for (const kind of CATALOG_KINDS) {
        next = withEntries(next, kind, applyChanges(entriesOf(prev, kind), changes[kind]));
      }
      next = {
        ...next,
        provisional: changes.provisional,
        source: `${year} 年内置科目：${changes.note.replace(/。$/, '')}`,
        govAllowed: allowedPairs(next),
      };
      known = year;
    } else {
      next = {
        ...next,
        provisional: true,
        source: `没有 ${year} 年的科目资料，暂按 ${known} 年科目`,
      };
    }
    years.set(year, next);
    prev = next;
  }
  return years;
}

let all: Map<number, CatalogData> | null = null;

/** The built-in catalog data of a year, or undefined outside BASE_YEAR…LAST_YEAR. */
export function builtInCatalogData(year: number): CatalogData | undefined {
  all ??= buildAll();
  return all.get(year);
}

export function builtInYears(): number[] {
  const out: number[] = [];
  for (let y = BASE_YEAR; y <= LAST_YEAR; y++) out.push(y);
  return out;
}
