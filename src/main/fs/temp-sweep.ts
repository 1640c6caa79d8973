/**
 * Removes the temporary files that a killed run left behind (a write interrupted by kill -9, a
 * power cut, a closed terminal). Only files whose name carries the id of a process that no longer
 * runs are touched, so a second copy of the program writing in the same folder is never disturbed.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_SUFFIX } from './atomic-write';

/**
 * `.<name>.<pid>-<tag>.bdtmp` (atomic writes and books built in a temporary file, with SQLite's
 * -wal/-shm/-journal beside them), and the `<book>.<tag>-<pid>` names of earlier versions.
 */
const PATTERNS = [
  new RegExp(`^\\..+\\.(\\d+)-[0-9a-z]+${TEMP_SUFFIX.replace('.', '\\.')}(?:-wal|-shm|-journal)?$`),
  /^.+\.(?:importing|rolling|sample)-(\d+)(?:-wal|-shm|-journal)?$/,
];

function pidOf(name: string): number | null {
  for (const p of PATTERNS) {
    const m = p.exec(name);
    if (m) return Number(m[1]);
  }
  return null;
}

function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the stale temporary files in `folder`; returns their names. Never throws. */
export function sweepStaleTemps(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = pidOf(name);
    if (pid === null || running(pid)) continue;
    try {
      rmSync(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // A read-only folder keeps its leftovers; they are harmless and named as temporary.
    }
  }
  return removed;
}
