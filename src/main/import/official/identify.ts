/**
 * Which engine row a printed row is, from its texts: the total, a fixed row by its label, a
 * function row by its code, an economic pair by its two codes, a unit's 小计 or 类 row, a project
 * by its code or (table 12, which prints no codes) by its name among the book's projects.
 */
import type { Project } from '../../../shared/domain';
import type { Catalog } from '../../../shared/catalogs';
import type { FixedRow, RowSource, TableTemplate } from '../../../shared/tables/template';
import { bareLabel, norm, splitCode } from './text';

interface RowId {
  rowKey: string;
  code: string;
  label: string;
}

export interface IdentifyContext {
  catalog: Catalog;
  projects: readonly Project[];
}

const TOTAL_LABELS = new Set(['合计', '总计']);

function isTotal(texts: readonly string[], source: RowSource): boolean {
  const joined = norm(texts.join(''));
  if (TOTAL_LABELS.has(joined)) return true;
  const total = 'total' in source ? norm(source.total.label) : '';
  return 'total' in source && total === '' && texts.length === 0;
}

const TOTAL: RowId = { rowKey: 'total', code: '', label: '合计' };

/** A fixed row by its label, numbering and spaces ignored. */
function fixedRowOf(rows: readonly FixedRow[], texts: readonly string[]): RowId | null {
  const label = bareLabel(texts.join(''));
  const row = rows.find((r) => bareLabel(r.label) === label);
  return row ? { rowKey: `fixed:${row.key}`, code: '', label: row.label } : null;
}

/** Codes and names in a row's texts: "[301]工资福利支出" or "301" then "工资福利支出". */
function codesOf(texts: readonly string[]): { code: string; name: string }[] {
  const out: { code: string; name: string }[] = [];
  for (const t of texts) {
    const s = splitCode(t);
    if (s) out.push(s);
    else if (out.length > 0 && out[out.length - 1].name === '') out[out.length - 1].name = t.trim();
  }
  return out;
}

function unitRow(texts: readonly string[], t: TableTemplate, ctx: IdentifyContext): RowId | null {
  const source = t.rows;
  if (source.type !== 'units' && source.type !== 'projects') return null;
  const unitCode = texts.find((x) => /^\d{3,20}$/.test(x.trim()))?.trim();
  const rest = texts.filter((x) => x.trim() !== unitCode);
  const label = rest[rest.length - 1] ?? '';
  if (!unitCode) return null;
  if (/小计$/.test(norm(label))) return { rowKey: `unit:${unitCode}`, code: unitCode, label };
  if (source.type === 'units') {
    const bare = norm(label).replace(/^\[?\d{3}\]?/, '');
    const fromLabels = Object.entries(source.classLabels ?? {}).find(
      ([, v]) => norm(v) === bare,
    )?.[0];
    const fromCatalog = ctx.catalog.data.deptEconomic.find(
      (e) => e.code.length === 3 && norm(e.name) === bare,
    )?.code;
    const cls = fromLabels ?? fromCatalog ?? /^\[?(\d{3})\]?/.exec(norm(label))?.[1];
    return cls ? { rowKey: `unit:${unitCode}:${cls}`, code: cls, label } : null;
  }
  const other = source.otherKinds?.find((o) => norm(o.label) === norm(label));
  if (other) return { rowKey: `other:${unitCode}:${other.kind}`, code: '', label };
  const name = norm(label).replace(/^[-—－]+/, '');
  const project =
    ctx.projects.find((p) => norm(p.name) === name && p.unitCode === unitCode) ??
    ctx.projects.find((p) => norm(p.name) === name);
  return project
    ? { rowKey: `project:${project.code}`, code: project.code, label: project.name }
    : null;
}

/** The row key of one printed row (one half of a side-by-side table: pass that half's rows). */
export function identifyRow(
  t: TableTemplate,
  texts: readonly string[],
  ctx: IdentifyContext,
  half?: readonly FixedRow[],
): RowId | null {
  const source = t.rows;
  if (half) return fixedRowOf(half, texts);
  if (isTotal(texts, source)) return TOTAL;
  switch (source.type) {
    case 'fixed':
      return fixedRowOf(source.rows, texts);
    case 'sideBySide':
      return null;
    case 'functionHierarchy': {
      const c = codesOf(texts)[0];
      return c && /^\d{3}(\d{2}){0,2}$/.test(c.code)
        ? {
            rowKey: `fn:${c.code}`,
            code: c.code,
            label: c.name || ctx.catalog.functionName(c.code),
          }
        : null;
    }
    case 'economicPairs': {
      const [dept, gov] = codesOf(texts);
      if (!dept || !gov) return null;
      return {
        rowKey: `pair:${dept.code}|${gov.code}`,
        code: dept.code,
        label: dept.name || (ctx.catalog.deptEcon(dept.code)?.name ?? ''),
      };
    }
    case 'units':
      return unitRow(texts, t, ctx);
    case 'projects': {
      if (source.layout === 'level1') {
        const c = texts.map((x) => x.trim()).find((x) => /^\d{6,}$/.test(x));
        if (!c) return null;
        const name =
          texts.find((x) => x.trim() !== c)?.trim() ??
          ctx.projects.find((p) => p.code === c)?.name ??
          '';
        return { rowKey: `project:${c}`, code: c, label: name };
      }
      return unitRow(texts, t, ctx);
    }
  }
}
