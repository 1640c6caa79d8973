import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BookDb } from '../../../src/main/ledger/book-db';
import { getAssets } from '../../../src/main/ledger/assets';
import { listIndicators } from '../../../src/main/ledger/indicators';
import { loadSnapshot, writeSnapshot, type SnapshotData } from '../../../src/main/ledger/snapshot';
import { getTexts } from '../../../src/main/ledger/texts';
import { CENTER, INIT_2021, centerProject } from '../../helpers/book-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-snap-');

const data: SnapshotData = {
  // The subordinate unit is listed before its parent on purpose.
  units: [{ code: '404012', name: '下属单位', type: '事业单位', parentCode: '404011' }, CENTER],
  projects: [
    centerProject('P2', '二级', 'P1', {
      isKey: true,
      approvedFen: 500,
      procurementServicesFen: 500,
    }),
    centerProject('P1', '一级', null),
  ],
  lines: [
    {
      unitCode: '404011',
      functionCode: '2080199',
      deptEconCode: '31007',
      govEconCode: '50306',
      kind: '项目支出',
      projectCode: 'P2',
      fundSource: '一般公共预算',
      amountFen: 500,
    },
    {
      unitCode: '404012',
      functionCode: '2080199',
      deptEconCode: '30101',
      govEconCode: '50501',
      kind: '基本支出-人员经费',
      projectCode: null,
      fundSource: '事业收入',
      amountFen: 300,
    },
  ],
  plan: [{ unitCode: '404011', fundSource: '一般公共预算', amountFen: 500 }],
  indicators: [
    {
      projectCode: 'P2',
      tier: '产出指标',
      category: '数量指标',
      name: '系统数',
      value: '≥1',
      unit: '个',
    },
  ],
  texts: { mainDuties: '职责', organization: '机构', budgetComposition: '构成' },
  assets: {
    asOfDate: '2020-12-31',
    fixedAssetsFen: 1,
    buildingsM2: 2.5,
    vehicles: 0,
    equipmentOver1m: 0,
    plannedPurchaseFen: 0,
    plannedPurchaseText: '',
  },
};

describe('snapshot', () => {
  it('writes a whole data set to a file book and reads it back after reopening', () => {
    const path = join(tempDir(), 'snap.sqlite');
    const book = BookDb.create(path, INIT_2021);
    writeSnapshot(book, data);
    writeSnapshot(book, data); // replacing, not appending
    book.close();
    const again = BookDb.open(path);
    const snap = loadSnapshot(again);
    expect(snap.info).toEqual({ year: 2021, packId: 'jiangmen-2021', unitCode: '404011' });
    expect(snap.units.map((u) => u.code)).toEqual(['404011', '404012']);
    expect(snap.projects.map((p) => p.code)).toEqual(['P1', 'P2']);
    expect(snap.lines.map(({ id: _id, ...l }) => l)).toEqual(data.lines);
    expect(snap.plan).toEqual(data.plan);
    expect(listIndicators(again)).toHaveLength(1);
    expect(snap.indicators?.map((i) => i.name)).toEqual(['系统数']);
    expect(snap.lastYear).toEqual([]);
    expect(snap.reasons).toEqual([]);
    expect(getTexts(again)).toEqual(data.texts);
    expect(getAssets(again)).toEqual(data.assets);
    again.close();
  });

  it('is all or nothing: a bad line leaves the book as it was', () => {
    const book = BookDb.openMemory(INIT_2021);
    writeSnapshot(book, data);
    const bad = { ...data, lines: [...data.lines, { ...data.lines[0], projectCode: 'missing' }] };
    expect(() => writeSnapshot(book, bad)).toThrow(/FOREIGN KEY/);
    expect(loadSnapshot(book).lines).toHaveLength(2);
    book.close();
  });
});
