/**
 * 2021 功能分类: every 类 (layout-notes §3.1) and the 款/项 listed for 201, 205, 208, 210 and 221
 * (§3.2), in code order so that a hierarchy walk prints in the order of the code list.
 */
import type { ClassificationEntry } from '../types';
import { functions201, functions205 } from './functions-201-205';
import { adminRunRows } from './functions-admin-run';
import { functions208 } from './functions-208';
import { functions210, functions221 } from './functions-210-221';
import { toEntries, type Row } from './rows';

const classes: Row[] = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['227', '预备费'],
  ['229', '其他支出'],
  ['230', '转移性支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
  ['234', '抗疫特别国债安排的支出'],
];

const below: Record<string, Row[]> = {
  ...adminRunRows,
  '201': functions201,
  '205': functions205,
  '208': functions208,
  '210': functions210,
  '221': functions221,
};

export const functions2021: ClassificationEntry[] = toEntries(
  classes.flatMap((cls) => [cls, ...(below[cls[0]] ?? [])]),
);
