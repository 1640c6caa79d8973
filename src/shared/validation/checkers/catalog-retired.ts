/**
 * Lines whose code an imported 科目表 dropped (kept in the book's catalog as 停用 so they still
 * print): each line is named — unit, kind, project, code and its name — so the clerk can recode it.
 */
import { catalogOfBook, type Catalog, type ClassificationEntry } from '../../catalogs';
import type { BookSnapshot, LineItem } from '../../domain';
import { formatWan } from '../../money';
import { lineEntry, placeOf } from '../context';
import { NO_AMOUNTS, type Finding } from '../finding';
import { fromRule, type Checker } from './checker';

type Field = 'function' | 'dept' | 'gov';

const FIELD_NAMES: Record<Field, string> = {
  function: '功能科目',
  dept: '部门经济科目',
  gov: '政府经济科目',
};

function entryOf(catalog: Catalog, field: Field, code: string): ClassificationEntry | undefined {
  if (field === 'function') return catalog.function(code);
  return field === 'dept' ? catalog.deptEcon(code) : catalog.govEcon(code);
}

function codeOf(line: LineItem, field: Field): string {
  if (field === 'function') return line.functionCode;
  return field === 'dept' ? line.deptEconCode : line.govEconCode;
}

/** "江门市…信息中心，项目支出“信息化运维”，1.20 万元" — the line as the clerk knows it. */
function describeLine(book: BookSnapshot, line: LineItem): string {
  const unit = book.units.find((u) => u.code === line.unitCode)?.name ?? line.unitCode;
  const project = line.projectCode
    ? book.projects.find((p) => p.code === line.projectCode)?.name
    : undefined;
  const kind = project ? `${line.kind}“${project}”` : line.kind;
  return `${unit}，${kind}，${line.fundSource}，${formatWan(line.amountFen)} 万元`;
}

export const catalogRetired: Checker<'catalog-retired'> = (ctx, rule) => {
  let catalog: Catalog;
  try {
    catalog = catalogOfBook(ctx.book);
  } catch {
    return []; // the catalog-codes rule reports a year without a catalog
  }
  if (!catalog.hasRetired) return [];
  const findings: Finding[] = [];
  for (const line of ctx.book.lines) {
    for (const field of ['function', 'dept', 'gov'] as const) {
      const code = codeOf(line, field);
      const e = code ? entryOf(catalog, field, code) : undefined;
      if (!e?.retired) continue;
      findings.push({
        key: `${rule.id}:line:${line.id}:${field}`,
        ...fromRule(rule),
        message:
          `${placeOf(ctx, line)}（${describeLine(ctx.book, line)}）使用的${FIELD_NAMES[field]}` +
          `“${code} ${e.name}”已不在导入的 ${catalog.year} 年科目表中（已停用）。请打开该条明细，改为科目表中现行的科目。`,
        ...NO_AMOUNTS,
        where: { cells: [], entries: [lineEntry(ctx, line)] },
      });
    }
  }
  return findings;
};
