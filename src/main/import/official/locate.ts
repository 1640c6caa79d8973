/**
 * Finds the pack's tables in a workbook: a row whose only text is a table's title (the longest
 * title it contains, so 财政拨款收支总体情况表 is not read as 收支总体情况表), or else a sheet named
 * 表N. A title repeated further down the same table (the next printed page) continues it; a sheet
 * named "…续…" continues the same table from an earlier sheet. Any other second occurrence of a
 * table is a duplicate, which the reader refuses.
 */
import type { TableTemplate } from '../../../shared/tables/template';
import { cellsOf, textOf, type Grid } from './grid';
import { norm } from './text';

/** Rows [from, to] of one sheet belonging to one table. */
interface Region {
  grid: Grid;
  from: number;
  to: number;
}

export interface Located {
  template: TableTemplate;
  regions: Region[];
}

interface Duplicate {
  tableNo: number;
  title: string;
  places: string[];
}

/** The template whose title a text is (possibly after "表N"/numbering or the year). */
export function titleMatch(
  text: string,
  templates: readonly TableTemplate[],
): TableTemplate | undefined {
  // A continued page may say "（续）" or "续表"; a note never is a title.
  const t = norm(text).replace(/(\(续[表页]?\)|续表)$/, '');
  if (t.startsWith('注')) return undefined;
  let best: TableTemplate | undefined;
  for (const tpl of templates) {
    const title = norm(tpl.title);
    // Room before the title for "表N", the year and the unit's name ("…信息中心2021年部门预算…").
    if (!t.endsWith(title) || t.length > title.length + 40) continue;
    if (!best || title.length > norm(best.title).length) best = tpl;
  }
  return best;
}

/** 表N of a sheet name such as "表5", "表5 一般公共…", "表 5（续）". */
function sheetNumber(name: string): number | null {
  const m = /^表\s*(\d{1,2})(?!\d)/.exec(name.trim());
  return m ? Number(m[1]) : null;
}

function titleRows(
  grid: Grid,
  templates: readonly TableTemplate[],
): { row: number; tpl: TableTemplate }[] {
  const out: { row: number; tpl: TableTemplate }[] = [];
  for (let r = 1; r < grid.rows.length; r++) {
    const cells = cellsOf(grid, r).filter(([, c]) => !c.copy);
    if (cells.length !== 1) continue;
    const tpl = titleMatch(textOf(cells[0][1]), templates);
    if (tpl) out.push({ row: r, tpl });
  }
  return out;
}

export function locateTables(
  grids: readonly Grid[],
  templates: readonly TableTemplate[],
): { located: Located[]; duplicates: Duplicate[] } {
  const found = new Map<
    number,
    Located & { places: string[]; lastSheet: string; lastRow: number }
  >();
  const duplicates = new Map<number, Duplicate>();
  const add = (tpl: TableTemplate, region: Region, continues: boolean): void => {
    const prev = found.get(tpl.number);
    const place = `工作表“${region.grid.sheet}”第 ${region.from} 行`;
    if (!prev) {
      found.set(tpl.number, {
        template: tpl,
        regions: [region],
        places: [place],
        lastSheet: region.grid.sheet,
        lastRow: region.to,
      });
      return;
    }
    const adjacent = prev.lastSheet === region.grid.sheet && prev.lastRow + 1 >= region.from;
    if (adjacent || continues) {
      prev.regions.push(region);
      prev.lastSheet = region.grid.sheet;
      prev.lastRow = region.to;
      return;
    }
    const dup = duplicates.get(tpl.number) ?? {
      tableNo: tpl.number,
      title: tpl.title,
      places: [...prev.places],
    };
    dup.places.push(place);
    duplicates.set(tpl.number, dup);
  };
  for (const grid of grids) {
    const titles = titleRows(grid, templates);
    const continues = /续/.test(grid.sheet);
    if (titles.length === 0) {
      const n = sheetNumber(grid.sheet);
      const tpl = templates.find((t) => t.number === n);
      if (tpl && grid.rows.length > 1)
        add(tpl, { grid, from: 1, to: grid.rows.length - 1 }, continues);
      continue;
    }
    titles.forEach((t, i) => {
      const to = (titles[i + 1]?.row ?? grid.rows.length) - 1;
      // Rows above the first title (a cover line) belong to no table.
      add(t.tpl, { grid, from: t.row, to }, continues && i === 0);
    });
  }
  return {
    located: [...found.values()].map(({ template, regions }) => ({ template, regions })),
    duplicates: [...duplicates.values()],
  };
}
