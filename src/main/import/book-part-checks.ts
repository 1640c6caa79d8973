/**
 * The book inside a workbook is input like any other: before import-book builds a book from it,
 * its year and template pack must be known, every reference must point at something in it, and
 * (once units and projects are in the new book) every unit, project, plan entry and line must pass
 * the same checks as one typed in the app or imported from a file; the line total must stay an
 * exact integer. Each problem is a Chinese sentence naming the item.
 */
import { getCatalog } from '../../shared/catalogs';
import { sumFen } from '../../shared/money';
import { getPack, loadPack } from '../../shared/tables/packs';
import type { BookContent } from '../export/book-part';
import type { BookDb } from '../ledger/book-db';
import { planProblems, projectProblems, unitProblems } from '../ledger/entity-checks';
import { checkLineEntry } from './lines-entry';

const MAX_LISTED = 30;

/** Year, pack and references, checked before anything is written. */
export function contentShapeProblems(c: BookContent): string[] {
  const out: string[] = [];
  const { year, packId } = c.info;
  try {
    getCatalog(year);
  } catch {
    out.push(`预算年度“${String(year)}”没有对应的科目表，本程序不能编制该年度的预算`);
  }
  try {
    // A book made from a pack file carries its pack (checked by its schema when the part was read).
    const pack = c.pack ? loadPack(c.pack) : getPack(packId);
    if (pack.year !== year)
      out.push(`公开表模板“${pack.name}”属于 ${pack.year} 年，与预算年度 ${year} 不符`);
  } catch {
    out.push(`公开表模板“${String(packId)}”不是本程序内置的模板`);
  }
  const units = new Set(c.units.map((u) => u.code));
  const projects = new Set(c.projects.map((p) => p.code));
  for (const u of c.units) {
    if (u.parentCode !== null && !units.has(u.parentCode))
      out.push(`单位“${u.code}”的上级单位“${u.parentCode}”不在预算中`);
  }
  for (const p of c.projects) {
    if (!units.has(p.unitCode)) out.push(`项目“${p.code}”的单位“${p.unitCode}”不在预算中`);
    if (p.parentCode !== null && !projects.has(p.parentCode))
      out.push(`项目“${p.code}”的一级项目“${p.parentCode}”不在预算中`);
  }
  for (const e of c.plan) {
    if (!units.has(e.unitCode)) out.push(`收入计划的单位“${e.unitCode}”不在预算中`);
  }
  for (const i of c.indicators) {
    if (!projects.has(i.projectCode)) out.push(`绩效指标的项目“${i.projectCode}”不在预算中`);
  }
  for (const l of c.lines) {
    if (!units.has(l.unitCode)) out.push(`第 ${l.id} 行明细的单位“${l.unitCode}”不在预算中`);
    if (l.projectCode !== null && !projects.has(l.projectCode))
      out.push(`第 ${l.id} 行明细的项目“${l.projectCode}”不在预算中`);
  }
  return out.slice(0, MAX_LISTED);
}

/**
 * The checks of typed and imported entries, against the new book holding the content's units
 * and projects (so references resolve as they will).
 */
export function contentEntryProblems(book: BookDb, c: BookContent): string[] {
  const out: string[] = [];
  for (const u of c.units) out.push(...unitProblems(book, u).map((p) => `单位“${u.code}”：${p}`));
  for (const p of c.projects)
    out.push(...projectProblems(book, p).map((m) => `项目“${p.code}”：${m}`));
  for (const e of c.plan)
    out.push(...planProblems(book, e).map((m) => `收入计划“${e.unitCode} ${e.fundSource}”：${m}`));
  for (const l of c.lines) {
    const { problems } = checkLineEntry(book, l);
    out.push(...problems.map((m) => `第 ${l.id} 行明细，${m}`));
    if (out.length >= MAX_LISTED) break;
  }
  try {
    sumFen(c.lines.map((l) => l.amountFen));
    sumFen(c.plan.map((e) => e.amountFen));
  } catch {
    out.push('明细或收入计划的金额合计超出可精确计算的范围（约 90 万亿元），金额可能被改动过');
  }
  return out.slice(0, MAX_LISTED);
}
