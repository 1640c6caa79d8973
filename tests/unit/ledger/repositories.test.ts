import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAssets, getAssets } from '../../../src/main/ledger/assets';
import { BookDb } from '../../../src/main/ledger/book-db';
import { listIndicators, replaceIndicators } from '../../../src/main/ledger/indicators';
import { listLastYear, replaceLastYear } from '../../../src/main/ledger/last-year';
import {
  countLines,
  deleteLines,
  getLine,
  insertLine,
  insertLines,
  listLines,
  updateLine,
} from '../../../src/main/ledger/lines';
import { listPlan, setPlan } from '../../../src/main/ledger/plan';
import {
  deleteProject,
  listProjects,
  projectUsage,
  saveProject,
} from '../../../src/main/ledger/projects';
import { getReason, listReasons, setReason } from '../../../src/main/ledger/reasons';
import { listReviewNotes, setReviewNote } from '../../../src/main/ledger/review-notes';
import { getTexts, setTexts } from '../../../src/main/ledger/texts';
import { getUnit, listUnits, saveUnit } from '../../../src/main/ledger/units';
import type { LineItemInput, Project } from '../../../src/shared/domain';
import { INIT_2021, centerProject } from '../../helpers/book-fixtures';

let book: BookDb;
beforeEach(() => {
  book = BookDb.openMemory(INIT_2021);
});
afterEach(() => book.close());

const L1 = centerProject('440700210000000035573', '专项业务支出', null);
const L2: Project = {
  ...L1,
  code: '440700210000000099001',
  name: '网络信息安全加固项目',
  level: 2,
  parentCode: L1.code,
  isKey: true,
  approvedFen: 100_000_000,
  procurementServicesFen: 100_000_000,
};
const basic: LineItemInput = {
  unitCode: '404011',
  functionCode: '2080199',
  deptEconCode: '30101',
  govEconCode: '50501',
  kind: '基本支出-人员经费',
  projectCode: null,
  fundSource: '一般公共预算',
  amountFen: 53_740_000,
};
const project: LineItemInput = {
  ...basic,
  deptEconCode: '31007',
  govEconCode: '50306',
  kind: '项目支出',
  projectCode: L2.code,
  amountFen: 100_000_000,
};

