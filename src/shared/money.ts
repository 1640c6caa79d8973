/**
 * The one place where money changes representation. Amounts live as integer 分; they become text
 * (元 or 万元, rounded half-up) only here, at the edge.
 */
import type { Fen } from './domain';

export const FEN_PER_WAN = 1_000_000;

export class MoneyParseError extends Error {
  readonly code = 'MONEY_PARSE';
  constructor(message: string) {
    super(message);
  }
}

/** The unit a number without 元 or 万 is read in (the grid's 元 / 万元 switch). */
export type BareUnit = 'yuan' | 'wan';

/**
 * Parse an amount typed or imported: "1234.5", "1,234.50", "-3", "12.3万" (万元), "35000元".
 * A bare number is 元 unless `bare` is 'wan'; an explicit 元 or 万 always wins. At most two
 * decimals for 元 (six for 万元). Throws MoneyParseError with a Chinese message.
 */
export function parseYuan(text: string, bare: BareUnit = 'yuan'): Fen {
  const raw = halfWidth(text.trim()).replace(/[\s\u00a0\u3000]/g, '');
  const unitWord = bare === 'wan' ? '万元' : '元';
  if (raw === '') throw new MoneyParseError(`金额为空，请填写金额（${unitWord}）`);
  const wan = /万(元)?$/.test(raw) || (bare === 'wan' && !/元$/.test(raw));
  // Strip one unit suffix only, so "12元万" stays invalid instead of reading as 12 万元.
  const body = raw.replace(/万元$|万$|元$/, '');
  const m = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(body);
  if (!m) throw new MoneyParseError(`“${text.trim()}”不是金额，请填写数字，如 1,234.50 或 12.3万`);
  const sign = m[1] === '-' ? -1 : 1;
  const intPart = m[2].replace(/,/g, '');
  const frac = m[3] ?? '';
  const scaleDigits = wan ? 6 : 2;
  if (frac.length > scaleDigits) {
    throw new MoneyParseError(
      wan
        ? `“${text.trim()}”小数位过多：以万元填写时最多六位小数`
        : `“${text.trim()}”小数位过多：金额（元）最多两位小数，即到分`,
    );
  }
  const digits = intPart + frac.padEnd(scaleDigits, '0');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) throw new MoneyParseError(`“${text.trim()}”金额过大`);
  // "-0" must not become -0: it would print as "-0.00" and compare unequal under Object.is.
  return value === 0 ? 0 : sign * value;
}

/**
 * Clerks paste amounts from Word/WPS documents typed with a Chinese IME, which gives full-width
 * digits and signs (１２３．４５, －３, １，２３４). Map those to ASCII before parsing.
 */
function halfWidth(text: string): string {
  // U+FF0B..U+FF0E are ＋ ， － ． and U+FF10..U+FF19 the digits: each sits 0xFEE0 above ASCII.
  return text
    .replace(/[\uff0b-\uff0e\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u2212/g, '-');
}

/** Round 分 half-up (away from zero) to 万元 with two decimals, as an integer of 0.01 万元. */
export function fenToWanCents(fen: Fen): number {
  const unit = FEN_PER_WAN / 100; // 10,000 分 per 0.01 万元
  const abs = Math.abs(fen);
  const q = Math.floor(abs / unit);
  const r = abs - q * unit;
  const rounded = r * 2 >= unit ? q + 1 : q;
  // Never -0: an amount that rounds to nothing prints and compares as plain zero.
  return fen < 0 && rounded !== 0 ? -rounded : rounded;
}

/** The printed figure of an amount in 万元 (two decimals), as a number: 8975000 分 → 8.98. */
export function fenToWan(fen: Fen): number {
  return fenToWanCents(fen) / 100;
}

function groupThousands(intText: string): string {
  return intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function centsText(cents: number, thousands: boolean): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  return `${sign}${thousands ? groupThousands(int) : int}.${frac}`;
}

/** 万元 text with two decimals, zero as "0.00". */
export function formatWan(fen: Fen, opts: { thousands?: boolean } = {}): string {
  return centsText(fenToWanCents(fen), opts.thousands ?? false);
}

/** 元 text with two decimals: 123456 分 → "1,234.56". */
export function formatYuan(fen: Fen, opts: { thousands?: boolean } = {}): string {
  return centsText(fen, opts.thousands ?? true);
}

/** 元 number for machine output (CSV): 123456 → "1234.56". */
export function fenToYuanPlain(fen: Fen): string {
  return centsText(fen, false);
}

/**
 * 万元 number for re-typing, exact to the 分 (no rounding): 3500000 → "3.5", 123456 → "0.123456".
 * Read back with parseYuan(text, 'wan') it gives the same 分.
 */
export function fenToWanExact(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = String(Math.abs(fen)).padStart(7, '0');
  const int = abs.slice(0, -6);
  const frac = abs.slice(-6).replace(/0+$/, '');
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

/** Sum of amounts in 分, checked to stay an exact integer. */
export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const v of values) total += v;
  if (!Number.isSafeInteger(total)) throw new RangeError('金额合计超出精确整数范围');
  return total;
}
