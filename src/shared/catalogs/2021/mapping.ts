/**
 * Default 部门→政府 经济分类 mapping for 2021 (layout-notes §3.6, after the MOF 两套支出经济分类科目
 * 对照表 of 财预〔2017〕98号). 机关 (行政单位 and 参公事业单位) map 款 by 款 onto 501–504; other
 * 事业单位 map whole 类 onto 505/506. Classes outside pay, goods and capital map alike on both
 * sides. A 3-digit key is a class-wide fallback, used only when the 款 itself is not listed.
 */
import type { ClassificationEntry, GovMappingTable, MappingSide } from '../types';

type Pairs = Record<string, string>;

/** `to` for each code of a space-separated list, so a rule reads like its line in the 对照表. */
function all(codes: string, to: string): Pairs {
  return Object.fromEntries(codes.split(' ').map((code) => [code, to]));
}

/** 303, 307, 311, 312, 313 and 399: the same 政府 款 whatever the unit type. */
const common: Pairs = {
  ...all('30301 30302 30303', '50905'),
  ...all('30304 30305 30306 30307 30309', '50901'),
  '30308': '50902',
  '30310': '50903',
  '30399': '50999',
  '30701': '51101',
  '30702': '51102',
  '30703': '51103',
  '30704': '51104',
  // 基本建设 capital (311) is 对企业资本性支出（二）, other capital injections（一）, as 309/310 do.
  ...all('31101 31199', '50802'),
  ...all('31201 31203', '50801'),
  '31204': '50701',
  '31205': '50702',
  '31299': '50799',
  '31302': '51002',
  '31303': '51003',
  '31304': '51004',
  // 经常性/资本性赠与 are the split of 赠与; the 政府 side keeps one 赠与 款.
  ...all('39906 39909 39910', '59906'),
  '39907': '59907',
  '39908': '59908',
  '39999': '59999',
};

const admin: Pairs = {
  // 绩效工资 is a 事业单位 item; a 机关 that records it still pays it as 工资奖金津补贴.
  ...all('30101 30102 30103 30107', '50101'),
  ...all('30108 30109 30110 30111 30112', '50102'),
  '30113': '50103',
  ...all('30106 30114 30199', '50199'),
  ...all(
    '30201 30202 30204 30205 30206 30207 30208 30209 30211 30214 30228 30229 30239 30240',
    '50201',
  ),
  '30215': '50202',
  '30216': '50203',
  ...all('30218 30224 30225', '50204'),
  ...all('30203 30226 30227', '50205'),
  '30217': '50206',
  '30212': '50207',
  '30231': '50208',
  '30213': '50209',
  '30299': '50299',
  '310': '50399',
  '31001': '50301',
  '31005': '50302',
  '31013': '50303',
  ...all('31009 31010 31011 31012', '50305'),
  ...all('31002 31003 31007', '50306'),
  '31006': '50307',
  '309': '50499',
  '30901': '50401',
  '30905': '50402',
  '30913': '50403',
  ...all('30902 30903 30907', '50404'),
  '30906': '50405',
  ...common,
};

const institution: Pairs = {
  '301': '50501',
  '302': '50502',
  '310': '50601',
  '309': '50602',
  ...common,
};

export const govMapping2021: GovMappingTable = { admin, institution };

function resolve(table: Pairs, deptCode: string): string | undefined {
  return table[deptCode] ?? table[deptCode.slice(0, 3)];
}

/**
 * Pairs allowed beyond the default. A 事业单位 may use the 机关 code of a 款 (the 2021 sample maps
 * 31007 to 50306), which the checks then warn about; 机关 get no alternatives.
 */
export function govAllowed2021(
  deptEconomic: readonly ClassificationEntry[],
): Record<MappingSide, Record<string, string[]>> {
  const institutionExtra: Record<string, string[]> = {};
  for (const { code } of deptEconomic) {
    if (code.length !== 5) continue;
    const alt = resolve(admin, code);
    if (alt !== undefined && alt !== resolve(institution, code)) institutionExtra[code] = [alt];
  }
  return { admin: {}, institution: institutionExtra };
}
