/**
 * Why a merge must be refused, each reason a Chinese sentence naming the file and what to do:
 * another budget year or template family, a unit code that is already a different unit of the
 * department (or another merged book's), a project code owned by another unit, codes the
 * department's catalog lacks. Nothing is stored when any reason is found.
 */
import type { Catalog } from '../catalogs';
import type { BookSnapshot } from '../domain';
import { broughtUnits, packFamily, previouslyBrought } from './combine';
import type { MergeSourceRecord } from './types';

/** A unit book and where it was read from. */
interface MergeInput {
  path: string;
  snapshot: BookSnapshot;
}

/** At most this many code problems are listed per book (the rest counted). */
const MAX_CODE_PROBLEMS = 20;

function bookProblems(dept: BookSnapshot, input: MergeInput): string[] {
  const { path, snapshot: unit } = input;
  const out: string[] = [];
  if (unit.info.year !== dept.info.year) {
    out.push(
      `“${path}”是 ${unit.info.year} 年的预算，本部门预算是 ${dept.info.year} 年：只能汇总同一年度的单位预算，请选择该单位 ${dept.info.year} 年的预算文件`,
    );
  }
  if (packFamily(unit.info.packId) !== packFamily(dept.info.packId)) {
    out.push(
      `“${path}”使用公开表模板“${unit.info.packId}”，本部门使用“${dept.info.packId}”：两者不是同一地区的表式，不能汇总`,
    );
  }
  if (unit.info.unitCode === dept.info.unitCode) {
    out.push(
      `“${path}”的单位编码 ${unit.info.unitCode} 就是本部门自己：汇总只收下属单位的预算，请选择下属单位的预算文件`,
    );
  }
  return out;
}

function unitProblems(
  dept: BookSnapshot,
  records: readonly MergeSourceRecord[],
  input: MergeInput,
  before: Set<string>,
): string[] {
  const out: string[] = [];
  for (const u of input.snapshot.units) {
    // The department itself is refused by bookProblems; a unit this book brought before is replaced.
    if (u.code === dept.info.unitCode || before.has(u.code)) continue;
    const there = dept.units.find((x) => x.code === u.code);
    if (!there) continue;
    const other = records.find((r) => r.units.includes(u.code));
    const ownData =
      dept.lines.some((l) => l.unitCode === u.code) ||
      dept.projects.some((p) => p.unitCode === u.code) ||
      dept.plan.some((e) => e.unitCode === u.code);
    if (other) {
      out.push(
        `“${input.path}”中的单位编码 ${u.code}（${u.name}）已由“${other.sourcePath}”汇总带入本部门预算：同一编码不能是两个单位，请核对两本预算的单位编码`,
      );
    } else if (there.name !== u.name || ownData) {
      out.push(
        `“${input.path}”中的单位编码 ${u.code}（${u.name}）在本部门预算中已是“${there.name}”${ownData ? '，且已录有明细、项目或收入计划' : ''}：请核对单位编码，或先在“单位概况”中处理本部门的该单位`,
      );
    }
  }
  return out;
}

function projectProblems(
  dept: BookSnapshot,
  input: MergeInput,
  mine: Set<string>,
  gone: Set<string>,
): string[] {
  const out: string[] = [];
  for (const p of input.snapshot.projects) {
    const there = dept.projects.find((x) => x.code === p.code && !gone.has(x.unitCode));
    if (there && !mine.has(there.unitCode)) {
      out.push(
        `“${input.path}”中的项目编码 ${p.code}（${p.name}）在本部门预算中属于单位 ${there.unitCode}（项目“${there.name}”）：一个项目只能属于一个单位，请核对项目编码`,
      );
    }
  }
  return out;
}

function codeProblems(catalog: Catalog, input: MergeInput): string[] {
  const out: string[] = [];
  for (const l of input.snapshot.lines) {
    const missing: string[] = [];
    if (!catalog.function(l.functionCode)) missing.push(`功能科目“${l.functionCode}”`);
    if (l.deptEconCode && !catalog.deptEcon(l.deptEconCode))
      missing.push(`部门经济科目“${l.deptEconCode}”`);
    if (l.govEconCode && !catalog.govEcon(l.govEconCode))
      missing.push(`政府经济科目“${l.govEconCode}”`);
    if (missing.length)
      out.push(`“${input.path}”明细第 ${l.id} 行（单位 ${l.unitCode}）：${missing.join('、')}`);
  }
  if (out.length === 0) return [];
  const shown = out.slice(0, MAX_CODE_PROBLEMS);
  const more = out.length > shown.length ? `（另有 ${out.length - shown.length} 行同样问题）` : '';
  return [
    ...shown.map(
      (s) => `${s}不在本部门预算的科目表中，请在单位预算中改为本部门科目表中的科目后再汇总`,
    ),
    ...(more ? [`“${input.path}”${more}`] : []),
  ];
}

/** Every reason to refuse merging `inputs` into `dept`; empty when the merge can go ahead. */
export function mergeProblems(
  dept: BookSnapshot,
  records: readonly MergeSourceRecord[],
  inputs: readonly MergeInput[],
  catalog: Catalog,
): string[] {
  const out: string[] = [];
  const gone = previouslyBrought(
    records,
    inputs.map((i) => i.snapshot),
  );
  const seenUnits = new Map<string, string>();
  const seenProjects = new Map<string, string>();
  for (const input of inputs) {
    const before = new Set(
      records.filter((x) => x.unitCode === input.snapshot.info.unitCode).flatMap((r) => r.units),
    );
    const mine = new Set([...broughtUnits(input.snapshot), ...before]);
    out.push(...bookProblems(dept, input));
    out.push(...unitProblems(dept, records, input, before));
    out.push(...projectProblems(dept, input, mine, gone));
    out.push(...codeProblems(catalog, input));
    for (const u of input.snapshot.units) {
      const first = seenUnits.get(u.code);
      if (first)
        out.push(
          `“${first}”和“${input.path}”都含单位编码 ${u.code}：同一次汇总中一个单位只能来自一本预算`,
        );
      else seenUnits.set(u.code, input.path);
    }
    for (const p of input.snapshot.projects) {
      const first = seenProjects.get(p.code);
      if (first)
        out.push(`“${first}”和“${input.path}”都含项目编码 ${p.code}：一个项目只能属于一个单位`);
      else seenProjects.set(p.code, input.path);
    }
  }
  return out;
}
