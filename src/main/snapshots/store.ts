/**
 * Where snapshots live and how they are listed: `<book>.snapshots/` beside the book, or — when
 * the book's folder cannot be written — `<data folder>/snapshots/<name>-<hash of path>/`. Each
 * snapshot is `<id>.sqlite` (a complete book) with `<id>.json` (its SnapshotInfo) beside it;
 * a snapshot without its description, or a description without its file, is not listed.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SnapshotInfo } from '../../shared/snapshots';
import { writeFileAtomic } from '../fs/atomic-write';

const ID_RE = /^\d{8}T\d{9}Z(?:-\d+)?$/;

/** Both places a book's snapshots may be, the one beside the book first. */
function snapshotFolders(bookPath: string, dataDir?: string): string[] {
  const beside = `${bookPath}.snapshots`;
  if (!dataDir) return [beside];
  const tag = createHash('sha256').update(bookPath).digest('hex').slice(0, 10);
  return [beside, join(dataDir, 'snapshots', `${basename(bookPath)}-${tag}`)];
}

function writable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folder new snapshots go to: beside the book when that folder is writable. */
export function folderForNew(bookPath: string, dataDir?: string): string {
  const [beside, data] = snapshotFolders(bookPath, dataDir);
  if (existsSync(beside) ? writable(beside) : writable(dirname(bookPath))) return beside;
  return data ?? beside;
}

export interface StoredSnapshot extends SnapshotInfo {
  /** The snapshot's book file. */
  file: string;
}

function readInfo(folder: string, id: string): StoredSnapshot | null {
  const file = join(folder, `${id}.sqlite`);
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8')) as SnapshotInfo;
    return info.id === id ? { ...info, file } : null;
  } catch {
    return null;
  }
}

/** Every snapshot of the book, oldest first. */
export function listSnapshots(bookPath: string, dataDir?: string): StoredSnapshot[] {
  const out: StoredSnapshot[] = [];
  for (const folder of snapshotFolders(bookPath, dataDir)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const n of names) {
      const id = n.endsWith('.json') ? n.slice(0, -5) : '';
      if (!ID_RE.test(id)) continue;
      const info = readInfo(folder, id);
      if (info) out.push(info);
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every snapshot's description as the API lists it (without its file), oldest first. */
export function snapshotInfos(bookPath: string, dataDir?: string): SnapshotInfo[] {
  return listSnapshots(bookPath, dataDir).map(({ file: _file, ...info }) => info);
}

export function findSnapshot(
  bookPath: string,
  id: string,
  dataDir?: string,
): StoredSnapshot | undefined {
  return listSnapshots(bookPath, dataDir).find((s) => s.id === id);
}

/** A new id from the time, unique within the folder. */
export function newSnapshotId(folder: string, now = new Date()): string {
  const base = now.toISOString().replace(/[-:.]/g, '');
  let id = base;
  for (
    let n = 2;
    existsSync(join(folder, `${id}.json`)) || existsSync(join(folder, `${id}.sqlite`));
    n++
  )
    id = `${base}-${n}`;
  return id;
}

/** Writes a snapshot's description (after its file is in place, so a listed one is complete). */
export function writeInfo(folder: string, info: SnapshotInfo): void {
  writeFileAtomic(join(folder, `${info.id}.json`), `${JSON.stringify(info, null, 2)}\n`);
}

/** Removes a snapshot: description first, so it is never listed without its file. */
export function removeSnapshot(s: StoredSnapshot): void {
  rmSync(join(dirname(s.file), `${s.id}.json`), { force: true });
  rmSync(s.file, { force: true });
}
