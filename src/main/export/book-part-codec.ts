/**
 * Version 2 of the hidden whole-book part: the book's JSON, gzip-compressed and written as base64
 * text in cells of at most 30,000 characters (Excel allows 32,767). The line items — nearly all
 * of a large book — are one array per line (fields named in `lineColumns`), written row by row from SQLite
 * into the JSON text, so no object per line is built. A2 holds the chunk count and the sha256 of
 * the JSON text, checked before anything is read from it. Version 1 (plain JSON in chunks) is
 * still read by import/book-part.ts.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { LINE_ROW_FIELDS, type LineRow } from '../ledger/lines';

export const BOOK_PART_MARKER_V2 = 'BUDGETDESK-BOOK v2';
/** How the v2 payload is encoded, as written in its A2 metadata. */
export const BOOK_PART_ENCODING = 'gzip+base64';
/** Characters per cell. */
export const BOOK_PART_CHUNK = 30_000;
/** The part ready for its sheet: metadata for A2 and the base64 chunks for A3…. */
export interface EncodedBookPart {
  meta: { chunks: number; sha256: string; encoding: typeof BOOK_PART_ENCODING; lines: number };
  chunks: string[];
}

/** Text appended piece by piece: hashed and collected as UTF-8 without one big string. */
class JsonSink {
  private readonly hash = createHash('sha256');
  private readonly parts: Buffer[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength > 1 << 16) this.flush();
  }
  private flush(): void {
    const piece = Buffer.from(this.pending.join(''), 'utf8');
    this.hash.update(piece);
    this.parts.push(piece);
    this.pending = [];
    this.pendingLength = 0;
  }
  finish(): { bytes: Buffer; sha256: string } {
    this.flush();
    return { bytes: Buffer.concat(this.parts), sha256: this.hash.digest('hex') };
  }
}

/**
 * Encodes the part: `head` is everything but the lines (small), `lines` yields one row per line
 * in id order (e.g. straight from a SQLite cursor).
 */
export function encodeBookPart(head: object, lines: Iterable<LineRow>): EncodedBookPart {
  const sink = new JsonSink();
  const open = JSON.stringify({ version: 2, ...head, lineColumns: LINE_ROW_FIELDS });
  sink.write(`${open.slice(0, -1)},"lines":[`);
  let count = 0;
  for (const row of lines) {
    sink.write(count === 0 ? JSON.stringify(row) : `,${JSON.stringify(row)}`);
    count++;
  }
  sink.write(']}');
  const { bytes, sha256 } = sink.finish();
  const base64 = gzipSync(bytes).toString('base64');
  const chunks: string[] = [];
  for (let i = 0; i < base64.length; i += BOOK_PART_CHUNK) {
    chunks.push(base64.slice(i, i + BOOK_PART_CHUNK));
  }
  return {
    meta: { chunks: chunks.length, sha256, encoding: BOOK_PART_ENCODING, lines: count },
    chunks,
  };
}
