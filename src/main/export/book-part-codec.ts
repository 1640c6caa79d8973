/**
 * Version 2 of the hidden whole-book part: the book's JSON, gzip-compressed and written as base64
 * text in cells of at most 30,000 characters (Excel allows 32,767). The line items — nearly all
 * of a large book — are stored by column, streamed row by row from SQLite without an object per
 * line: ids as steps from the previous id, each text field as an index into its distinct values,
 * amounts as numbers. A2 holds the chunk count and the sha256 of the JSON text, checked before
 * anything is read from it. Version 1 (plain JSON in chunks) is still read by import/book-part.ts.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { LINE_ROW_FIELDS, type LineRow } from '../ledger/lines';

export const BOOK_PART_MARKER_V2 = 'BUDGETDESK-BOOK v2';
/** How the v2 payload is encoded, as written in its A2 metadata. */
export const BOOK_PART_ENCODING = 'gzip+base64';
/** Characters per cell. */
const BOOK_PART_CHUNK = 30_000;
/** The fields of LINE_ROW_FIELDS held as indexes into their distinct values (all but id, amount). */
export const TEXT_FIELDS = LINE_ROW_FIELDS.slice(1, 8);

/** The lines of a v2 part, by column. */
export interface LineColumns {
  count: number;
  /** Each line's id minus the previous line's (the first line: its id). */
  idSteps: number[];
  /** Per text field (TEXT_FIELDS order): its distinct values, in first-seen order. */
  values: (string | null)[][];
  /** Per text field: for each line, the index of its value in `values`. */
  indexes: number[][];
  amountFen: number[];
}

/** The part ready for its sheet: metadata for A2 and the base64 chunks for A3…. */
export interface EncodedBookPart {
  meta: { chunks: number; sha256: string; encoding: typeof BOOK_PART_ENCODING; lines: number };
  chunks: string[];
}

/** Gathers rows into LineColumns. */
function toColumns(lines: Iterable<LineRow>): LineColumns {
  const cols: LineColumns = {
    count: 0,
    idSteps: [],
    values: TEXT_FIELDS.map(() => []),
    indexes: TEXT_FIELDS.map(() => []),
    amountFen: [],
  };
  const seen = TEXT_FIELDS.map(() => new Map<string | null, number>());
  let lastId = 0;
  for (const row of lines) {
    cols.idSteps.push(row[0] - lastId);
    lastId = row[0];
    for (let f = 0; f < TEXT_FIELDS.length; f++) {
      const value = row[f + 1] as string | null;
      let index = seen[f].get(value);
      if (index === undefined) {
        index = cols.values[f].length;
        cols.values[f].push(value);
        seen[f].set(value, index);
      }
      cols.indexes[f].push(index);
    }
    cols.amountFen.push(row[8]);
    cols.count++;
  }
  return cols;
}

/**
 * Encodes the part: `head` is everything but the lines (small), `lines` yields one row per line
 * in id order (e.g. straight from a SQLite cursor).
 */
export function encodeBookPart(head: object, lines: Iterable<LineRow>): EncodedBookPart {
  const columns = toColumns(lines);
  const json = JSON.stringify({ version: 2, ...head, lineFields: LINE_ROW_FIELDS, lines: columns });
  const bytes = Buffer.from(json, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base64 = gzipSync(bytes).toString('base64');
  const chunks: string[] = [];
  for (let i = 0; i < base64.length; i += BOOK_PART_CHUNK) {
    chunks.push(base64.slice(i, i + BOOK_PART_CHUNK));
  }
  return {
    meta: { chunks: chunks.length, sha256, encoding: BOOK_PART_ENCODING, lines: columns.count },
    chunks,
  };
}
