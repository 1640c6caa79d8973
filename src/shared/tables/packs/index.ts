/**
 * Registered template packs, by id. A book names its pack (BookInfo.packId); the engine reads
 * the pack's templates. Adding a region or year means adding a pack here, not engine code.
 */
import type { TableTemplate, TemplatePack } from '../template';
import { jiangmen2021 } from './jiangmen-2021';
import { jiangmen2022 } from './jiangmen-2022';

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

const PACKS: readonly TemplatePack[] = [jiangmen2021, jiangmen2022];
const cache = new Map<string, LoadedPack>();

export function packIds(): string[] {
  return PACKS.map((p) => p.id);
}

/** The pack of a budget year (the first registered for it), or undefined when there is none. */
export function packIdForYear(year: number): string | undefined {
  return PACKS.find((p) => p.year === year)?.id;
}

export function getPack(id: string): LoadedPack {
  let loaded = cache.get(id);
  if (loaded) return loaded;
  const pack = PACKS.find((p) => p.id === id);
  if (!pack) {
    throw new PackError(
      'UNKNOWN_PACK',
      `没有编号为“${id}”的公开表模板（现有：${packIds().join('、')}）`,
    );
  }
  loaded = {
    ...pack,
    table(n: number): TableTemplate {
      const t = pack.tables.find((x) => x.number === n);
      if (!t) {
        const range = pack.tables.map((x) => x.number);
        throw new PackError(
          'UNKNOWN_TABLE',
          `模板“${pack.name}”中没有表${n}，请填写 ${Math.min(...range)}–${Math.max(...range)} 之间的表号`,
        );
      }
      return t;
    },
  };
  cache.set(id, loaded);
  return loaded;
}
