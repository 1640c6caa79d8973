/** Line items repository: the fact table. Bulk insert uses one prepared statement. */
import type { LineItem, LineItemInput } from '../../shared/domain';
import type { BookDb } from './book-db';
import { statement } from './statements';

const SELECT = `SELECT id, unit_code AS unitCode, function_code AS functionCode,
  dept_econ_code AS deptEconCode, gov_econ_code AS govEconCode, kind, project_code AS projectCode,
  fund_source AS fundSource, amount_fen AS amountFen FROM line_items`;

const COLUMNS = `unit_code = @unitCode, function_code = @functionCode,
  dept_econ_code = @deptEconCode, gov_econ_code = @govEconCode, kind = @kind,
  project_code = @projectCode, fund_source = @fundSource, amount_fen = @amountFen`;

const INSERT = `INSERT INTO line_items (unit_code, function_code, dept_econ_code, gov_econ_code,
  kind, project_code, fund_source, amount_fen) VALUES (@unitCode, @functionCode, @deptEconCode,
  @govEconCode, @kind, @projectCode, @fundSource, @amountFen)`;

const INSERT_POSITIONAL = `INSERT INTO line_items (unit_code, function_code, dept_econ_code,
  gov_econ_code, kind, project_code, fund_source, amount_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** The fields of a line as a row (lineRows), in order. */
export const LINE_ROW_FIELDS = [
  'id',
  'unitCode',
  'functionCode',
  'deptEconCode',
  'govEconCode',
  'kind',
  'projectCode',
  'fundSource',
  'amountFen',
] as const;

/** One line as the values of LINE_ROW_FIELDS. */
export type LineRow = [
  id: number,
  unitCode: string,
  functionCode: string,
  deptEconCode: string,
  govEconCode: string,
  kind: string,
  projectCode: string | null,
  fundSource: string,
  amountFen: number,
];

const SELECT_ROWS = `SELECT id, unit_code, function_code, dept_econ_code, gov_econ_code, kind,
  project_code, fund_source, amount_fen FROM line_items ORDER BY id`;

/**
 * Every line in entry order as a plain row, read one at a time from SQLite: for readers that
 * consume the lines once (the table engine's arrays, the hidden book part, CSV) and need no
 * object per line. Finish (or break out of) the loop before writing to the book.
 */
export function lineRows(book: BookDb): IterableIterator<LineRow> {
  // Its own statement: a cached one would be busy if a caller nested two of these loops.
  return book.db.prepare(SELECT_ROWS).raw().iterate() as IterableIterator<LineRow>;
}

/** Every line in entry order as an object, read in one pass of raw rows. */
function allLines(book: BookDb): LineItem[] {
  const rows = statement(book, SELECT_ROWS).raw().all() as LineRow[];
  const out: LineItem[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = lineOf(rows[i]);
  return out;
}

/** A row as a line item. */
export function lineOf(r: LineRow): LineItem {
  return {
    id: r[0],
    unitCode: r[1],
    functionCode: r[2],
    deptEconCode: r[3],
    govEconCode: r[4],
    kind: r[5] as LineItem['kind'],
    projectCode: r[6],
    fundSource: r[7] as LineItem['fundSource'],
    amountFen: r[8],
  };
}

/** Lines in entry order, optionally of one unit. */
export function listLines(book: BookDb, filter: { unitCode?: string } = {}): LineItem[] {
  if (filter.unitCode !== undefined) {
    return book.db
      .prepare(`${SELECT} WHERE unit_code = ? ORDER BY id`)
      .all(filter.unitCode) as LineItem[];
  }
  return allLines(book);
}

export function getLine(book: BookDb, id: number): LineItem | undefined {
  return book.db.prepare(`${SELECT} WHERE id = ?`).get(id) as LineItem | undefined;
}

export function countLines(book: BookDb): number {
  return statement(book, 'SELECT count(*) FROM line_items').pluck().get() as number;
}

function params(l: LineItemInput): Record<string, string | number | null> {
  return {
    unitCode: l.unitCode,
    functionCode: l.functionCode,
    deptEconCode: l.deptEconCode,
    govEconCode: l.govEconCode,
    kind: l.kind,
    projectCode: l.projectCode,
    fundSource: l.fundSource,
    amountFen: l.amountFen,
  };
}

/** Inserts all lines in one transaction; returns how many. Any ids in the input are ignored. */
export function insertLines(book: BookDb, lines: readonly LineItemInput[]): number {
  // Positional values: binding by name costs a lookup per value, 800,000 for an import of 100,000.
  const stmt = statement(book, INSERT_POSITIONAL);
  return book.transaction(() => {
    for (const l of lines) {
      stmt.run(
        l.unitCode,
        l.functionCode,
        l.deptEconCode,
        l.govEconCode,
        l.kind,
        l.projectCode,
        l.fundSource,
        l.amountFen,
      );
    }
    return lines.length;
  });
}

export function insertLine(book: BookDb, line: LineItemInput): LineItem {
  const stmt = book.db.prepare(INSERT);
  const id = Number(stmt.run(params(line)).lastInsertRowid);
  return { ...line, id };
}

/** Updates a line by id; false when no such line. */
export function updateLine(book: BookDb, line: LineItem): boolean {
  return (
    book.db
      .prepare(`UPDATE line_items SET ${COLUMNS} WHERE id = @id`)
      .run({ ...params(line), id: line.id }).changes > 0
  );
}

/** Deletes the given lines in one transaction; returns how many existed. */
export function deleteLines(book: BookDb, ids: readonly number[]): number {
  const stmt = book.db.prepare('DELETE FROM line_items WHERE id = ?');
  return book.transaction(() => ids.reduce((n, id) => n + stmt.run(id).changes, 0));
}

const INSERT_WITH_ID = `INSERT INTO line_items (id, unit_code, function_code, dept_econ_code,
  gov_econ_code, kind, project_code, fund_source, amount_fen) VALUES (@id, @unitCode,
  @functionCode, @deptEconCode, @govEconCode, @kind, @projectCode, @fundSource, @amountFen)`;

/** Re-creates a deleted line under its old id (undo of a delete); fails if the id is taken. */
export function insertLineWithId(book: BookDb, line: LineItem): LineItem {
  statement(book, INSERT_WITH_ID).run({ ...params(line), id: line.id });
  return { ...line };
}
