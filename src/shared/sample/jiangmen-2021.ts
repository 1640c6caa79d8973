/**
 * The built-in sample book: 江门市人力资源和社会保障局信息中心 (404011), 部门预算 2021. Its line
 * items, in 分, are chosen so that the Jiangmen 2021 pack prints every figure of the published
 * document, tail differences included: 21011 prints 17.20 over 8.98 + 8.23; 301 prints 323.03
 * while its 款 print 323.05; tables 6 and 11 print 349.73 over 323.03 + 19.13 + 7.56.
 */
import type {
  AssetFigures,
  BookInfo,
  BookSnapshot,
  ExpenditureKind,
  Fen,
  FundSource,
  IncomePlanEntry,
  LineItemInput,
  PerformanceIndicator,
  Project,
  Unit,
  UnitTexts,
} from '../domain';

export const SAMPLE_UNIT: Unit = {
  code: '404011',
  name: '江门市人力资源和社会保障局信息中心',
  type: '事业单位',
  parentCode: null,
};

export const SAMPLE_INFO: BookInfo = {
  year: 2021,
  packId: 'jiangmen-2021',
  unitCode: SAMPLE_UNIT.code,
};

/** 1 万元 = 1,000,000 分. */
const WAN = 1_000_000;

type Basic = [dept: string, fn: string, fen: Fen];

/**
 * 基本支出, all 一般公共预算. A few amounts carry odd 分 (as real payroll figures do); none of
 * them moves a printed figure.
 */
const BASIC_LINES: readonly Basic[] = [
  ['30101', '2080199', 53_738_612],
  ['30102', '2080199', 31_221_450],
  ['30102', '2210203', 13_910_000],
  ['30107', '2080199', 146_852_300],
  ['30108', '2080505', 23_926_000], // 23.926 → 23.93
  ['30109', '2080506', 11_970_000],
  ['30110', '2101102', 8_975_000], // 8.975 → 8.98 …
  ['30111', '2101103', 8_225_000], // … 8.225 → 8.23, while 21011 = 17.200 prints 17.20
  ['30112', '2080199', 150_000],
  ['30113', '2210201', 24_066_000], // 24.066 → 24.07; Σ301 = 323.0344 → 323.03 (款 print 323.05)
  ['30201', '2080199', 3_000_000],
  ['30211', '2080199', 3_000_000],
  ['30217', '2080199', 100_000],
  ['30228', '2080199', 3_420_000],
  ['30229', '2080199', 510_000],
  ['30231', '2080199', 1_200_000],
  ['30299', '2080199', 7_902_000], // Σ302 = 19.132 → 19.13; basic 349.729962 before 30309
  ['30309', '2100799', 7_563_638], // 7.5636 → 7.56; basic 349.73 exactly, so 一般公共预算 = 7,230,300.00 元
];

/** 事业单位 defaults: 301 → 50501, 302 → 50502, 303 → 50901 (layout-notes §3.6). */
function basicGov(dept: string): string {
  return dept.startsWith('301') ? '50501' : dept.startsWith('302') ? '50502' : '50901';
}

function basicKind(dept: string): ExpenditureKind {
  return dept.startsWith('302') ? '基本支出-公用经费' : '基本支出-人员经费';
}

const L1_SPECIAL = '440700210000000035573';
const L1_PLATFORM = '440700210000000070520';
const L1_EMPLOYMENT = '440700210000000070873';
// 二级 codes are not in the published text; these follow the 440700 + 21 + serial pattern.
const P_SECURITY = '440700210000000035601';
const P_CARD = '440700210000000035602';
const P_OPERATION = '440700210000000035603';
const P_PLATFORM = '440700210000000070521';
const P_EMPLOYMENT = '440700210000000070874';

function project(
  code: string,
  name: string,
  parent: string | null,
  extra: Partial<Project> = {},
): Project {
  return {
    code,
    name,
    level: parent ? 2 : 1,
    parentCode: parent,
    unitCode: SAMPLE_UNIT.code,
    isKey: false,
    approvedFen: null,
    procurementGoodsFen: 0,
    procurementWorksFen: 0,
    procurementServicesFen: 0,
    ...extra,
  };
}

const key = (fen: Fen): Partial<Project> => ({
  isKey: true,
  approvedFen: fen,
  procurementServicesFen: fen,
});

export const SAMPLE_PROJECTS: readonly Project[] = [
  project(L1_SPECIAL, '专项业务支出', null),
  project(L1_PLATFORM, '人力资源社会保障公共服务能力和平台建设', null),
  project(L1_EMPLOYMENT, '中央就业补助资金', null),
  project(P_SECURITY, '江门市人力资源和社会保障局网络信息安全加固项目', L1_SPECIAL, key(100 * WAN)),
  project(P_CARD, '江门市社会保障卡“一卡通”应用平台建设与精准服务项目', L1_SPECIAL, key(125 * WAN)),
  project(P_OPERATION, '江门市人力资源和社会保障信息系统运行维护', L1_SPECIAL, {
    approvedFen: 193_800_000,
  }),
  project(
    P_PLATFORM,
    '2021年江门市人力资源和社会保障公共服务能力和平台建设',
    L1_PLATFORM,
    key(150 * WAN),
  ),
  project(P_EMPLOYMENT, '2021年江门市中央就业补助资金', L1_EMPLOYMENT, { approvedFen: 50_200_000 }),
];

type ProjectLine = [project: string, fn: string, gov: string, fund: FundSource, fen: Fen];

