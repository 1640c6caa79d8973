/**
 * What every checker reads: the book, its table models, and the entered facts beside the lines
 * (last year's figures, reasons, indicators), plus helpers that name book entries for findings.
 */
import type {
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

/** Facts beside the line items that some checks need; each defaults to the book's own field. */
export interface ValidationExtra {
  lastYear?: LastYearFigure[];
  reasons?: ChangeReason[];
  indicators?: PerformanceIndicator[];
  /** The table models of the book; derived with the pack's engine when omitted. */
  tables?: TableModel[];
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
  linesByProject: Map<string, LineItem[]>;
}

function byProject(lines: LineItem[]): Map<string, LineItem[]> {
  const map = new Map<string, LineItem[]>();
  for (const l of lines) {
    if (l.projectCode === null) continue;
    const list = map.get(l.projectCode);
    if (list) list.push(l);
    else map.set(l.projectCode, [l]);
  }
  return map;
}

export function makeContext(
  book: BookSnapshot,
  tables: TableModel[],
  extra: ValidationExtra,
): ValidationContext {
  const reasons = extra.reasons ?? book.reasons ?? [];
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
    linesByProject: byProject(book.lines),
  };
}

export function unitName(ctx: ValidationContext, code: string): string {
  return ctx.units.get(code)?.name ?? code;
}

export function lineEntry(line: LineItem): EntryRef {
  const econ = line.deptEconCode ? `/${line.deptEconCode}` : '';
  return {
    type: 'line',
    id: line.id,
    label: `明细第 ${line.id} 条（${line.functionCode}${econ}，${line.fundSource}，${formatWan(line.amountFen)} 万元）`,
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
export function projectLines(ctx: ValidationContext, project: Project): LineItem[] {
  const own = ctx.linesByProject.get(project.code) ?? [];
  if (project.level === 2) return own;
  const children = ctx.book.projects.filter((p) => p.parentCode === project.code);
  return [...own, ...children.flatMap((c) => ctx.linesByProject.get(c.code) ?? [])];
}

/** Entries for a list of lines, capped so a finding about hundreds of lines stays readable. */
export function lineEntries(lines: LineItem[], max = 20): EntryRef[] {
  return lines.slice(0, max).map(lineEntry);
}
