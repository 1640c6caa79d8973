/**
 * The packs a clerk can draft in: the built-in ones and those loaded from disk — every pack file
 * (or pack folder) in the data folder's packs/ and any named on the command line. Disk packs may
 * extend built-in packs or each other; they are resolved in the order their bases allow.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  builtinPacks,
  findBuiltinPack,
  PackFileError,
  resolvePack,
  type PackDefinition,
} from '../../shared/tables/packs';
import type { PackFile } from '../../shared/tables/packs/schema/pack';
import { PackLoadError, readPackSource } from './read-source';

/** A pack loaded from disk, with the file or folder it came from. */
interface DiskPack {
  def: PackDefinition;
  source: string;
}

interface PackSet {
  disk: DiskPack[];
  /** Sources that could not be loaded (the others still are). */
  problems: PackLoadError[];
}

/** The data folder's packs/: where the app looks for pack files. */
export function packsFolder(dataDir: string): string {
  return join(dataDir, 'packs');
}

function folderSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() || e.name.endsWith('.json'))
    .map((e) => join(dir, e.name))
    .sort();
}

/** Reads and resolves the given sources; a pack whose base is another source waits for it. */
function loadPackSet(sources: readonly string[]): PackSet {
  const problems: PackLoadError[] = [];
  const pending: { file: PackFile; source: string }[] = [];
  for (const source of sources) {
    try {
      pending.push({ file: readPackSource(source), source });
    } catch (e) {
      if (!(e instanceof PackLoadError)) throw e;
      problems.push(e);
    }
  }
  const disk: DiskPack[] = [];
  const find = (id: string) => findBuiltinPack(id) ?? disk.find((d) => d.def.id === id)?.def;
  const waitsFor = (f: PackFile) => f.extends !== undefined && !find(f.extends);
  const canWait = (f: PackFile) => pending.some((p) => p.file.id === f.extends && p.file !== f);
  while (pending.length) {
    const next = pending.findIndex((p) => !waitsFor(p.file) || !canWait(p.file));
    // Only packs waiting on each other are left: a cycle; resolving one reports it.
    const [{ file, source }] = pending.splice(next === -1 ? 0 : next, 1);
    try {
      if (findBuiltinPack(file.id) || disk.some((d) => d.def.id === file.id))
        throw new PackFileError([`id：编号“${file.id}”已被其他表式使用，请换一个编号`]);
      disk.push({ def: resolvePack(file, find), source });
    } catch (e) {
      if (!(e instanceof PackFileError)) throw e;
      problems.push(
        new PackLoadError(
          source,
          e.problems.map((p) => `${source}：${p}`),
        ),
      );
    }
  }
  return { disk, problems };
}

/** The packs of the data folder's packs/ and of `extra` sources (files or folders). */
export function availablePacks(dataDir: string, extra: readonly string[] = []): PackSet {
  // A file named here that already sits in packs/ is one source, not two packs with one id.
  const sources = new Set([
    ...folderSources(packsFolder(dataDir)),
    ...extra.map((p) => resolve(p)),
  ]);
  return loadPackSet([...sources]);
}

/** "江门市 2027 年部门预算公开表式（jiangmen-2027）". */
function packTitle(def: PackDefinition): string {
  return `${def.name}（${def.id}）`;
}

/**
 * The pack a clerk names for a new book: a pack file or folder (a path that exists or ends in
 * .json), or the id of a built-in or packs/ pack. PackLoadError for a bad file, an unknown id.
 */
export function choosePack(ref: string, dataDir: string, cwd: string): PackDefinition {
  const path = resolve(cwd, ref);
  const isPath = existsSync(path) || ref.endsWith('.json') || /[\\/]/.test(ref);
  const set = availablePacks(dataDir, isPath ? [path] : []);
  if (isPath) {
    const failed = set.problems.find((p) => p.path === path);
    if (failed) throw failed;
    const found = set.disk.find((d) => d.source === path);
    if (found) return found.def;
  }
  const def = findBuiltinPack(ref) ?? set.disk.find((d) => d.def.id === ref)?.def;
  if (def) return def;
  const known = [...builtinPacks(), ...set.disk.map((d) => d.def)].map(packTitle).join('、');
  throw new PackLoadError(ref, [`没有编号为“${ref}”的表式，也没有这样的文件（现有：${known}）`]);
}
