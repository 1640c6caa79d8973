/** `budgetdesk merge` on real book files: --preview writes nothing, a merge reports per unit and
 * its 审核, a refusal exits 2 with the reasons. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli-run';
import { useTempDirs } from '../../helpers/temp-dir';
import { DEPT, UNITS, bookWith, unitBook } from './merge-books';

const tempDir = useTempDirs('bd-merge-cli-');

describe('budgetdesk merge', () => {
  it('--preview writes nothing; merge prints per unit and the 审核 per unit and for the whole', async () => {
    const dir = tempDir();
    const dept = await bookWith(dir, 'dept.sqlite', DEPT, []);
    const a = await unitBook(dir, UNITS[0]);
    const b = await unitBook(dir, UNITS[1]);
    const before = readFileSync(dept);
    const p = await cli('merge', dept, a, b, '--preview');
    expect(p.code).toBe(0);
    expect(p.out).toContain('汇总预览（未写入）');
    expect(p.out).toContain('测试局信息中心（404011）');
    expect(p.out).toMatch(/表1“支出总计”行“预算”列：0\.00 → 123\.46/);
    expect(readFileSync(dept).equals(before)).toBe(true);
    const r = await cli('merge', dept, a, b);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已汇总 2 个单位');
    expect(r.out).toMatch(/测试局培训中心（404012）：错误 \d+ 项/);
    expect(r.out).toMatch(/江门市测试局（全部门）：错误 \d+ 项/);
  });

  it('exit 2 with the reasons when refused', async () => {
    const dir = tempDir();
    const dept = await bookWith(dir, 'dept.sqlite', DEPT, []);
    const a = await unitBook(dir, UNITS[0], 2022);
    const r = await cli('merge', dept, a);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未汇总，部门预算未作任何改动');
    expect(r.err).toContain('是 2022 年的预算');
    expect((await cli('merge', dept)).code).toBe(2);
  });
});
