/**
 * Decoding version 2 of the hidden book part (export/book-part-codec.ts): base64 → gunzip → JSON
 * text (checked against its sha256 by the caller), lines from rows back to line items.
 */
import { gunzipSync } from 'node:zlib';
import type { LineItem } from '../../shared/domain';
import type { BookContent } from '../export/book-part';
import { BOOK_PART_ENCODING } from '../export/book-part-codec';
import { LINE_ROW_FIELDS } from '../ledger/lines';

/** Why a part cannot be read, in words for the clerk's message. */
export class BookPartDamage extends Error {}

/** The JSON text of a v2 payload; BookPartDamage when it is not gzip+base64 or does not unpack. */
export function unpackV2(base64: string, encoding: unknown): string {
  if (encoding !== BOOK_PART_ENCODING) throw new BookPartDamage('编码方式不符');
  try {
    return gunzipSync(Buffer.from(base64, 'base64')).toString('utf8');
  } catch {
    throw new BookPartDamage('压缩内容无法解开，可能被改动或不完整');
  }
}

const sameFields = (cols: unknown): boolean =>
  Array.isArray(cols) &&
  cols.length === LINE_ROW_FIELDS.length &&
  cols.every((c, i) => c === LINE_ROW_FIELDS[i]);

function lineOf(row: unknown): LineItem {
  if (!Array.isArray(row) || row.length !== LINE_ROW_FIELDS.length) {
    throw new BookPartDamage('明细行结构不符');
  }
  const [id, unitCode, functionCode, deptEconCode, govEconCode, kind, projectCode, fund, amount] =
    row as unknown[];
  if (typeof id !== 'number' || typeof amount !== 'number') {
    throw new BookPartDamage('明细行结构不符');
  }
  return {
    id,
    unitCode,
    functionCode,
    deptEconCode,
    govEconCode,
    kind,
    projectCode,
    fundSource: fund,
    amountFen: amount,
  } as LineItem;
}

/** The content of a parsed v2 JSON, in the in-memory form the v1 reader gives. */
export function contentOfV2(parsed: unknown): BookContent {
  const v2 = parsed as { version?: unknown; lineColumns?: unknown; lines?: unknown };
  if (v2?.version !== 2 || !Array.isArray(v2.lines)) throw new BookPartDamage('内容结构不符');
  if (!sameFields(v2.lineColumns)) throw new BookPartDamage('明细列不符');
  const { lineColumns: _cols, lines, ...rest } = v2 as Record<string, unknown>;
  return { ...rest, version: 1, lines: (lines as unknown[]).map(lineOf) } as BookContent;
}
