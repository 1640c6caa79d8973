/**
 * The 100,000-line one-unit book of `npm run bench:cli`, as the CSV a clerk would import: the
 * synthetic book's lines (seeded, so the same file every run) for one 行政单位, in the import
 * layout, written into bench/work (git-ignored).
 */
import { writeFileSync } from 'node:fs';
import { csvField } from '../src/main/import/csv';
import { LINE_COLUMNS } from '../src/main/import/lines-layout';
import { fenToYuanPlain } from '../src/shared/money';
import { syntheticBook } from './synthetic-book';

/** The book's top unit, as `budgetdesk new` must create it before the import. */
export const BENCH_UNIT = { code: '900000', name: '示范市某局', type: '行政单位' } as const;

/** Writes the CSV of `lineCount` lines to `path`; returns the number of lines written. */
export function writeBenchCsv(path: string, lineCount = 100_000): number {
  const book = syntheticBook(1, lineCount);
  const projects = new Map(book.projects.map((p) => [p.code, p]));
  const out: string[] = [LINE_COLUMNS.join(',')];
  for (const l of book.lines) {
    const p2 = l.projectCode ? projects.get(l.projectCode) : undefined;
    const p1 = p2?.parentCode ? projects.get(p2.parentCode) : undefined;
    const cells = [
      BENCH_UNIT.code,
      BENCH_UNIT.name,
      BENCH_UNIT.type,
      l.functionCode,
      l.deptEconCode,
      l.govEconCode,
      l.kind,
      p1?.code ?? '',
      p1?.name ?? '',
      p2?.code ?? '',
      p2?.name ?? '',
      l.fundSource,
      fenToYuanPlain(l.amountFen),
    ];
    out.push(cells.map(csvField).join(','));
  }
  writeFileSync(path, `${out.join('\r\n')}\r\n`);
  return book.lines.length;
}
