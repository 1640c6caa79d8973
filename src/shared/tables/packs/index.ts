/**
 * Template packs: the built-in ones (Jiangmen 2021 and each later year extending it), resolved
 * like a pack file on disk. A book names its pack
 * (BookInfo.packId); a book made from a pack file carries the whole pack (BookSnapshot.pack),
 * so it opens and prints without the file.
 */
import type { BookSnapshot } from '../../domain';
import type { TableTemplate, TemplatePack } from '../template';
import { templatePackOf, type PackDefinition } from './definition';
import { jiangmen2021 } from './jiangmen-2021';
import { jiangmenYears } from './jiangmen-years';
import { resolvePack } from './resolve';

export type { PackDefinition } from './definition';
export { PackFileError, parsePackFile, resolvePack } from './resolve';

export class PackError extends Error {
  constructor(
    readonly code: 'UNKNOWN_PACK' | 'UNKNOWN_TABLE',
    message: string,
  ) {
    super(message);
  }
}

export interface LoadedPack extends TemplatePack {
  /** The template numbered n, or a PackError naming the numbers that exist. */
  table(n: number): TableTemplate;
}

let builtins: PackDefinition[] | undefined;

/**
 * The built-in packs, each later year resolved against the one it extends exactly as a pack file
 * is. They are typed data compiled into the app, so the schema check that a file on disk gets at
 * load time runs on them in the tests (pack-schema.test.ts) rather than at every start, where its
 * first run costs about a third of a second.
 */
export function builtinPacks(): readonly PackDefinition[] {
  if (!builtins) {
    const out: PackDefinition[] = [jiangmen2021];
    const find = (id: string) => out.find((p) => p.id === id);
    for (const file of jiangmenYears) out.push(resolvePack(file, find));
    builtins = out;
  }
  return builtins;
}

/** "江门市 2021 年部门预算公开表式（jiangmen-2021）" for each built-in pack. */
function knownPacks(): string {
  return builtinPacks()
    .map((p) => `${p.name}（${p.id}）`)
    .join('、');
}

/** A built-in pack by id, or undefined. */
export function findBuiltinPack(id: string): PackDefinition | undefined {
  return builtinPacks().find((p) => p.id === id);
}

/** A built-in pack by id, or a PackError naming the packs there are. */
export function getPackDefinition(id: string): PackDefinition {
  const def = findBuiltinPack(id);
  if (!def)
    throw new PackError('UNKNOWN_PACK', `没有编号为“${id}”的公开表式（现有：${knownPacks()}）`);
  return def;
}

/** The built-in pack of a budget year (the first for it), or undefined when there is none. */
export function packIdForYear(year: number): string | undefined {
  return builtinPacks().find((p) => p.year === year)?.id;
}

/** Years that have a built-in pack, ascending. */
export function packYears(): number[] {
  return [...new Set(builtinPacks().map((p) => p.year))].sort((a, b) => a - b);
}

/** The pack a book is drafted in: the one it carries, else the built-in pack it names. */
export function definitionOf(book: Pick<BookSnapshot, 'info' | 'pack'>): PackDefinition {
  return book.pack ?? getPackDefinition(book.info.packId);
}

const loaded = new WeakMap<PackDefinition, LoadedPack>();

/** The tables of a pack, with lookup by number. */
export function loadPack(def: PackDefinition): LoadedPack {
  let pack = loaded.get(def);
  if (pack) return pack;
  const tables = templatePackOf(def);
  pack = {
    ...tables,
    table(n: number): TableTemplate {
      const t = tables.tables.find((x) => x.number === n);
      if (!t) {
        const range = tables.tables.map((x) => x.number);
        throw new PackError(
          'UNKNOWN_TABLE',
          `“${def.name}”中没有表${n}，请填写 ${Math.min(...range)}–${Math.max(...range)} 之间的表号`,
        );
      }
      return t;
    },
  };
  loaded.set(def, pack);
  return pack;
}

/** A built-in pack's tables by id (PackError when unknown). */
export function getPack(id: string): LoadedPack {
  return loadPack(getPackDefinition(id));
}

/** The tables of the pack a book is drafted in. */
export function packOf(book: Pick<BookSnapshot, 'info' | 'pack'>): LoadedPack {
  return loadPack(definitionOf(book));
}
