/**
 * Decoding version 2 of the hidden book part (export/book-part-codec.ts): base64 → gunzip → JSON
 * text (checked against its sha256 by the caller), lines from columns back to line items.
 */
import { gunzipSync } from 'node:zlib';
import type { LineItem } from '../../shared/domain';
import type { BookContent } from '../export/book-part';
import { BOOK_PART_ENCODING, TEXT_FIELDS, type LineColumns } from '../export/book-part-codec';
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

const sameFields = (fields: unknown): boolean =>
  Array.isArray(fields) &&
  fields.length === LINE_ROW_FIELDS.length &&
  fields.every((c, i) => c === LINE_ROW_FIELDS[i]);

const numbers = (a: unknown, n: number): a is number[] =>
  Array.isArray(a) && a.length === n && a.every((x) => typeof x === 'number');

/** The line items of the columns; BookPartDamage when they do not fit together. */
function linesOf(c: Partial<LineColumns>): LineItem[] {
  const n = c.count;
  const shaped =
    typeof n === 'number' &&
    numbers(c.idSteps, n) &&
    numbers(c.amountFen, n) &&
    Array.isArray(c.values) &&
    Array.isArray(c.indexes) &&
    c.values.length === TEXT_FIELDS.length &&
    c.indexes.length === TEXT_FIELDS.length &&
    c.indexes.every((ix, f) => numbers(ix, n) && ix.every((i) => c.values![f]?.[i] !== undefined));
  if (!shaped) throw new BookPartDamage('明细行结构不符');
  const { idSteps, values, indexes, amountFen } = c as LineColumns;
  const lines: LineItem[] = new Array(n);
  let id = 0;
  for (let i = 0; i < n; i++) {
    id += idSteps[i];
    const text = (f: number): string | null => values[f][indexes[f][i]];
    lines[i] = {
      id,
      unitCode: text(0),
      functionCode: text(1),
      deptEconCode: text(2),
      govEconCode: text(3),
      kind: text(4),
      projectCode: text(5),
      fundSource: text(6),
      amountFen: amountFen[i],
    } as LineItem;
  }
  return lines;
}

/** The content of a parsed v2 JSON, in the in-memory form the v1 reader gives. */
export function contentOfV2(parsed: unknown): BookContent {
  const v2 = parsed as { version?: unknown; lineFields?: unknown; lines?: unknown };
  if (v2?.version !== 2 || typeof v2.lines !== 'object' || v2.lines === null) {
    throw new BookPartDamage('内容结构不符');
  }
  if (!sameFields(v2.lineFields)) throw new BookPartDamage('明细列不符');
  const { lineFields: _fields, lines, ...rest } = v2 as Record<string, unknown>;
  return { ...rest, version: 1, lines: linesOf(lines as Partial<LineColumns>) } as BookContent;
}
