/**
 * `document … --charts`: the 附：图表 appendix after 第四部分 — in .docx the five charts of the
 * seed book (four compositions and 与上年对比) as PNG images with captions, in PDF the same
 * charts drawn from ECharts' server-side SVG. Without the flag the document has no appendix.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';
import { cli, seedBook } from '../document/helpers';

const tempDir = useTempDirs('bd-charts-doc-');

const CAPTIONS = [
  '图1 支出按功能分类（类）',
  '图2 支出按经济分类（类）',
  '图3 基本支出与项目支出',
  '图4 支出按资金来源',
  '图5 与上年对比',
];

function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('document --charts', () => {
  it('.docx: the appendix after 第四部分 holds the five charts as PNG images', async () => {
    const dir = tempDir();
    const book = await seedBook(dir);
    const out = join(dir, 'doc.docx');
    const r = await cli('document', book, '--out', out, '--charts');
    expect(r.code).toBe(0);
    const text = docxText(out);
    const appendix = text.lastIndexOf('附：图表');
    expect(appendix).toBeGreaterThan(text.indexOf('第四部分 名词解释'));
    let at = appendix;
    for (const c of CAPTIONS) {
      at = text.indexOf(c, at);
      expect(at, c).toBeGreaterThan(0);
    }
    const media = execFileSync('unzip', ['-l', out], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /word\/media\/.*\.png/.test(l));
    expect(media).toHaveLength(5);

    const plain = join(dir, 'plain.docx');
    expect((await cli('document', book, '--out', plain)).code).toBe(0);
    expect(docxText(plain)).not.toContain('附：图表');
  });

  it('PDF: the appendix pages carry the captions and the charts’ own text', async () => {
    const dir = tempDir();
    const book = await seedBook(dir);
    const out = join(dir, 'doc.pdf');
    expect((await cli('document', book, '--out', out, '--charts')).code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    const appendix = text.lastIndexOf('附：图表');
    expect(appendix).toBeGreaterThan(text.indexOf('第四部分'));
    const tail = text.slice(appendix);
    for (const c of CAPTIONS) expect(tail).toContain(c);
    expect(tail).toContain('2020年');
    expect(tail).toContain('968.73');
  });
});
