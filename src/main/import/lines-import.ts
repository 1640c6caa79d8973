/**
 * `lines:import` / `budgetdesk import-lines`: a CSV or XLSX of line items into the open book,
 * all or nothing. Units and projects the file names are created when new.
 */
import { bookCatalog } from '../ledger/book-catalog';
import { ApiFailure } from '../api/context';
import type { BookDb } from '../ledger/book-db';
import { insertLines } from '../ledger/lines';
import { listProjects, saveProject } from '../ledger/projects';
import { insertUnit, listUnits } from '../ledger/units';
import { LinesFileError, readLinesFile } from './lines-file';
import { checkHeader, parseRows, type RowsContext } from './lines-rows';

interface ImportResult {
  imported: number;
  unitsCreated: number;
  projectsCreated: number;
}

/** Throws ApiFailure('IMPORT_REJECTED', summary, one message per bad row); writes nothing then. */
export async function importLinesFile(
  book: BookDb,
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportResult> {
  let table;
  try {
    table = await readLinesFile(fileName, bytes);
  } catch (e) {
    if (e instanceof LinesFileError)
      throw new ApiFailure('IMPORT_REJECTED', `${e.message}。未导入任何数据。`, [e.message]);
    throw e;
  }
  const nonBlank = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const headerError = checkHeader(fileName, nonBlank[0]);
  if (headerError)
    throw new ApiFailure('IMPORT_REJECTED', `${headerError}。未导入任何数据。`, [headerError]);
  if (nonBlank.length < 2) {
    const msg = `“${fileName}”只有表头，没有明细行`;
    throw new ApiFailure('IMPORT_REJECTED', `${msg}。未导入任何数据。`, [msg]);
  }
  const info = book.info();
  const ctx: RowsContext = {
    catalog: bookCatalog(book),
    topUnitCode: info.unitCode,
    units: new Map(listUnits(book).map((u) => [u.code, { value: u, line: null }])),
    projects: new Map(listProjects(book).map((p) => [p.code, { value: p, line: null }])),
  };
  const parsed = parseRows(nonBlank.slice(1), ctx);
  if (parsed.errors.length) {
    throw new ApiFailure(
      'IMPORT_REJECTED',
      `“${fileName}”有 ${parsed.errors.length} 行有误，未导入任何数据。请按下列说明改正后重新导入。`,
      parsed.errors,
    );
  }
  book.transaction(() => {
    for (const u of parsed.newUnits) insertUnit(book, u);
    for (const p of [...parsed.newProjects].sort((a, b) => a.level - b.level)) saveProject(book, p);
    insertLines(book, parsed.lines);
  });
  return {
    imported: parsed.lines.length,
    unitsCreated: parsed.newUnits.length,
    projectsCreated: parsed.newProjects.length,
  };
}
