/**
 * The contract between the engine and its row builders. The engine runs each line once through
 * the table's scope and column filters and adds its amount to the buckets the builder names; the
 * builder then rolls its buckets up into printed rows. Buckets hold unrounded 分 per amount column.
 */
import type { BookSnapshot } from '../../domain';
import type { Catalog } from '../../catalogs';
import type { PreparedBook } from '../prepare';
import type { TextField, TotalRowSpec } from '../template';

export type Sums = Float64Array;

export interface BuiltRow {
  key: string;
  code: string;
  label: string;
  texts: Partial<Record<TextField, string>>;
  sums: Sums;
  emphasis: 'total' | 'subtotal' | 'normal';
}

export interface RowBuilder {
  /** The bucket(s) line i adds to, or null when the line feeds no row of this table. */
  bucketsOf(i: number): Sums | readonly Sums[] | null;
  /** The rows, in printed order, once every line has been added. */
  finish(): BuiltRow[];
}

export interface BuildContext {
  book: BookSnapshot;
  catalog: Catalog;
  /** The book's lines, prepared once for all tables. */
  p: PreparedBook;
  /** Number of amount columns: the length of every bucket. */
  width: number;
}

export function newSums(width: number): Sums {
  return new Float64Array(width);
}

export function addInto(target: Sums, from: Sums): void {
  for (let i = 0; i < target.length; i++) target[i] += from[i];
}

export function isZero(sums: Sums): boolean {
  for (let i = 0; i < sums.length; i++) if (sums[i] !== 0) return false;
  return true;
}

/** A bucket in an array indexed by id, created on first use. */
export function slot(list: (Sums | undefined)[], id: number, width: number): Sums {
  let s = list[id];
  if (!s) {
    s = newSums(width);
    list[id] = s;
  }
  return s;
}

/** A bucket in a map, created on first use. */
export function bucket<K>(map: Map<K, Sums>, key: K, width: number): Sums {
  let s = map.get(key);
  if (!s) {
    s = newSums(width);
    map.set(key, s);
  }
  return s;
}

/** The grand-total row of a table: its label in the chosen text field, the others blank. */
export function totalRow(spec: TotalRowSpec, sums: Sums): BuiltRow {
  return {
    key: 'total',
    code: '',
    label: spec.label,
    texts: { [spec.field]: spec.label },
    sums,
    emphasis: 'total',
  };
}
