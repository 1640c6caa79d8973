/**
 * A Fiscal Data Package as plain data before it is written: the descriptor's resources with their
 * Table Schema fields and their rows (CSV cells as text). Amounts are 元 with two decimals.
 */

/** A Table Schema field, with the Fiscal Data Package's columnType where one applies. */
export interface FieldSpec {
  name: string;
  type: 'string' | 'number' | 'integer';
  title?: string;
  description?: string;
  /** Fiscal Data Package column type, e.g. "value", "functional-classification:generic:code". */
  columnType?: string;
  /** The classification a code field is drawn from, named in words. */
  classification?: string;
  /** Unit of an amount field ("元"). */
  unit?: string;
  decimalChar?: string;
}

export interface DataResource {
  name: string;
  path: string;
  title: string;
  description: string;
  fields: FieldSpec[];
  rows: string[][];
}
