/**
 * draftExplanation on plain snapshots: 机关运行经费 by unit type, a 三公 item new this year,
 * missing assets and key projects without indicators (warnings and placeholders), 政府采购 with
 * fractions of 万元, and the glossary's government level.
 */
import { describe, expect, it } from 'vitest';
import type { AssetFigures, BookSnapshot, LastYearFigure } from '../../../src/shared/domain';
import {
  documentPackFor,
  draftExplanation,
  glossaryOf,
  paragraphText,
  type DocumentPack,
} from '../../../src/shared/narrative';
import {
  SAMPLE_ASSETS,
  SAMPLE_INDICATORS,
  sampleSnapshot,
} from '../../../src/shared/sample/jiangmen-2021';
import { deriveTables } from '../../../src/shared/tables/engine';

const PACK = documentPackFor('jiangmen-2021') as DocumentPack;

function figure(
  tableNo: number,
  rowKey: string,
  columnIndex: number,
  amountFen: number,
): LastYearFigure {
  return { id: 0, tableNo, rowKey, code: '', label: rowKey, columnIndex, caption: '', amountFen };
}

function draft(book: BookSnapshot, assets: AssetFigures | null = SAMPLE_ASSETS) {
  return draftExplanation({ book, tables: deriveTables(book, [1, 7]), assets, pack: PACK });
}

function text(d: ReturnType<typeof draft>, key: string): string {
  return (d.sections.find((s) => s.key === key)?.paragraphs ?? []).map(paragraphText).join('\n');
}

function withIndicators(book: BookSnapshot): BookSnapshot {
  return { ...book, indicators: SAMPLE_INDICATORS.map((i, n) => ({ ...i, id: n + 1 })) };
}

describe('机关运行经费 by unit type', () => {
  it('a 行政单位 gets its figure from table 7, compared with last year, with a reason slot', () => {
    const book = withIndicators(sampleSnapshot());
    book.units[0].type = '行政单位';
    book.lastYear = [figure(7, 'fixed:admin', 1, 10_000_000)];
    const d = draft(book);
    const admin = text(d, 'admin');
    expect(admin).not.toContain('非参照公务员法管理');
    // 行政经费 of the sample's basic 302 lines under a 行政单位: 办公费 3.00 + 差旅费 3.00 + 公务接待 0.10 + 福利费 0.51 + 车辆运行 1.20.
    expect(admin).toContain(
      '2021年，本部门机关运行经费安排7.81万元，比上年减少2.19万元，下降21.90%，主要原因是【请填写原因】。',
    );
    expect(d.slots.find((s) => s.subjectKey === '机关运行经费')?.needed).toBe(true);
  });

  it('a 事业单位 prints 0.00 and the fixed sentence, with no reason slot', () => {
    const d = draft(withIndicators(sampleSnapshot()));
    expect(text(d, 'admin')).toContain('安排0.00万元，本部门为非参照公务员法管理的事业单位');
    expect(d.slots.some((s) => s.subjectKey === '机关运行经费')).toBe(false);
  });
});

describe('three-public items', () => {
  it('an item last year did not have is an increase without a percentage, and needs a reason', () => {
    const book = withIndicators(sampleSnapshot());
    book.lastYear = [
      figure(7, 'fixed:threePublic', 1, 1_300_000),
      figure(7, 'fixed:reception', 1, 1_300_000),
    ];
    const d = draft(book);
    const t = text(d, 'threePublic');
    expect(t).toContain('“三公”经费1.30万元,与上年持平。');
    expect(t).toContain(
      '公务用车购置及运行费1.20万元(公务用车购置费0.00万元,公务用车运行维护费1.20万元),比上年增加1.20万元,上年无该项预算,无法计算增减比例,主要原因是',
    );
    expect(t).toContain('公务接待费0.10万元,比上年减少1.20万元,下降92.31%');
    expect(d.slots.filter((s) => s.needed).map((s) => s.subjectKey)).toEqual([
      '三公-公务用车',
      '三公-公务接待',
    ]);
  });
});

describe('facts the clerk has not entered', () => {
  it('no asset figures: a placeholder in 五 and a warning naming what to enter', () => {
    const d = draft(withIndicators(sampleSnapshot()), null);
    expect(text(d, 'assets')).toBe('【请录入国有资产数据】');
    expect(d.warnings.some((w) => w.includes('尚未录入国有资产数据'))).toBe(true);
  });

  it('a key project without indicators: empty targets and a warning naming the project', () => {
    const d = draft(sampleSnapshot());
    const rows = d.sections.find((s) => s.key === 'keyProjects')?.table?.rows ?? [];
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.targets === '')).toBe(true);
    expect(d.warnings.filter((w) => w.includes('没有绩效指标'))).toHaveLength(3);
  });

  it('no key projects: 六 says so and prints no table', () => {
    const book = sampleSnapshot();
    for (const p of book.projects) p.isKey = false;
    const six = draft(book).sections.find((s) => s.key === 'keyProjects');
    expect(six?.table).toBeUndefined();
    expect(six && paragraphText(six.paragraphs[0])).toBe('2021年，本部门无重点项目。');
  });
});

describe('政府采购 and the glossary', () => {
  it('prints two decimals for every figure once one is not whole 万元', () => {
    const book = withIndicators(sampleSnapshot());
    book.projects[3].procurementGoodsFen = 12_345_678; // 12.35 万元
    expect(text(draft(book), 'procurement')).toBe(
      '2021年本部门政府采购安排387.35万元，其中：货物类采购预算12.35万元，工程类采购预算0.00万元，服务类采购预算375.00万元等。',
    );
  });

  it('has the ten terms in order, with the pack’s government level', () => {
    const terms = glossaryOf(PACK);
    expect(terms.map((t) => t.term)).toEqual([
      '财政拨款收入',
      '事业收入',
      '经营收入',
      '其他收入',
      '用事业基金弥补收支差额',
      '基本支出',
      '项目支出',
      '经营支出',
      '行政经费（机关运行经费）',
      '“三公”经费',
    ]);
    expect(terms[9].definition).toMatch(/^指市直行政（参公）单位、事业单位/);
    expect(glossaryOf({ ...PACK, governmentLevel: '省直' })[9].definition).toMatch(/^指省直行政/);
  });
});
