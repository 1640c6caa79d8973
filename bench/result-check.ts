/**
 * What checking an answer against its result schema (src/shared/api/results.ts) costs for the
 * largest answers: the lines of a 10,000-line book (lines:list, catalog:usage), the whole book
 * (book:snapshot), its thirteen table models (tables:derive) and its 审核 findings. Prints the
 * median of several runs per answer; dispatch.ts's choice of which channels to check always
 * rests on these figures (ARCHITECTURE.md, "Why zod"). Run: npx tsx bench/result-check.ts
 */
import { performance } from 'node:perf_hooks';
import { API_RESULTS } from '../src/shared/api/results';
import type { Channel } from '../src/shared/api/contract';
import { compareTables } from '../src/shared/compare';
import { diffVersions } from '../src/shared/versions-diff';
import { deriveTables } from '../src/shared/tables/engine';
import { validateBook } from '../src/shared/validation';
import { syntheticBook } from './synthetic-book';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(channel: Channel, data: unknown, runs = 15): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = API_RESULTS[channel].safeParse(data);
    times.push(performance.now() - t0);
    if (!r.success) throw new Error(`${channel}: ${r.error.issues[0]?.path.join('.')}`);
  }
  const size = JSON.stringify(data).length;
  console.log(
    `${channel.padEnd(16)} ${(size / 1e6).toFixed(1).padStart(5)} MB JSON  ` +
      `first ${times[0].toFixed(1).padStart(6)} ms  median ${median(times).toFixed(1).padStart(6)} ms`,
  );
}

for (const lineCount of [10_000, 100_000]) {
  const book = syntheticBook(lineCount === 10_000 ? 20 : 200, lineCount);
  console.log(`— a book of ${lineCount} lines, ${book.units.length} units`);
  measure('lines:list', book.lines);
  measure('book:snapshot', book);
  const tables = deriveTables(book);
  measure('tables:derive', tables);
  measure('validate:run', validateBook(book));
  // A diff where every line's amount moved (e.g. a version before a re-import).
  const moved = { ...book, lines: book.lines.map((l) => ({ ...l, amountFen: l.amountFen + 100 })) };
  const diff = diffVersions({ book, tables }, { book: moved, tables: deriveTables(moved) });
  measure('versions:diff', { from: 'a', to: 'b', diff });
  measure('compare:run', compareTables(tables, []));
}
