/**
 * `budgetdesk export` is a client of the app's handlers: for the same book (with 审核 errors, one
 * explained and others not) it writes the same workbook as the app's 导出 — every sheet, hidden
 * part included, cell by cell, read back with exceljs — with the 审核说明 sheet listing each
 * error with its 出错说明 or “未填写出错说明”.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ApiService } from '../../../src/main/api/dispatch';
import { runCli } from '../../../src/main/cli';
import { NO_NOTE_TEXT, REVIEW_SHEET_NAME } from '../../../src/main/export/review-sheet';
import { SAMPLE_UNIT } from '../../../src/shared/sample/jiangmen-2021';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-cli-export-');

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  return wb;
}

/** Every sheet as name, visibility and the text of every cell, row by row. */
function sheets(wb: ExcelJS.Workbook): { name: string; state: string; rows: string[][] }[] {
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(JSON.stringify(cell.value)));
      rows.push(cells);
    });
    return { name: ws.name, state: ws.state ?? 'visible', rows };
  });
}

describe('budgetdesk export and the app’s 导出', () => {
  it('write the same sheets for the same book, 审核说明 included', async () => {
    const dir = tempDir();
    const path = join(dir, '示例.sqlite');
    const service = new ApiService({ dataDir: join(dir, 'data') });
    let appBytes: Buffer;
    let errors: { key: string; rule: string }[];
    try {
      const opened = await service.invoke('book:open-sample', { path });
      if (!opened.ok) throw new Error(opened.error.message);
      const session = (opened.data as { session: string }).session;
      const call = async (channel: string, arg: unknown): Promise<unknown> => {
        const r = await service.invoke(channel, arg, session);
        if (!r.ok) throw new Error(r.error.message);
        return r.data;
      };
      // Two 控制数 unlike the lines: two PLAN-SOURCE errors; the first gets its 出错说明.
      for (const [fundSource, amountFen] of [
        ['一般公共预算', 1],
        ['事业收入', 2],
      ] as const) {
        await call('plan:set', { entry: { unitCode: SAMPLE_UNIT.code, fundSource, amountFen } });
      }
      const findings = (await call('validate:run', {})) as {
        key: string;
        rule: string;
        severity: string;
      }[];
      errors = findings.filter((f) => f.severity === 'error');
      expect(errors.length).toBeGreaterThanOrEqual(2);
      await call('review-notes:set', {
        findingKey: errors[0].key,
        note: '控制数待财政局下达后调整',
      });
      // The app's 导出: main writes the workbook where the clerk chose.
      const appFile = join(dir, 'app.xlsx');
      await call('export:xlsx', { path: appFile });
      appBytes = readFileSync(appFile);
    } finally {
      service.close();
    }

    const out = join(dir, 'cli.xlsx');
    process.env.BUDGETDESK_DATA_DIR = join(dir, 'data'); // the CLI's recent list, not the home's
    const outLines: string[] = [];
    const code = await runCli(['export', path, '--out', out], {
      out: (t) => outLines.push(t),
      err: (t) => outLines.push(t),
    });
    expect(code).toBe(0);
    expect(outLines.join('\n')).toContain('已导出 13 张表');

    const app = sheets(await load(appBytes));
    const cli = sheets(await load(readFileSync(out)));
    expect(cli.map((s) => s.name)).toEqual(app.map((s) => s.name));
    for (let i = 0; i < app.length; i++) expect(cli[i]).toEqual(app[i]);

    const names = app.map((s) => s.name);
    expect(names).toContain(REVIEW_SHEET_NAME);
    const wb = await load(readFileSync(out));
    const ws = wb.getWorksheet(REVIEW_SHEET_NAME)!;
    const notes = errors.map((_, i) => String(ws.getRow(4 + i).getCell(8).value));
    expect(notes[0]).toBe('控制数待财政局下达后调整');
    expect(notes.slice(1).every((n) => n === NO_NOTE_TEXT)).toBe(true);
    expect(NO_NOTE_TEXT).toContain('未填写出错说明');
  });
});
