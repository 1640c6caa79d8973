/**
 * The tolerant reader of official-layout workbooks (made by another tool or typed from the
 * published tables): finds the pack's tables, reads each, and either returns the preview (what
 * was read, what was not recognised, which tables are missing) or refuses the whole file with a
 * WorkbookFileError that lists what was found and what is missing. Nothing here writes.
 */
import type { Catalog } from '../../../shared/catalogs';
import type { Project } from '../../../shared/domain';
import { countFigures, type LastYearPreview, type PreviewTable } from '../../../shared/last-year';
import type { LoadedPack } from '../../../shared/tables/packs';
import { gridOf } from './grid';
import { loadWorkbook, sheetHasValues, WorkbookFileError } from './load-workbook';
import { locateTables } from './locate';
import { readTable } from './read-table';

interface OfficialReadContext {
  pack: LoadedPack;
  catalog: Catalog;
  /** The book's projects: table 12 names projects without codes. */
  projects: readonly Project[];
}

export type OfficialRead = Omit<LastYearPreview, 'previewId'>;

function tableList(numbers: readonly number[]): string {
  return numbers.length ? numbers.map((n) => `表${n}`).join('、') : '无';
}

export async function readOfficialWorkbook(
  fileName: string,
  bytes: Uint8Array,
  ctx: OfficialReadContext,
): Promise<OfficialRead> {
  const all = ctx.pack.tables.map((t) => t.number);
  let wb: Awaited<ReturnType<typeof loadWorkbook>>;
  try {
    wb = await loadWorkbook(fileName, bytes);
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    // Nothing could be read: say so in the same terms as the other refusals.
    throw new WorkbookFileError(
      e.code,
      `${e.message}。找到：无；缺少：${tableList(all)}`,
      e.details,
    );
  }
  const sheets = wb.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined);
  const withValues = sheets.filter(sheetHasValues);
  if (withValues.length === 0) {
    throw new WorkbookFileError(
      'EMPTY_WORKBOOK',
      `“${fileName}”是空工作簿：${sheets.length} 个工作表都没有内容。找到：无；缺少：${tableList(all)}。请选择填有上年公开表的工作簿`,
    );
  }
  const grids = withValues.map(gridOf);
  const { located, duplicates } = locateTables(grids, ctx.pack.tables);
  const sheetNames = grids.map((g) => `“${g.sheet}”`).join('、');
  if (duplicates.length) {
    const details = duplicates.map(
      (d) => `表${d.tableNo}“${d.title}”出现了 ${d.places.length} 次：${d.places.join('；')}`,
    );
    throw new WorkbookFileError(
      'BAD_TABLE',
      `“${fileName}”中有重复的表（${tableList(duplicates.map((d) => d.tableNo))}），无法确定以哪一份为准，未导入任何数据。` +
        `请删去多余的一份（续页请放在同一工作表，或把工作表命名为“表N（续）”）。找到：${tableList(located.map((l) => l.template.number))}`,
      details,
    );
  }
  const reads = located
    .map((l) => readTable(l, ctx))
    .sort((a, b) => (a.table?.tableNo ?? 0) - (b.table?.tableNo ?? 0));
  const tables = reads.map((r) => r.table).filter((t): t is PreviewTable => t !== null);
  const found = tables.map((t) => t.tableNo);
  const missing = all.filter((n) => !found.includes(n));
  const unrecognised = reads.flatMap((r) => r.unrecognised);
  if (tables.length === 0) {
    throw new WorkbookFileError(
      'NO_TABLE',
      `“${fileName}”中没有可识别的公开表：工作表 ${sheetNames} 里找不到任何一张表的标题（如“${ctx.pack.tables[0].title}”）和表头，` +
        `工作表也不是按“表1”…“表${Math.max(...all)}”命名。找到：无；缺少：${tableList(all)}`,
      unrecognised,
    );
  }
  const bad = reads.flatMap((r) => r.badAmounts);
  if (bad.length) {
    throw new WorkbookFileError(
      'BAD_TABLE',
      `“${fileName}”有 ${bad.length} 处金额不是数字，未导入任何数据；请改正后重新导入。找到：${tableList(found)}；缺少：${tableList(missing)}`,
      bad,
    );
  }
  return {
    fileName,
    tables,
    missingTables: missing.map((n) => ({ tableNo: n, title: ctx.pack.table(n).title })),
    unrecognised,
    figureCount: countFigures(tables),
  };
}
