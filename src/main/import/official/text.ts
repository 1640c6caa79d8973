/**
 * Text helpers of the official-layout reader: one normal form for captions and labels (typed
 * tables differ in spaces, full-width punctuation, "其中：" and list numbering), codes out of
 * "[208]社会保障和就业支出" or a cell of digits, and amounts out of number or text cells.
 */
import type { Fen } from '../../../shared/domain';
import { MoneyParseError, parseYuan } from '../../../shared/money';

/** Spaces removed, full-width brackets/colons/quotes unified: for comparing captions. */
export function norm(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[：]/g, ':')
    .replace(/[“”「」"]/g, '')
    .replace(/^其中:/, '');
}

const NUMBERING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、．]|其中:)+/;

/** A label without list numbering ("二十、", "（一）", "1.") or "其中：", for matching fixed rows. */
export function bareLabel(text: string): string {
  let t = norm(text);
  for (let i = 0; i < 3; i++) t = t.replace(NUMBERING, '');
  return t;
}

/** A classification code and the name after it: "[208]社会保障…", "【208】…", "208 社会保障…". */
export function splitCode(text: string): { code: string; name: string } | null {
  const t = text.trim();
  const m = /^[[【]\s*(\d{3,})\s*[\]】]\s*(.*)$/.exec(t) ?? /^(\d{3,})(?:\s+(.*))?$/.exec(t);
  return m ? { code: m[1], name: (m[2] ?? '').trim() } : null;
}

/** Text that reads as a number: "1,234.50", "-3", "０.００" — not a code in brackets. */
export function looksNumeric(text: string): boolean {
  return /^[-+−]?[\d,，]+(?:[.．]\d+)?$/.test(
    text
      .replace(/[\s\u00a0\u3000]/g, '')
      .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
}

export type AmountUnit = '万元' | '元';

export class AmountCellError extends Error {}

/** An amount cell in the table's unit (a number, or text with thousands separators) as 分. */
export function amountFen(value: number | string, unit: AmountUnit): Fen {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new AmountCellError(`“${String(value)}”不是金额`);
    // A binary float of 万元 has at most six meaningful decimals (分); more is float noise.
    text = unit === '万元' ? value.toFixed(6) : value.toFixed(2);
  } else {
    text = value.trim();
    if (text === '-' || text === '—' || text === '－') return 0;
  }
  try {
    return parseYuan(unit === '万元' ? `${text}万` : text);
  } catch (e) {
    if (e instanceof MoneyParseError) throw new AmountCellError(e.message);
    throw e;
  }
}

/** Excel column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
