/**
 * Pack files on disk through the CLI: the README's example pack creates a book that opens,
 * checks, exports and documents after the file is gone; a pack folder is read part by part;
 * `budgetdesk packs` lists built-in and loaded packs; bad files are refused naming file and field.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BookDb } from '../../../src/main/ledger/book-db';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import { packsFolder } from '../../../src/main/packs';
import { cli } from '../../helpers/cli-run';
import { useTempDirs } from '../../helpers/temp-dir';

const EXAMPLE = resolve(__dirname, '../../../docs/packs/pengjiang-2027.json');
const tempDir = useTempDirs('bd-packs-');
let dir: string;
let dataDir: string;
beforeEach(() => {
  dir = tempDir();
  dataDir = join(dir, 'data');
  process.env.BUDGETDESK_DATA_DIR = dataDir;
});

const UNIT = ['--unit-code', '601001', '--unit-name', '蓬江区某局', '--unit-type', '行政单位'];

describe('pack files', () => {
  it('the README shows the example file as it is (less its description)', () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## 如何添加表式模板'));
    const block = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const { description: _d, ...file } = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<
      string,
      unknown
    >;
    expect(JSON.parse(block)).toEqual(file);
  });

  it('the README example creates a book that works without the file', async () => {
    const pack = join(dir, 'pengjiang-2027.json');
    cpSync(EXAMPLE, pack);
    const book = join(dir, 'b.sqlite');
    const made = await cli('new', book, '--year', '2027', ...UNIT, '--pack', pack);
    expect(made).toMatchObject({ code: 0, err: '' });
    expect(made.out).toContain('表式：江门市蓬江区 2027 年部门预算公开表式');
    rmSync(pack);

    const db = BookDb.open(book);
    const snap = loadSnapshot(db);
    db.close();
    expect(snap.info.packId).toBe('pengjiang-2027');
    expect(snap.pack?.governmentLevel).toBe('区直');
    expect(snap.pack?.tables.find((t) => t.number === 5)?.notes).toEqual([
      '注：表中功能分类科目，根据区直各部门实际预算编制情况编列。',
    ]);
    expect(snap.pack?.document.glossary.at(-1)?.term).toBe('区直部门');

    expect((await cli('validate', book)).code).toBe(0);
    expect((await cli('export', book, '--out', join(dir, 'b.xlsx'))).code).toBe(0);
    // The full export carries the book with its pack, so import-book recreates both.
    const again = join(dir, 'c.sqlite');
    expect((await cli('import-book', join(dir, 'b.xlsx'), again)).code).toBe(0);
    const db2 = BookDb.open(again);
    expect(loadSnapshot(db2).pack).toEqual(snap.pack);
    db2.close();
    const doc = await cli('document', book, '--out', join(dir, 'b.docx'));
    expect(doc.code).toBe(0);
    expect(doc.err).not.toContain('出错');

    // Rolled to 2028, the book keeps the layout it was made in.
    const rolled = await cli('roll', book, join(dir, '2028.sqlite'));
    expect(rolled.out).toContain('表式：江门市蓬江区 2027 年部门预算公开表式');
    const db3 = BookDb.open(join(dir, '2028.sqlite'));
    expect(loadSnapshot(db3).pack).toEqual(snap.pack);
    db3.close();
  });

  it('a pack folder: pack.json with tables/*.json and rules.json, listed by budgetdesk packs', async () => {
    const folder = join(packsFolder(dataDir), 'kaiping');
    mkdirSync(join(folder, 'tables'), { recursive: true });
    writeFileSync(
      join(folder, 'pack.json'),
      JSON.stringify({
        id: 'kaiping-2026',
        name: '开平市 2026 年部门预算公开表式',
        extends: 'jiangmen-2026',
        region: '开平市',
      }),
    );
    writeFileSync(
      join(folder, 'tables', '07.json'),
      JSON.stringify({ number: 7, title: '“三公”经费预算表' }),
    );
    writeFileSync(join(folder, 'rules.json'), JSON.stringify({ remove: ['FUND-TABLE-NOTE'] }));

    const listed = await cli('packs');
    expect(listed).toMatchObject({ code: 0, err: '' });
    expect(listed.out).toContain(
      '江门市 2027 年部门预算公开表式（编号 jiangmen-2027，2027 年，江门市，市直，继承自 江门市 2026 年部门预算公开表式）',
    );
    expect(listed.out).toContain(
      '开平市 2026 年部门预算公开表式（编号 kaiping-2026，2026 年，开平市，市直，继承自 江门市 2026 年部门预算公开表式）',
    );
    expect(listed.out).toContain(`文件：${folder}`);

    // By id, from the data folder's packs/.
    const book = join(dir, 'k.sqlite');
    expect((await cli('new', book, '--year', '2026', ...UNIT, '--pack', 'kaiping-2026')).code).toBe(
      0,
    );
    const db = BookDb.open(book);
    const snap = loadSnapshot(db);
    db.close();
    expect(snap.pack?.tables.find((t) => t.number === 7)?.title).toBe('“三公”经费预算表');
    expect(snap.pack?.rules.book.some((r) => r.id === 'FUND-TABLE-NOTE')).toBe(false);

    // By the path of the folder itself, though it is also in packs/: still one pack.
    const byPath = await cli(
      'new',
      join(dir, 'k2.sqlite'),
      '--year',
      '2026',
      ...UNIT,
      '--pack',
      folder,
    );
    expect(byPath).toMatchObject({ code: 0, err: '' });

    const shown = await cli('packs', '--show', 'kaiping-2026');
    expect(JSON.parse(shown.out)).toEqual(snap.pack);
  });

  it('a bad file is refused naming the file and each field, and no book is made', async () => {
    const folder = join(dir, 'bad');
    mkdirSync(join(folder, 'tables'), { recursive: true });
    writeFileSync(
      join(folder, 'pack.json'),
      JSON.stringify({ id: 'bad-2027', name: '坏表式', extends: 'jiangmen-2027' }),
    );
    writeFileSync(
      join(folder, 'tables', '05.json'),
      JSON.stringify({ number: 5, notes: '注：无' }),
    );
    const book = join(dir, 'x.sqlite');
    const r = await cli('new', book, '--year', '2027', ...UNIT, '--pack', folder);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `出错：表式“${folder}”有误，未加载：${join(folder, 'tables', '05.json')}：notes：应为列表 [ … ]`,
    );
    expect(existsSync(book)).toBe(false);

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "id": "x",\n  "name": \n}');
    const listed = await cli('packs', '--pack', broken);
    expect(listed.code).toBe(2);
    expect(listed.err).toContain(`${broken}：不是正确的 JSON，请检查逗号、引号和括号是否成对`);

    const unknown = await cli('new', book, '--year', '2027', ...UNIT, '--pack', 'nowhere-2027');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      '没有编号为“nowhere-2027”的表式，也没有这样的文件（现有：江门市 2021 年部门预算公开表式（jiangmen-2021）',
    );
  });
});
