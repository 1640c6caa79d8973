/**
 * Every file the program writes goes through here: the bytes go to a temporary file in the same
 * folder, are flushed to the disk (fsync), and only then renamed over the target. A failure at
 * any point (disk full, file too large, no permission, a kill) leaves the previous file exactly
 * as it was; the temporary file is removed on failure, and one left by a killed run carries the
 * run's process id so the next start removes it (sweepStaleTemps).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Marks the program's temporary files: `.<name>.<pid>-<random>.bdtmp`. */
export const TEMP_SUFFIX = '.bdtmp';

/** The temporary name beside `path` for this process. */
export function tempPathFor(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`,
  );
}

/** Flushes a folder's entry list, so a rename survives a power cut; not every OS allows it. */
function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; the rename is then as durable as the OS makes it.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes `data` to `path` all or nothing (see the module comment). */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathFor(path);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    // A write through a descriptor names no file; the clerk must hear of the target, not the temp.
    if (e instanceof Error && 'code' in e) (e as NodeJS.ErrnoException).path = path;
    throw e;
  }
  fsyncFolder(dirname(path));
}

/**
 * Moves a finished file (built elsewhere in the same folder, e.g. an SQLite book) over `path`
 * after flushing it, the same last step as writeFileAtomic.
 */
export function commitFile(finished: string, path: string): void {
  const fd = openSync(finished, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(finished, path);
  fsyncFolder(dirname(path));
}