describe('repositories', () => {
  it('units: the top unit exists; save inserts and updates; subordinate needs a real parent', () => {
    expect(listUnits(book).map((u) => u.code)).toEqual(['404011']);
    saveUnit(book, { code: '404012', name: '下属单位', type: '事业单位', parentCode: '404011' });
    saveUnit(book, {
      code: '404012',
      name: '下属单位（改名）',
      type: '参公事业单位',
      parentCode: '404011',
    });
    expect(getUnit(book, '404012')).toEqual({
      code: '404012',
      name: '下属单位（改名）',
      type: '参公事业单位',
      parentCode: '404011',
    });
    expect(() =>
      saveUnit(book, { code: 'x', name: 'y', type: '事业单位', parentCode: 'nope' }),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      book.db.prepare("INSERT INTO units (code, name, type) VALUES ('9', 'n', '企业')").run(),
    ).toThrow(/CHECK/);
  });

  it('projects: 一级/二级 with flags and amounts round-trip; delete is blocked while lines use it', () => {
    saveProject(book, L1);
    saveProject(book, L2);
    expect(listProjects(book)).toEqual([L1, L2]);
    expect(() => saveProject(book, { ...L2, code: 'p3', parentCode: null })).toThrow(/CHECK/);
    insertLine(book, project);
    expect(projectUsage(book, L2.code)).toEqual({ lines: 1, children: 0 });
    expect(projectUsage(book, L1.code)).toEqual({ lines: 0, children: 1 });
    expect(() => deleteProject(book, L2.code)).toThrow(/FOREIGN KEY/);
    deleteLines(
      book,
      listLines(book).map((l) => l.id),
    );
    expect(deleteProject(book, L2.code)).toBe(true);
  });

  it('indicators: replace per project keeps order and cascades with the project', () => {
    saveProject(book, L1);
    saveProject(book, L2);
    replaceIndicators(book, L2.code, [
      { tier: '产出指标', category: '数量指标', name: '加固系统数', value: '≥5', unit: '个' },
      {
        tier: '效益指标',
        category: '社会效益指标',
        name: '网上业务办理量提升率',
        value: '=5',
        unit: '%',
      },
    ]);
    expect(listIndicators(book, L2.code).map((i) => i.name)).toEqual([
      '加固系统数',
      '网上业务办理量提升率',
    ]);
    deleteProject(book, L2.code);
    expect(listIndicators(book)).toEqual([]);
  });

  it('lines: insertMany, list by unit, update, delete; integer 分 and closed lists enforced', () => {
    saveProject(book, L1);
    saveProject(book, L2);
    expect(insertLines(book, [basic, project])).toBe(2);
    const [a, b] = listLines(book);
    expect(a).toEqual({ ...basic, id: a.id });
    expect(b.projectCode).toBe(L2.code);
    expect(updateLine(book, { ...a, amountFen: 1 })).toBe(true);
    expect(getLine(book, a.id)?.amountFen).toBe(1);
    expect(updateLine(book, { ...a, id: 999 })).toBe(false);
    expect(listLines(book, { unitCode: 'none' })).toEqual([]);
    expect(deleteLines(book, [a.id, 12345])).toBe(1);
    expect(countLines(book)).toBe(1);
    expect(() => insertLine(book, { ...basic, amountFen: 1.5 })).toThrow(/CHECK|STRICT|integer/i);
    expect(() => insertLine(book, { ...basic, kind: '项目支出' })).toThrow(/CHECK/);
    expect(() => insertLines(book, [basic, { ...basic, fundSource: '捐赠' as never }])).toThrow(
      /CHECK/,
    );
    expect(countLines(book)).toBe(1); // the failed batch left nothing behind
  });

  it('plan: set replaces per unit and source; listed in printed source order', () => {
    setPlan(book, { unitCode: '404011', fundSource: '上年结转结余', amountFen: 5 });
    setPlan(book, { unitCode: '404011', fundSource: '一般公共预算', amountFen: 7 });
    setPlan(book, { unitCode: '404011', fundSource: '一般公共预算', amountFen: 9 });
    expect(listPlan(book)).toEqual([
      { unitCode: '404011', fundSource: '一般公共预算', amountFen: 9 },
      { unitCode: '404011', fundSource: '上年结转结余', amountFen: 5 },
    ]);
  });

  it('texts, assets, reasons, review notes, last year figures round-trip', () => {
    expect(getTexts(book)).toEqual({ mainDuties: '', organization: '', budgetComposition: '' });
    const texts = {
      mainDuties: '负责信息化建设',
      organization: '内设三个科室',
      budgetComposition: '本单位',
    };
    setTexts(book, texts);
    expect(getTexts(book, '404011')).toEqual(texts);

    expect(getAssets(book)).toBeNull();
    const assets = {
      asOfDate: '2020-08-31',
      fixedAssetsFen: 123_456_78,
      buildingsM2: 0,
      vehicles: 0,
      equipmentOver1m: 2,
      plannedPurchaseFen: 0,
      plannedPurchaseText: '',
    };
    setAssets(book, assets);
    expect(getAssets(book)).toEqual(assets);

    setReason(book, 'income', '项目支出减少');
    expect(getReason(book, 'income')).toBe('项目支出减少');
    setReason(book, 'income', '  ');
    expect(listReasons(book)).toEqual([]);

    setReviewNote(book, 'table5:total', '尾差');
    expect(listReviewNotes(book).map((n) => [n.findingKey, n.note])).toEqual([
      ['table5:total', '尾差'],
    ]);

    const fig = {
      tableNo: 1,
      rowKey: 'fixed:收入总计',
      code: '',
      label: '收入总计',
      columnIndex: 1,
      caption: '预算',
      amountFen: 11_890_100_00,
    };
    replaceLastYear(book, [fig]);
    replaceLastYear(book, [fig, { ...fig, columnIndex: 2 }]);
    expect(listLastYear(book, 1)).toHaveLength(2);
    expect(() => replaceLastYear(book, [fig, fig])).toThrow(/UNIQUE/);
    expect(listLastYear(book)).toHaveLength(2);
  });
});
