/**
 * 第三部分 五 of a department that merged its units speaks for the whole department: its 国有资产
 * are the department's own figures plus those each unit book brought, re-merges replacing them.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/api/handlers';
import type { HandlerContext } from '../../../src/main/api/context';
import { documentAssets, setAssets } from '../../../src/main/ledger/assets';
import { BookDb } from '../../../src/main/ledger/book-db';
import { consolidateAssets } from '../../../src/shared/merge/assets';
import type { AssetFigures } from '../../../src/shared/domain';
import { useTempDirs } from '../../helpers/temp-dir';
import { DEPT, UNITS, bookWith, unitBook } from './merge-books';

const tempDir = useTempDirs('bd-merge-assets-');
let ctx: HandlerContext | undefined;
afterEach(() => ctx?.book?.close());

const figures = (over: Partial<AssetFigures>): AssetFigures => ({
  asOfDate: '2020-12-31',
  fixedAssetsFen: 0,
  buildingsM2: 0,
  vehicles: 0,
  equipmentOver1m: 0,
  plannedPurchaseFen: 0,
  plannedPurchaseText: '无',
  ...over,
});

function withAssets(path: string, a: AssetFigures): void {
  const b = BookDb.open(path);
  setAssets(b, a);
  b.close();
}

describe('国有资产 of a consolidated department', () => {
  it('adds in 分, keeps the latest date and names every planned purchase', () => {
    const own = figures({ fixedAssetsFen: 100_000_001, vehicles: 1, plannedPurchaseText: '无' });
    const unit = figures({
      asOfDate: '2021-01-31',
      fixedAssetsFen: 2_500_050,
      buildingsM2: 120.5,
      equipmentOver1m: 2,
      plannedPurchaseFen: 3_000_000,
      plannedPurchaseText: '电脑 10 台',
    });
    expect(consolidateAssets(own, [unit])).toEqual({
      asOfDate: '2021-01-31',
      fixedAssetsFen: 102_500_051,
      buildingsM2: 120.5,
      vehicles: 1,
      equipmentOver1m: 2,
      plannedPurchaseFen: 3_000_000,
      plannedPurchaseText: '电脑 10 台',
    });
    expect(consolidateAssets(null, [])).toBeNull();
    expect(consolidateAssets(own, [])).toBe(own);
  });

  it('the document of the department counts what the merged unit books brought, once', async () => {
    const dir = tempDir();
    const dept = await bookWith(dir, 'dept.sqlite', DEPT, []);
    withAssets(dept, figures({ fixedAssetsFen: 1_000_000 }));
    const units = await Promise.all(UNITS.slice(0, 2).map((u) => unitBook(dir, u)));
    withAssets(units[0], figures({ fixedAssetsFen: 200_000, vehicles: 2 }));
    withAssets(units[1], figures({ fixedAssetsFen: 30_000, plannedPurchaseText: '打印机 1 台' }));
    ctx = { book: null, dataDir: join(dir, 'data') };
    const api = createHandlers(ctx);
    await api['book:open']({ path: dept });
    await api['merge:commit']({ paths: units });
    await api['merge:commit']({ paths: units });
    const a = documentAssets(ctx.book!);
    expect(a).toMatchObject({ fixedAssetsFen: 1_230_000, vehicles: 2 });
    expect(a?.plannedPurchaseText).toBe('打印机 1 台');
    const doc = await api['document:draft']({});
    expect(JSON.stringify(doc)).toContain('固定资产金额1.23万元');
  });
});
