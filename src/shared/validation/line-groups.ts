/**
 * The line items grouped by what a book rule compares — by unit and fund source (控制数), by
 * project, by a 经济科目 pair the unit may not use — each group in the book's order. 审核 of a
 * full book groups all lines; incremental 审核 after an edit keeps the groups of the last run and
 * moves only the lines the edit replaced (a 10,000-line book, an edit of one amount), so its
 * book rules do not pass over every line again.
 *
 * A grouping is named (`name`) and defined by `keyOf` (null: the line is in no group). The key of
 * a line may depend only on the line itself and on what the kept groups are dropped for
 * (units, projects, the catalog); a rule reading anything else groups afresh.
 */
import type { BookSnapshot, LineItem } from '../domain';

type KeyOf = (line: LineItem) => string | null;

export interface LineGroups {
  /** The lines by key, each list in the book's order. */
  get(name: string, keyOf: KeyOf): ReadonlyMap<string, readonly LineItem[]>;
}

function groupAll(lines: readonly LineItem[], keyOf: KeyOf): Map<string, LineItem[]> {
  const groups = new Map<string, LineItem[]>();
  for (const l of lines) {
    const key = keyOf(l);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(l);
    else groups.set(key, [l]);
  }
  return groups;
}

/** Groups made when asked, for one run (validateBook). */
export function groupsOf(lines: readonly LineItem[]): LineGroups {
  const made = new Map<string, Map<string, LineItem[]>>();
  return {
    get(name, keyOf) {
      let g = made.get(name);
      if (!g) made.set(name, (g = groupAll(lines, keyOf)));
      return g;
    },
  };
}

interface Kept {
  keyOf: KeyOf;
  groups: Map<string, LineItem[]>;
}

/**
 * Groups kept from run to run. `follow` takes the book of the next run: lines replaced in place
 * (same ids in the same order) move between groups by themselves; anything else — lines added
 * or removed, units, projects or the catalog changed — drops every grouping.
 */
export class KeptGroups implements LineGroups {
  private kept = new Map<string, Kept>();
  private lines: readonly LineItem[] = [];
  private deps: readonly unknown[] = [];
  /** Position of each line in `lines`, by id (for placing a moved line in book order). */
  private position = new Map<number, number>();

  follow(book: BookSnapshot): void {
    const deps = [book.units, book.projects, book.catalog, book.info.year];
    const lines = book.lines;
    const sameDeps = deps.length === this.deps.length && deps.every((d, i) => d === this.deps[i]);
    let inPlace = sameDeps && lines.length === this.lines.length;
    const replaced: [LineItem, LineItem, number][] = [];
    for (let i = 0; inPlace && i < lines.length; i++) {
      const before = this.lines[i];
      if (lines[i] === before) continue;
      if (lines[i].id !== before.id) inPlace = false;
      else replaced.push([before, lines[i], i]);
    }
    if (!inPlace) {
      this.kept.clear();
      this.position = new Map(lines.map((l, i) => [l.id, i]));
    } else for (const k of this.kept.values()) this.move(k, replaced);
    this.lines = lines;
    this.deps = deps;
  }

  get(name: string, keyOf: KeyOf): ReadonlyMap<string, readonly LineItem[]> {
    const k = this.kept.get(name);
    if (!k) {
      const groups = groupAll(this.lines, keyOf);
      this.kept.set(name, { keyOf, groups });
      return groups;
    }
    return k.groups;
  }

  /** Moves replaced lines ([old, new, position]) to the groups their new version belongs to. */
  private move(k: Kept, replaced: readonly [LineItem, LineItem, number][]): void {
    for (const [before, after, at] of replaced) {
      const was = k.keyOf(before);
      const now = k.keyOf(after);
      if (was !== null) {
        const list = (k.groups.get(was) ?? []).filter((l) => l !== before);
        if (list.length > 0) k.groups.set(was, list);
        else k.groups.delete(was);
      }
      if (now === null) continue;
      const list = [...(k.groups.get(now) ?? [])];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((this.position.get(list[mid].id) ?? 0) < at) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, after);
      k.groups.set(now, list);
    }
  }
}
