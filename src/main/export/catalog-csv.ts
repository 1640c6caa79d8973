/**
 * One list of a book's catalog as CSV in the layout catalog-import reads (科目编码,科目名称), so
 * print → edit → import round-trips. UTF-8 with BOM and CRLF, as the lines export. Retired codes
 * are not part of the year's list and are left out.
 */
import type { ClassificationEntry } from '../../shared/catalogs';
import { csvField } from '../import/csv';
import { BOM } from './lines-csv';

const CATALOG_CSV_HEADER = ['科目编码', '科目名称'] as const;

export function catalogCsv(entries: readonly ClassificationEntry[]): string {
  const rows = [
    CATALOG_CSV_HEADER.join(','),
    ...entries.filter((e) => !e.retired).map((e) => [e.code, e.name].map(csvField).join(',')),
  ];
  return BOM + rows.join('\r\n') + '\r\n';
}
