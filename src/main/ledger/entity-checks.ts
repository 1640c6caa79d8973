/**
 * Checks of units, projects and plan entries as the app sends them (over IPC or HTTP the
 * argument is untrusted data). Each returns Chinese messages naming the field; empty = fine.
 */
import {
  FUND_SOURCES,
  UNIT_TYPES,
  type IncomePlanEntry,
  type Project,
  type Unit,
} from '../../shared/domain';
import type { BookDb } from './book-db';
import { getProject, projectUsage } from './projects';
import { getUnit } from './units';

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const fen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

export function unitProblems(book: BookDb, u: Unit): string[] {
  const out: string[] = [];
  if (!text(u?.code)) out.push('“单位编码”不能为空');
  if (!text(u?.name)) out.push('“单位名称”不能为空');
  if (!(UNIT_TYPES as readonly unknown[]).includes(u?.type))
    out.push(`“单位类型”应为 ${UNIT_TYPES.join('、')} 之一`);
  if (out.length) return out;
  const top = book.info().unitCode;
  if (u.code === top && u.parentCode !== null)
    out.push(`单位“${u.code}”是本预算的主管单位，不能有上级单位`);
  if (u.parentCode !== null) {
    if (typeof u.parentCode !== 'string' || !getUnit(book, u.parentCode)) {
      out.push(`“上级单位”“${String(u.parentCode)}”不是本预算中的单位，请先添加上级单位`);
    } else {
      // Walk up from the parent: reaching the unit itself would make a cycle.
      for (let p: string | null = u.parentCode, n = 0; p !== null && n < 100; n++) {
        if (p === u.code) {
          out.push(`单位“${u.code}”不能是自己的上级（直接或间接）`);
          break;
        }
        p = getUnit(book, p)?.parentCode ?? null;
      }
    }
  }
  return out;
}

export function projectProblems(book: BookDb, p: Project): string[] {
  const out: string[] = [];
  if (!text(p?.code)) out.push('“项目编码”不能为空');
  if (!text(p?.name)) out.push('“项目名称”不能为空');
  if (p?.level !== 1 && p?.level !== 2) out.push('“项目级次”应为 1（一级项目）或 2（二级项目）');
  if (typeof p?.isKey !== 'boolean') out.push('“重点项目”应为是或否');
  if (!(p?.approvedFen === null || fen(p?.approvedFen)))
    out.push('“项目库批复金额”应为整数分或不填');
  for (const [k, label] of [
    ['procurementGoodsFen', '政府采购-货物'],
    ['procurementWorksFen', '政府采购-工程'],
    ['procurementServicesFen', '政府采购-服务'],
  ] as const) {
    if (!fen(p?.[k]) || p[k] < 0) out.push(`“${label}”应为不小于 0 的整数分`);
  }
  if (out.length) return out;
  if (!getUnit(book, p.unitCode)) out.push(`“所属单位”“${p.unitCode}”不是本预算中的单位`);
  if (p.level === 1 && p.parentCode !== null) out.push('一级项目不能有上级项目');
  if (p.level === 2) {
    const parent = p.parentCode === null ? undefined : getProject(book, p.parentCode);
    if (!parent)
      out.push(`二级项目须挂在已有的一级项目下（“${String(p.parentCode ?? '')}”不存在）`);
    else if (parent.level !== 1) out.push(`“${parent.code}”是二级项目，二级项目只能挂在一级项目下`);
    else if (parent.unitCode !== p.unitCode)
      out.push(`一级项目“${parent.code}”属于单位“${parent.unitCode}”，与本项目的单位不同`);
  }
  const existing = getProject(book, p.code);
  if (existing && existing.level !== p.level) {
    const use = projectUsage(book, p.code);
    if (use.lines || use.children) {
      out.push(`项目“${p.code}”已有 ${use.lines} 条明细、${use.children} 个下级项目，不能改变级次`);
    }
  }
  return out;
}

export function planProblems(book: BookDb, e: IncomePlanEntry): string[] {
  const out: string[] = [];
  if (!text(e?.unitCode) || !getUnit(book, e.unitCode))
    out.push(`“单位”“${String(e?.unitCode ?? '')}”不是本预算中的单位`);
  if (!(FUND_SOURCES as readonly unknown[]).includes(e?.fundSource))
    out.push(`“资金来源”应为 ${FUND_SOURCES.join('、')} 之一`);
  if (!fen(e?.amountFen)) out.push('“金额”应为整数分');
  return out;
}
