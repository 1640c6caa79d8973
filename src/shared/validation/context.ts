/**
 * What every checker reads: the book, its table models, and the entered facts beside the lines
 * (last year's figures, reasons, indicators), plus helpers that name book entries for findings.
 */
import { BASIC_KINDS } from '../domain';
import type {
  AssetFigures,
  BookSnapshot,
  ChangeReason,
  IncomePlanEntry,
  LastYearFigure,
  LineItem,
  PerformanceIndicator,
  Project,
  Unit,
} from '../domain';
import { formatWan } from '../money';
import type { TableModel } from '../tables/model';
import type { EntryRef } from './finding';
import { groupsOf, type LineGroups } from './line-groups';

/** Facts beside the line items that some checks need; each defaults to the book's own field. */
export interface ValidationExtra {
  lastYear?: LastYearFigure[];
  reasons?: ChangeReason[];
  indicators?: PerformanceIndicator[];
  /** The table models of the book; derived with the pack's engine when omitted. */
  tables?: TableModel[];
  /** 国有资产 figures (null: none entered); the 国有资产 check runs only when given. */
  assets?: AssetFigures | null;
}

export interface ValidationContext {
  book: BookSnapshot;
  tables: TableModel[];
  lastYear: LastYearFigure[];
  reasons: Map<string, string>;
  indicators: PerformanceIndicator[];
  units: Map<string, Unit>;
  projects: Map<string, Project>;
  /** Lines by the project they name, so per-project checks stay linear in the book's size. */
  readonly linesByProject: ReadonlyMap<string, readonly LineItem[]>;
  /** The lines grouped as rules ask (kept across the runs of incremental 审核). */
  groups: LineGroups;
  /**
   * Where each line shows, by id: "基本支出第 3 行" or "项目“…”第 2 行" — the 序号 of the grid the
   * finding's link opens, counted in the book's order of lines.
   */
  linePlaces: Map<number, string>;
  /** 国有资产 figures: null when none are entered, undefined when the caller did not load them. */
  assets?: AssetFigures | null;
}

/** "基本支出第 3 行" / "项目“网络安全”第 2 行": a line's place as the clerk's grids number it. */
function linePlace(where: { basic: true } | { projectName: string }, n: number): string {
  return 'basic' in where ? `基本支出第 ${n} 行` : `项目“${where.projectName}”第 ${n} 行`;
}

/** The place of every line: its 序号 among the lines of the grid that shows it. */
function placesOf(lines: readonly LineItem[], projects: readonly Project[]): Map<number, string> {
  const names = new Map(projects.map((p) => [p.code, p.name]));
  const counts = new Map<string, number>();
  const places = new Map<number, string>();
  for (const l of lines) {
    const basic = BASIC_KINDS.includes(l.kind);
    const grid = basic ? '' : l.kind === '项目支出' && l.projectCode ? l.projectCode : null;
    if (grid === null) {
      places.set(l.id, `明细（${l.kind}）`);
      continue;
    }
    const n = (counts.get(grid) ?? 0) + 1;
    counts.set(grid, n);
    const where = basic ? { basic: true as const } : { projectName: names.get(grid) ?? grid };
    places.set(l.id, linePlace(where, n));
  }
  return places;
}

/** The last lines placed, and their places: an edit of amounts keeps every 序号. */
let placed: {
  lines: readonly LineItem[];
  projects: readonly Project[];
  places: Map<number, string>;
} | null = null;

const samePlace = (a: LineItem, b: LineItem): boolean =>
  a === b || (a.id === b.id && a.kind === b.kind && a.projectCode === b.projectCode);

/**
 * Where each line shows, by id ("基本支出第 3 行", "项目“…”第 2 行", "明细（结转下年）"): computed
 * again only when the lines' order, kinds or projects, or the projects, changed — 审核 and the
 * 审核 panel ask after every edit of a 10,000-line book.
 */
