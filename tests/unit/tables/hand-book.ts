/**
 * A small hand-made book for the per-table tests: a 行政单位 department (100001) with a 事业单位
 * (100002) under it, eleven lines over five fund sources and five kinds. The expected figures in
 * tables-hand.test.ts were worked out by hand from the amounts below (in 万元 in the comments).
 */
import type {
  BookSnapshot,
  ExpenditureKind,
  FundSource,
  LineItem,
  Project,
} from '../../../src/shared/domain';

const D = '100001';
const S = '100002';
export const P1 = '440700210000000000001';
export const P2 = '440700210000000000002';
const P11 = '440700210000000000011';
const P12 = '440700210000000000012';
const P21 = '440700210000000000021';

function project(code: string, name: string, unitCode: string, parentCode: string | null): Project {
  return {
    code,
    name,
    level: parentCode ? 2 : 1,
    parentCode,
    unitCode,
    isKey: false,
    approvedFen: null,
    procurementGoodsFen: 0,
    procurementWorksFen: 0,
    procurementServicesFen: 0,
  };
}

type Row = [
  unit: string,
  fn: string,
  dept: string,
  gov: string,
  kind: ExpenditureKind,
  project: string | null,
  fund: FundSource,
  fen: number,
];

const ROWS: Row[] = [
  [D, '2010101', '30101', '50101', '基本支出-人员经费', null, '一般公共预算', 1_234_567], // 1.234567
  [D, '2010101', '30201', '50201', '基本支出-公用经费', null, '一般公共预算', 500_000], // 0.50
  [D, '2010101', '30217', '50206', '基本支出-公用经费', null, '一般公共预算', 15_000], // 0.015
  [D, '2210201', '30113', '50103', '基本支出-人员经费', null, '一般公共预算', 300_000], // 0.30
  [S, '2080199', '30101', '50501', '基本支出-人员经费', null, '事业收入', 2_000_000], // 2.00
  [D, '2010102', '31002', '50306', '项目支出', P11, '一般公共预算', 1_000_000], // 1.00
  [D, '2010102', '30227', '50205', '项目支出', P12, '政府性基金预算', 700_000], // 0.70
  [S, '2080199', '31007', '50601', '项目支出', P21, '上年结转结余', 400_000], // 0.40
  [S, '2080199', '30201', '50502', '事业单位经营支出', null, '经营收入', 250_000], // 0.25
  [D, '2010101', '', '', '结转下年', null, '一般公共预算', 100_000], // 0.10
  [D, '2010101', '30212', '50207', '基本支出-公用经费', null, '一般公共预算', 80_000], // 0.08
];

export function handBook(): BookSnapshot {
  const lines: LineItem[] = ROWS.map(
    (
      [unitCode, functionCode, deptEconCode, govEconCode, kind, projectCode, fundSource, amountFen],
      i,
    ) => ({
      id: i + 1,
      unitCode,
      functionCode,
      deptEconCode,
      govEconCode,
      kind,
      projectCode,
      fundSource,
      amountFen,
    }),
  );
  return {
    info: { year: 2021, packId: 'jiangmen-2021', unitCode: D },
    units: [
      { code: S, name: '某市示范中心', type: '事业单位', parentCode: D },
      { code: D, name: '某市示范局', type: '行政单位', parentCode: null },
    ],
    projects: [
      project(P2, 'B建设', S, null),
      project(P21, 'B1', S, P2),
      project(P1, 'A业务', D, null),
      project(P12, 'A2', D, P1),
      project(P11, 'A1', D, P1),
    ],
    lines,
    plan: [],
  };
}
