/**
 * The content hash of a book: sha256 of a canonical serialisation of everything the book holds
 * (the same content an export carries for import-book), with object keys sorted. It depends only
 * on the budget's content — not on the file's pages, free space, WAL or the time it was opened —
 * so two files holding the same budget have the same hash, and any change to a figure, code or
 * text changes it.
 */
import { createHash } from 'node:crypto';
import { readBookContent } from '../export/book-part';
import type { BookDb } from '../ledger/book-db';

/** JSON with the keys of every object in sorted order (arrays keep their order). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

export function contentHash(book: BookDb): string {
  const content = readBookContent(book);
  // Units and projects are listed in entry order; the same budget entered in another order is
  // the same budget.
  const canonical = {
    ...content,
    units: [...content.units].sort(byCode),
    projects: [...content.projects].sort(byCode),
  };
  return createHash('sha256').update(canonicalJson(canonical), 'utf8').digest('hex');
}
