/**
 * `npm run bench`: on a synthetic book of 200 units and 100,000 line items, time
 *   - deriving all thirteen tables, against a bare SQL GROUP BY over the same rows
 *     (better-sqlite3, in memory) — target ≤ 3×;
 *   - exporting the styled workbook, against exceljs writing the same cells without styles
 *     — target ≤ 1.5×.
 * Each pair is measured interleaved (A, B, A, B, …) after a warm-up, and the medians compared,
 * so that load from other processes on a shared machine falls on both sides of a ratio alike.
 * Prints ms, peak memory and ratios; exits 1 when a target is missed.
 */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { exportTablesWorkbook } from '../src/main/export/tables-xlsx';
import { fenToWan } from '../src/shared/money';
import { deriveTables } from '../src/shared/tables/engine';
import type { TableModel } from '../src/shared/tables/model';
import { syntheticBook } from './synthetic-book';

const RUNS = 7;
const WARM_UPS = 2;

const median = (times: number[]): number =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

async function timed(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Medians of two workloads run alternately, after warm-ups of both (JIT, caches). */
async function interleaved(a: () => unknown, b: () => unknown): Promise<[number, number]> {
  for (let i = 0; i < WARM_UPS; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ta.push(await timed(a));
    tb.push(await timed(b));
  }
  return [median(ta), median(tb)];
}

function groupByDb(book: ReturnType<typeof syntheticBook>): () => unknown {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE line_items (unit_code TEXT, function_code TEXT, dept_econ_code TEXT,
    gov_econ_code TEXT, kind TEXT, project_code TEXT, fund_source TEXT, amount_fen INTEGER)`);
  const insert = db.prepare('INSERT INTO line_items VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const l of book.lines) {
      insert.run(
        l.unitCode,
        l.functionCode,
        l.deptEconCode,
        l.govEconCode,
        l.kind,
        l.projectCode,
        l.fundSource,
        l.amountFen,
      );
    }
  })();
  const query = db.prepare(
    'SELECT function_code, fund_source, kind, SUM(amount_fen) FROM line_items GROUP BY function_code, fund_source, kind',
  );
  return () => query.all();
}

/** The same cells as the export, values only: no fonts, borders, merges or page setup. */
async function bareWrite(models: readonly TableModel[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const m of models) {
    const ws = wb.addWorksheet(`表${m.number}`);
    ws.addRow([m.title]);
    ws.addRow([`单位名称：${m.unitName}`, m.unitCaption]);
    for (let r = 0; r < m.headerRows; r++) {
      const row: string[] = [];
      for (const h of m.header) if (h.row === r) row[h.col] = h.text;
      ws.addRow(row);
    }
    for (const row of m.rows) {
      ws.addRow(
        row.cells.map((c) =>
          c.kind === 'amount' ? fenToWan(c.fen) : c.kind === 'text' ? c.text : null,
        ),
      );
    }
    for (const note of m.notes) ws.addRow([note]);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const book = syntheticBook();
  console.log(
    `synthetic book: ${book.units.length} units, ${book.projects.length} projects, ${book.lines.length} lines (${(performance.now() - t0).toFixed(0)} ms to build)`,
  );

  const query = groupByDb(book);
  let heapPeak = process.memoryUsage().heapUsed;
  const [sqlMs, deriveMs] = await interleaved(query, () => {
    const m = deriveTables(book);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    return m;
  });
  const models = deriveTables(book);
  const rows = models.reduce((n, m) => n + m.rows.length, 0);
  let bytes = 0;
  let bareBytes = 0;
  const [bareMs, exportMs] = await interleaved(
    async () => {
      bareBytes = (await bareWrite(models)).length;
    },
    async () => {
      bytes = (await exportTablesWorkbook(models)).length;
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    },
  );

  const deriveRatio = deriveMs / sqlMs;
  const exportRatio = exportMs / bareMs;
  const verdict = (ok: boolean): string => (ok ? '达标 ok' : '未达标 MISSED');
  console.log(`tables: 13 sheets, ${rows} rows; workbook ${mb(bytes)} (bare ${mb(bareBytes)})`);
  console.log(`SQL GROUP BY (function, fund, kind)   ${sqlMs.toFixed(1)} ms`);
  console.log(
    `derive all 13 tables                  ${deriveMs.toFixed(1)} ms   ratio ${deriveRatio.toFixed(2)}× (target ≤ 3×)  ${verdict(deriveRatio <= 3)}`,
  );
  console.log(`bare exceljs write, same cells        ${bareMs.toFixed(1)} ms`);
  console.log(
    `styled export                         ${exportMs.toFixed(1)} ms   ratio ${exportRatio.toFixed(2)}× (target ≤ 1.5×)  ${verdict(exportRatio <= 1.5)}`,
  );
  console.log(
    `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, peak heap seen ${mb(heapPeak)} (medians of ${RUNS} interleaved runs after ${WARM_UPS} warm-ups)`,
  );
  if (deriveRatio > 3 || exportRatio > 1.5) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
