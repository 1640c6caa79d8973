/**
 * Type-ahead matching for the code pickers: a clerk finds 30101 基本工资 by "301", by "工资", by
 * the pinyin initials "jbgz", or by its 类 "gzfl" (工资福利支出). Initials are computed once per
 * option list, so each keystroke is a plain string scan.
 */
import { pinyin } from 'pinyin-pro';

export interface PickOption {
  /** What is stored: a classification code, or the choice itself (资金来源, 支出类型). */
  code: string;
  name: string;
  /** Name of the enclosing 类/款, searched after the option's own name. */
  parentName?: string;
}

export interface IndexedOption extends PickOption {
  initials: string;
  parentInitials: string;
  lowerName: string;
}

function initialsOf(text: string): string {
  if (!text) return '';
  return pinyin(text, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'consecutive' })
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function indexOptions(options: readonly PickOption[]): IndexedOption[] {
  const parentCache = new Map<string, string>();
  return options.map((o) => {
    const parent = o.parentName ?? '';
    let parentInitials = parentCache.get(parent);
    if (parentInitials === undefined) {
      parentInitials = initialsOf(parent);
      parentCache.set(parent, parentInitials);
    }
    return { ...o, initials: initialsOf(o.name), parentInitials, lowerName: o.name.toLowerCase() };
  });
}

/**
 * The code typed or pasted at the start of a cell: "30101", "30101 基本工资", "[30101]基本工资",
 * "【30101】基本工资". Null when the text does not start with digits.
 */
export function leadingCode(text: string): string | null {
  const m = /^\s*[[【(（]?\s*(\d+)\s*[\]】)）]?/.exec(text);
  return m ? m[1] : null;
}

/** Lower rank = better. Null = no match. */
function rank(o: IndexedOption, q: string, code: string | null): number | null {
  if (code !== null && o.code.startsWith(code)) return o.code === code ? 0 : 1;
  if (o.name === q) return 2;
  if (o.initials.startsWith(q)) return 3;
  if (o.name.startsWith(q)) return 4;
  if (o.lowerName.includes(q)) return 5;
  if (q.length >= 2 && o.initials.includes(q)) return 6;
  if (o.parentInitials.startsWith(q) || (o.parentName ?? '').includes(q)) return 7;
  return null;
}

/** Options matching the query, best first (ties keep catalog order). Empty query: all. */
export function matchOptions(
  options: readonly IndexedOption[],
  query: string,
  limit = 50,
): IndexedOption[] {
  const q = query.trim().toLowerCase();
  if (q === '') return options.slice(0, limit);
  const code = leadingCode(q);
  // "30101 基本工资" is a code with its name: match by the code alone.
  const byCodeOnly = code !== null && q.length > code.length;
  const scored: { o: IndexedOption; r: number; i: number }[] = [];
  options.forEach((o, i) => {
    const r = byCodeOnly ? (o.code === code ? 0 : null) : rank(o, q, code);
    if (r !== null) scored.push({ o, r, i });
  });
  scored.sort((a, b) => a.r - b.r || a.i - b.i);
  return scored.slice(0, limit).map((s) => s.o);
}

/**
 * The one option a typed or pasted text stands for: an exact code, the code at its start, an
 * exact name, or the single option that matches at all. Null when none or ambiguous.
 */
export function resolveOption(
  options: readonly IndexedOption[],
  text: string,
): IndexedOption | null {
  const t = text.trim();
  if (t === '') return null;
  const code = leadingCode(t);
  if (code !== null) return options.find((o) => o.code === code) ?? null;
  const exact = options.filter((o) => o.name === t || o.code === t);
  if (exact.length === 1) return exact[0];
  const found = matchOptions(options, t, 2);
  return found.length === 1 ? found[0] : null;
}
