/**
 * A write that fails half way (the OS refuses the file's growth, as on a full disk or a FAT32
 * stick: `ulimit -f` in a child running the real CLI) leaves the previous export byte for byte,
 * no temporary file beside it, and a Chinese message naming the file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';

const BIN = resolve(__dirname, '../../../bin/budgetdesk.cjs');
const tempDir = useTempDirs('bd-failed-write-');

function budgetdesk(cwd: string, ...args: string[]): string {
  return execFileSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
}

/** The sample with its lines doubled seven times, so a full export is well over 40 KB. */
function bigBook(dir: string): string {
  budgetdesk(dir, 'sample', 'b.sqlite');
  const db = new Database(join(dir, 'b.sqlite'));
  for (let i = 0; i < 7; i++) {
    db.exec(`INSERT INTO line_items (unit_code, function_code, dept_econ_code, gov_econ_code, kind,
      project_code, fund_source, amount_fen) SELECT unit_code, function_code, dept_econ_code,
      gov_econ_code, kind, project_code, fund_source, amount_fen FROM line_items`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return join(dir, 'b.sqlite');
}

describe('a failed write', () => {
  it('keeps the previous export whole, leaves no temp file and says why in Chinese', () => {
    const dir = tempDir();
    bigBook(dir);
    budgetdesk(dir, 'export', 'b.sqlite', '--out', '公开表.xlsx');
    const out = join(dir, '公开表.xlsx');
    const before = readFileSync(out);
    expect(before.length).toBeGreaterThan(48 * 1024);
    const files = readdirSync(dir).sort();

    // 40 KB per file: room for the book's -shm, not for the new workbook. Node ignores SIGXFSZ,
    // so the write fails with EFBIG as on a full or FAT32 disk.
    const run = spawnSync(
      'bash',
      ['-c', `ulimit -f 40; exec "${process.execPath}" "${BIN}" export b.sqlite --out 公开表.xlsx`],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('超过了系统允许的单个文件大小');
    expect(run.stderr).toContain(out);
    expect(run.stderr).toContain('原有文件未改动');
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(statSync(out).size).toBe(before.length);
  });
});