/**
 * 项目支出, all 31007 信息网络及软件购置更新. Two of them keep the finance system's 50306 (a
 * 机关 code on a 事业单位, as the published table 10 shows); the others use the default 50601.
 */
const PROJECT_LINES: readonly ProjectLine[] = [
  [P_SECURITY, '2080199', '50306', '一般公共预算', 100_000_000],
  [P_CARD, '2080199', '50601', '上年结转结余', 125_000_000],
  [P_OPERATION, '2080199', '50306', '一般公共预算', 73_100_000],
  [P_OPERATION, '2080199', '50601', '财政专户-其他专户收入拨款', 27_760_000],
  [P_OPERATION, '2080199', '50601', '上年结转结余', 92_940_000],
  [P_PLATFORM, '2089999', '50601', '一般公共预算', 150_000_000],
  [P_EMPLOYMENT, '2080701', '50601', '一般公共预算', 50_200_000],
];

export const SAMPLE_LINES: readonly LineItemInput[] = [
  ...BASIC_LINES.map(
    ([dept, fn, fen]): LineItemInput => ({
      unitCode: SAMPLE_UNIT.code,
      functionCode: fn,
      deptEconCode: dept,
      govEconCode: basicGov(dept),
      kind: basicKind(dept),
      projectCode: null,
      fundSource: '一般公共预算',
      amountFen: fen,
    }),
  ),
  ...PROJECT_LINES.map(
    ([code, fn, gov, fund, fen]): LineItemInput => ({
      unitCode: SAMPLE_UNIT.code,
      functionCode: fn,
      deptEconCode: '31007',
      govEconCode: gov,
      kind: '项目支出',
      projectCode: code,
      fundSource: fund,
      amountFen: fen,
    }),
  ),
];

/** The income plan equals what the lines allocate per source: the sample book balances. */
export const SAMPLE_PLAN: readonly IncomePlanEntry[] = (() => {
  const bySource = new Map<FundSource, Fen>();
  for (const l of SAMPLE_LINES)
    bySource.set(l.fundSource, (bySource.get(l.fundSource) ?? 0) + l.amountFen);
  return [...bySource].map(([fundSource, amountFen]) => ({
    unitCode: SAMPLE_UNIT.code,
    fundSource,
    amountFen,
  }));
})();

export const SAMPLE_TEXTS: UnitTexts = {
  mainDuties:
    '负责全市人力资源和社会保障系统信息化建设的规划、实施和管理，组织实施我市金保工程；负责全市人力资源和社会保障信息系统软件、网络系统的统一开发、维护和管理工作；负责市人力资源和社会保障局数据中心的硬件维护和管理工作；负责组织和协调全市参保人社会保障卡制作、发放和管理工作；负责社会保障卡信息系统和终端设备的管理和维护及全市社会保障卡内资金交易清算和安全管理的工作；协调指导各地、各相关部门进行社会保障卡推广应用和跨区域应用；负责与省和各市、区的信息数据交换工作；负责全市各级人力资源和社会保障系统工作人员的计算机应用和培训工作。',
  organization: '本单位内设四个部门，分别为综合管理部、技术开发部、系统维护部和社保卡服务部。',
  budgetComposition: '本单位无下属单位，部门预算为本级预算。',
};

export const SAMPLE_ASSETS: AssetFigures = {
  asOfDate: '2020-12-31',
  fixedAssetsFen: 1_680_000,
  buildingsM2: 0,
  vehicles: 1,
  equipmentOver1m: 0,
  plannedPurchaseFen: 0,
  plannedPurchaseText: '无',
};

/**
 * 绩效指标 of the three key projects, restating the targets the published 第三部分 六 gives as
 * prose (e.g. "网上业务办理量提升率为5%"). Not part of sampleSnapshot(): the validation tests
 * keep the sample's "key project without targets" warnings; the sample book file includes them.
 */
export const SAMPLE_INDICATORS: readonly Omit<PerformanceIndicator, 'id'>[] = [
  {
    projectCode: P_SECURITY,
    tier: '产出指标',
    category: '质量指标',
    name: '数据中心硬件设备及IPv6升级迭代',
    value: '按计划完成',
    unit: '',
  },
  {
    projectCode: P_SECURITY,
    tier: '效益指标',
    category: '社会效益指标',
    name: '网络安全风险预知和防护能力',
    value: '进一步提高',
    unit: '',
  },
  {
    projectCode: P_PLATFORM,
    tier: '产出指标',
    category: '数量指标',
    name: '人社智慧公共服务新模式',
    value: '建成',
    unit: '',
  },
  {
    projectCode: P_PLATFORM,
    tier: '效益指标',
    category: '社会效益指标',
    name: '网上业务办理量提升率',
    value: '=5',
    unit: '%',
  },
  {
    projectCode: P_CARD,
    tier: '产出指标',
    category: '数量指标',
    name: '社保卡用户信息更新核对',
    value: '全面开展',
    unit: '',
  },
  {
    projectCode: P_CARD,
    tier: '效益指标',
    category: '社会效益指标',
    name: '居民服务“一卡通”应用领域',
    value: '持续拓展',
    unit: '',
  },
];

/** The sample as a snapshot (lines numbered from 1), for the engine and tests. */
export function sampleSnapshot(): BookSnapshot {
  return {
    info: { ...SAMPLE_INFO },
    units: [{ ...SAMPLE_UNIT }],
    projects: SAMPLE_PROJECTS.map((p) => ({ ...p })),
    lines: SAMPLE_LINES.map((l, i) => ({ ...l, id: i + 1 })),
    plan: SAMPLE_PLAN.map((e) => ({ ...e })),
  };
}
