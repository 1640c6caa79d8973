/**
 * The child of the crash test: edits a book with the app's own ledger code in an endless cycle of
 * import (with its snapshot), save, snapshot and restore, printing before each operation what it
 * starts and after each commit the state it left, until the parent kills it with SIGKILL.
 * State = (line count, 事业收入 plan amount), which every operation changes in a known way.
 */
import { importLinesFile } from '../../../src/main/import/lines-import';
import { BookDb } from '../../../src/main/ledger/book-db';
import { countLines } from '../../../src/main/ledger/lines';
import { listPlan, setPlan } from '../../../src/main/ledger/plan';
import { restoreSnapshot } from '../../../src/main/snapshots/restore';
import { takeSnapshot } from '../../../src/main/snapshots/take';

const [bookPath, dataDir] = process.argv.slice(2);
const say = (s: string): boolean => process.stdout.write(`${s}\n`);

const row = (i: number): string =>
  [
    '404011',
    '江门市人力资源和社会保障局信息中心',
    '事业单位',
    '2080199',
    '30201',
    '',
    '基本支出-公用经费',
    '',
    '',
    '',
    '',
    '一般公共预算',
    `${100 + (i % 7)}.00`,
  ].join(',');

const HEADER =
  '单位编码,单位名称,单位类型,功能科目编码,部门经济科目编码,政府经济科目编码,支出类型,一级项目编码,一级项目名称,二级项目编码,二级项目名称,资金来源,金额(元)';
const CSV = new Uint8Array(
  Buffer.from([HEADER, ...Array.from({ length: 200 }, (_, i) => row(i))].join('\r\n') + '\r\n'),
);

async function main(): Promise<void> {
  let book = BookDb.open(bookPath, { dataDir });
  const state = (): string => {
    const plan = listPlan(book).find((p) => p.fundSource === '事业收入');
    return `${countLines(book)} ${plan?.amountFen ?? 0}`;
  };
  const save = (amountFen: number): void => {
    say(`begin save ${amountFen}`);
    setPlan(book, { unitCode: '404011', fundSource: '事业收入', amountFen });
    say(`state ${state()}`);
  };
  say(`ready ${state()}`);
  for (let k = 1; ; k++) {
    say('begin import');
    // As lines:import does: the state before the import is kept first.
    takeSnapshot(book, 'before-import', { dataDir });
    await importLinesFile(book, 'crash.csv', CSV);
    say(`state ${state()}`);
    save(k);
    say('begin snapshot');
    const s = takeSnapshot(book, 'manual', { dataDir });
    say(`snap ${s.id} ${state()}`);
    say(`state ${state()}`);
    save(k + 1000000);
    say(`begin restore ${s.id}`);
    restoreSnapshot(bookPath, s.id, { dataDir, open: book });
    book = BookDb.open(bookPath, { dataDir });
    say(`state ${state()}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`child failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(3);
});