export function linePlaces(
  lines: readonly LineItem[],
  projects: readonly Project[],
): Map<number, string> {
  const last = placed;
  if (
    last &&
    last.projects === projects &&
    last.lines.length === lines.length &&
    lines.every((l, i) => samePlace(l, last.lines[i]))
  ) {
    placed = { ...last, lines };
    return last.places;
  }
  placed = { lines, projects, places: placesOf(lines, projects) };
  return placed.places;
}

export function makeContext(
  book: BookSnapshot,
  tables: TableModel[],
  extra: ValidationExtra,
  groups: LineGroups = groupsOf(book.lines),
): ValidationContext {
  const reasons = extra.reasons ?? book.reasons ?? [];
  let places: Map<number, string> | undefined;
  return {
    book,
    tables,
    lastYear: extra.lastYear ?? book.lastYear ?? [],
    reasons: new Map(
      reasons.filter((r) => r.reason.trim() !== '').map((r) => [r.subjectKey, r.reason]),
    ),
    indicators: extra.indicators ?? book.indicators ?? [],
    units: new Map(book.units.map((u) => [u.code, u])),
    projects: new Map(book.projects.map((p) => [p.code, p])),
    get linesByProject() {
      return groups.get('project', (l) => l.projectCode);
    },
    groups,
    // Built when a finding first names a line: most runs name none or a few.
    get linePlaces() {
      return (places ??= linePlaces(book.lines, book.projects));
    },
    assets: extra.assets,
  };
}

export function unitName(ctx: ValidationContext, code: string): string {
  return ctx.units.get(code)?.name ?? code;
}

/** "基本支出第 3 行（2080199/30101，一般公共预算，53.74 万元）": a line named for people. */
export function lineLabel(line: LineItem, place: string): string {
  const econ = line.deptEconCode ? `/${line.deptEconCode}` : '';
  return `${place}（${line.functionCode}${econ}，${line.fundSource}，${formatWan(line.amountFen)} 万元）`;
}

/** Where a line shows (see linePlaces), for messages. */
export function placeOf(ctx: ValidationContext, line: LineItem): string {
  return ctx.linePlaces.get(line.id) ?? `明细（编号 ${line.id}）`;
}

export function lineEntry(ctx: ValidationContext, line: LineItem): EntryRef {
  return {
    type: 'line',
    id: line.id,
    label: lineLabel(line, placeOf(ctx, line)),
    open: { screen: 'lines', focus: String(line.id) },
  };
}

export function projectEntry(project: Project): EntryRef {
  return {
    type: 'project',
    code: project.code,
    label: `项目“${project.name}”（${project.code}）`,
    open: { screen: 'projects', focus: project.code },
  };
}

export function planEntry(
  ctx: ValidationContext,
  plan: Pick<IncomePlanEntry, 'unitCode' | 'fundSource'>,
): EntryRef {
  return {
    type: 'plan',
    code: plan.fundSource,
    label: `收入计划：${unitName(ctx, plan.unitCode)} ${plan.fundSource}`,
    open: { screen: 'plan', focus: `${plan.unitCode}/${plan.fundSource}` },
  };
}

export function unitEntry(unit: Unit): EntryRef {
  return {
    type: 'unit',
    code: unit.code,
    label: `单位“${unit.name}”（${unit.code}，${unit.type}）`,
    open: { screen: 'units', focus: unit.code },
  };
}

/** The line items of a project: its own lines, or for a 一级 project those of its 二级 projects. */
export function projectLines(ctx: ValidationContext, project: Project): readonly LineItem[] {
  const own = ctx.linesByProject.get(project.code) ?? [];
  if (project.level === 2) return own;
  const children = ctx.book.projects.filter((p) => p.parentCode === project.code);
  return [...own, ...children.flatMap((c) => ctx.linesByProject.get(c.code) ?? [])];
}

/** Entries for a list of lines, capped so a finding about hundreds of lines stays readable. */
export function lineEntries(
  ctx: ValidationContext,
  lines: readonly LineItem[],
  max = 20,
): EntryRef[] {
  return lines.slice(0, max).map((l) => lineEntry(ctx, l));
}
