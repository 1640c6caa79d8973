/**
 * `budgetdesk document BOOK --out FILE.docx|FILE.pdf`: writes the document, lists what the
 * clerk still has to write on stderr, and refuses bad input with exit 2 and the help text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';
import { cli, seedBook } from './helpers';

const tempDir = useTempDirs('bd-doc-cli-');

describe('budgetdesk document', () => {
  it('writes the .docx and reminds of the reasons still to write', async () => {
    const dir = tempDir();
    const book = await seedBook(dir);
    const out = join(dir, '公开文档.docx');
    const run = await cli('document', book, '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      `已生成“2021年江门市人力资源和社会保障局信息中心部门预算.docx”的全文到“${out}”`,
    );
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(run.err).toContain(
      '提示：以下增减变化尚未填写主要原因，导出时将印为“【请填写原因】”：收入预算、支出预算、“三公”经费、公务用车购置及运行费、公务接待费。',
    );
  });

  it('exits 2 with the help for a wrong extension, a missing --out, a missing book or folder', async () => {
    const dir = tempDir();
    const book = await seedBook(dir, false);
    const cases: [string[], RegExp][] = [
      [['document', book, '--out', join(dir, 'a.txt')], /应以 \.docx 或 \.pdf 结尾/],
      [['document', book], /请用 --out 指定输出文件/],
      [['document', '--out', join(dir, 'a.docx')], /请给出一个预算文件路径/],
      [
        ['document', join(dir, 'none.sqlite'), '--out', join(dir, 'a.docx')],
        /预算文件“.*none\.sqlite”不存在/,
      ],
      [
        ['document', book, '--out', join(dir, 'no-such-folder', 'a.pdf')],
        /输出文件夹“.*no-such-folder”不存在/,
      ],
      [['document', book, '--out', join(dir, 'a.docx'), '--landscape'], /未知选项 --landscape/],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toMatch(message);
      expect(run.err).toContain('用法：budgetdesk document');
    }
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);
    expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);
  });
});
