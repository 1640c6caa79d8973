/**
 * The recent-books list of the start screen: absolute paths, newest first, kept in
 * <dataDir>/recent.json. A damaged or missing list is an empty list, never an error.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../fs/atomic-write';
import { join } from 'node:path';

const MAX = 10;

function file(dataDir: string): string {
  return join(dataDir, 'recent.json');
}

function read(dataDir: string): string[] {
  try {
    const v: unknown = JSON.parse(readFileSync(file(dataDir), 'utf8'));
    return Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/** Recent books that still exist. */
export function recentBooks(dataDir: string): string[] {
  return read(dataDir).filter((p) => existsSync(p));
}

/** Puts path first; best effort, since a read-only data folder must not stop the clerk. */
export function rememberBook(dataDir: string, path: string): void {
  const list = [path, ...read(dataDir).filter((p) => p !== path)].slice(0, MAX);
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileAtomic(file(dataDir), JSON.stringify(list, null, 2));
  } catch {
    // The list is a convenience; the book itself was opened fine.
  }
}
