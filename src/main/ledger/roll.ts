/**
 * 结转到下一年度: a new book for the next budget year, started from this one. It takes the units,
 * every project as a continuing project (codes kept; the 项目库 amount and 政府采购 are per year,
 * so they start empty), the projects' performance targets, the 第一部分 texts, and the basic-
 * expenditure lines (人员经费, 公用经费) as the starting draft, the clerk's 表注 (also a draft);
 * this year's printed tables become the new book's last year's figures. Project lines, the income
 * plan, assets and reasons are the new year's own work and are not carried.
 *
 * Lines whose codes the new year's catalog no longer has are carried, not refused: the draft is
 * the clerk's to edit, and one retired code should not block the whole roll. The report lists each
 * such line by its codes, and the 审核 catalog check keeps reporting it until it is recoded.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { getCatalog, type Catalog } from '../../shared/catalogs';
import { figuresOfTables } from '../../shared/compare';
import { BASIC_KINDS, budgetYearProblem, type LineItem } from '../../shared/domain';
import type { RollResult } from '../../shared/last-year';
import { fenToYuanPlain } from '../../shared/money';
import { deriveTables } from '../../shared/tables/engine';
import { getPackDefinition, packIdForYear, type PackDefinition } from '../../shared/tables/packs';
import { buildBookFile, type BookDb } from './book-db';
import { BookExistsError, BookFolderMissingError, BookError } from './errors';
import { replaceLastYear } from './last-year';
import { loadSnapshot, writeSnapshot } from './snapshot';
import { getTexts } from './texts';

/** The report of a roll (the shared type, so the UI shows it as is). */
type RollReport = RollResult;

class RollError extends BookError {}

/** Problems of one line's codes against the new year's catalog (empty when all exist). */
function codeProblems(line: LineItem, catalog: Catalog): string[] {
  const out: string[] = [];
  if (!catalog.function(line.functionCode)) out.push(`功能科目“${line.functionCode}”`);
  if (line.deptEconCode && !catalog.deptEcon(line.deptEconCode))
    out.push(`部门经济科目“${line.deptEconCode}”`);
  if (line.govEconCode && !catalog.govEcon(line.govEconCode))
    out.push(`政府经济科目“${line.govEconCode}”`);
  return out;
}

/**
 * The new year's pack: a book on a built-in pack moves to that year's built-in pack; a book
 * made from a pack file keeps the pack it carries (its layout is the clerk's, not the year's).
 */
function packFor(year: number, carried: PackDefinition | undefined): PackDefinition {
  if (carried) return carried;
  const id = packIdForYear(year);
  if (!id) throw new RollError('NO_PACK', `没有 ${year} 年的公开表式，暂不能结转到 ${year} 年`);
  return getPackDefinition(id);
}

export function rollBook(source: BookDb, targetPath: string, year: number): RollReport {
  const snap = loadSnapshot(source);
  if (!Number.isInteger(year) || year !== snap.info.year + 1) {
    throw new RollError(
      'BAD_YEAR',
      `结转的年度应为 ${snap.info.year + 1}（本预算为 ${snap.info.year} 年），收到“${String(year)}”`,
    );
  }
  const outOfRange = budgetYearProblem(year);
  if (outOfRange) throw new RollError('BAD_YEAR', `${outOfRange}，不能结转到 ${year} 年`);
  const catalog = getCatalog(year);
  const pack = packFor(year, snap.pack);
  if (existsSync(targetPath)) throw new BookExistsError(targetPath);
  if (!existsSync(dirname(targetPath)))
    throw new BookFolderMissingError(targetPath, dirname(targetPath));
  const top = snap.units.find((u) => u.code === snap.info.unitCode);
  if (!top)
    throw new RollError('NO_UNIT', `预算“${source.path}”缺少本单位（${snap.info.unitCode}）的信息`);

  const figures = figuresOfTables(deriveTables(snap));
  const lines = snap.lines.filter((l) => BASIC_KINDS.includes(l.kind));
  const retiredCodes = lines.flatMap((l) => {
    const p = codeProblems(l, catalog);
    return p.length
      ? [
          `明细第 ${l.id} 行（${l.unitCode}，${l.kind}，${fenToYuanPlain(l.amountFen)} 元）：${p.join('、')}在 ${year} 年科目中已不存在，请改为 ${year} 年的科目`,
        ]
      : [];
  });
  const projects = snap.projects.map((p) => ({
    ...p,
    approvedFen: null,
    procurementGoodsFen: 0,
    procurementWorksFen: 0,
    procurementServicesFen: 0,
  }));

  buildBookFile(targetPath, 'rolling', { year, packId: pack.id, pack, unit: top }, (book) =>
    book.transaction(() => {
      writeSnapshot(book, {
        units: snap.units,
        projects,
        lines: lines.map(({ id: _id, ...rest }) => rest),
        plan: [],
        indicators: (snap.indicators ?? []).map(({ id: _id, ...rest }) => rest),
        texts: getTexts(source, top.code),
        // A 表注 explains what the fund money is for; it usually still does next year.
        tableNotes: snap.tableNotes,
      });
      replaceLastYear(book, figures);
    }),
  );
  return {
    path: targetPath,
    year,
    packId: pack.id,
    packName: pack.name,
    units: snap.units.length,
    projects: projects.length,
    lines: lines.length,
    lastYearFigures: figures.length,
    retiredCodes,
  };
}
