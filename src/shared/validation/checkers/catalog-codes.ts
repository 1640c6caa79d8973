/**
 * Every code on a line must exist in the book year's catalog: 功能分类 项 (7 digits), 部门经济分类 款
 * and 政府经济分类 款 (5 digits). A line of a kind without an economic code (结转下年) may leave both
 * economic codes empty.
 */
import { CatalogError, catalogOfBook, type Catalog } from '../../catalogs';
import type { LineItem } from '../../domain';
import { lineEntry, placeOf, type ValidationContext } from '../context';
import { NO_AMOUNTS, type Finding } from '../finding';
import { fromRule, type Checker, type RuleOf } from './checker';

const KINDS_WITHOUT_ECON: readonly string[] = ['结转下年'];

type Field = { name: string; column: string; check: (c: Catalog, code: string) => void };

const FIELDS: Record<'function' | 'dept' | 'gov', Field> = {
  function: {
    name: '功能科目编码',
    column: 'functionCode',
    check: (c, code) => c.requireFunctionItem(code),
  },
  dept: {
    name: '部门经济科目编码',
    column: 'deptEconCode',
    check: (c, code) => c.requireDeptEcon(code),
  },
  gov: {
    name: '政府经济科目编码',
    column: 'govEconCode',
    check: (c, code) => c.requireGovEcon(code),
  },
};

function codeOf(line: LineItem, field: keyof typeof FIELDS): string {
  if (field === 'function') return line.functionCode;
  return field === 'dept' ? line.deptEconCode : line.govEconCode;
}

function lineFinding(
  ctx: ValidationContext,
  rule: RuleOf<'catalog-codes'>,
  line: LineItem,
  field: keyof typeof FIELDS,
  why: string,
): Finding {
  return {
    key: `${rule.id}:line:${line.id}:${field}`,
    ...fromRule(rule),
    message: `${placeOf(ctx, line)}的“${FIELDS[field].name}”有误：${why}。请打开该条明细，改为本年度科目目录中的编码。`,
    ...NO_AMOUNTS,
    where: { cells: [], entries: [lineEntry(ctx, line)] },
  };
}

export const catalogCodes: Checker<'catalog-codes'> = (ctx, rule) => {
  let catalog: Catalog;
  try {
    catalog = catalogOfBook(ctx.book);
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
    return [
      {
        key: `${rule.id}:year:${ctx.book.info.year}`,
        ...fromRule(rule),
        message: `${e.message}，无法核对科目编码；请确认预算年度是否填写正确。`,
        ...NO_AMOUNTS,
        where: { cells: [], entries: [] },
      },
    ];
  }
  const findings: Finding[] = [];
  // The lines with a wrong code, each its own group (kept across the runs of incremental 审核).
  const wrong = ctx.groups.get(`${rule.id}:lines`, (line) =>
    problemsOf(catalog, line).length > 0 ? String(line.id) : null,
  );
  for (const [line] of wrong.values()) {
    for (const [field, why] of problemsOf(catalog, line)) {
      findings.push(lineFinding(ctx, rule, line, field, why));
    }
  }
  return findings;
};

type Problem = [field: keyof typeof FIELDS, why: string];

/**
 * What is wrong with a line's codes, by catalog and line object: lines are immutable and an edit
 * replaces only the lines it changed, so 审核 after an edit looks up the rest.
 */
const VERDICTS = new WeakMap<Catalog, WeakMap<LineItem, Problem[]>>();

function problemsOf(catalog: Catalog, line: LineItem): Problem[] {
  let byLine = VERDICTS.get(catalog);
  if (!byLine) VERDICTS.set(catalog, (byLine = new WeakMap()));
  let problems = byLine.get(line);
  if (problems) return problems;
  problems = [];
  for (const field of ['function', 'dept', 'gov'] as const) {
    const code = codeOf(line, field);
    if (field !== 'function' && code === '' && KINDS_WITHOUT_ECON.includes(line.kind)) continue;
    if (code === '') {
      problems.push([field, `未填写（“${line.kind}”须填写该编码）`]);
      continue;
    }
    try {
      FIELDS[field].check(catalog, code);
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      problems.push([field, e.message]);
    }
  }
  byLine.set(line, problems);
  return problems;
}
