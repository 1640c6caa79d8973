/**
 * Runtime schemas of the entities a clerk edits (units, projects, line items, the income plan,
 * texts, assets, 绩效指标), built from the field rules. Types are checked against the domain's
 * interfaces, so a field added to one and not the other fails to compile.
 */
import { z } from 'zod';
import type {
  AssetFigures,
  IncomePlanEntry,
  LineItemInput,
  PerformanceIndicator,
  Project,
  Unit,
  UnitTexts,
} from '../domain';
import {
  countField,
  dateField,
  fenField,
  fundSourceField,
  kindField,
  nonNegativeFen,
  nonNegativeNumber,
  requiredText,
  textField,
  tierField,
  unitCodeField,
  unitTypeField,
} from './fields';

const object = <T extends z.ZodRawShape>(label: string, shape: T) =>
  z.object(shape, { error: `“${label}”应为一组字段（对象）` });

export const unitSchema = object('单位', {
  code: unitCodeField(),
  name: requiredText('单位名称'),
  type: unitTypeField(),
  parentCode: unitCodeField('上级单位').nullable().optional().default(null),
}) satisfies z.ZodType<Unit, unknown>;

export const projectSchema = object('项目', {
  code: requiredText('项目编码', 40),
  name: requiredText('项目名称'),
  level: z.union([z.literal(1), z.literal(2)], {
    error: '“项目级次”应为 1（一级项目）或 2（二级项目）',
  }),
  parentCode: textField('上级项目', 40).nullable(),
  unitCode: unitCodeField('所属单位'),
  isKey: z.boolean({ error: '“重点项目”应为是或否' }),
  approvedFen: nonNegativeFen('项目库审定数').nullable(),
  procurementGoodsFen: nonNegativeFen('政府采购-货物'),
  procurementWorksFen: nonNegativeFen('政府采购-工程'),
  procurementServicesFen: nonNegativeFen('政府采购-服务'),
}) satisfies z.ZodType<Project, unknown>;

/** A line as typed or pasted: codes are checked against the catalog by the handler. */
export const lineInputSchema = object('明细行', {
  id: z
    .number({ error: '“明细行编号”应为正整数' })
    .refine((v) => Number.isSafeInteger(v) && v > 0, { error: '“明细行编号”应为正整数' })
    .optional(),
  unitCode: textField('单位编码', 20),
  functionCode: textField('功能科目编码', 20),
  deptEconCode: textField('部门经济科目编码', 20),
  govEconCode: textField('政府经济科目编码', 20),
  kind: kindField(),
  projectCode: textField('项目编码', 40).nullable(),
  fundSource: fundSourceField(),
  amountFen: fenField('金额'),
}) satisfies z.ZodType<LineItemInput & { id?: number }, unknown>;

export const planEntrySchema = object('收入计划', {
  unitCode: unitCodeField('单位'),
  fundSource: fundSourceField(),
  amountFen: nonNegativeFen('控制数'),
}) satisfies z.ZodType<IncomePlanEntry, unknown>;

export const textsSchema = object('单位概况', {
  mainDuties: textField('主要职责'),
  organization: textField('机构设置'),
  budgetComposition: textField('部门预算构成'),
}) satisfies z.ZodType<UnitTexts, unknown>;

export const assetsSchema = object('国有资产', {
  asOfDate: dateField('截至日期'),
  fixedAssetsFen: nonNegativeFen('固定资产金额'),
  buildingsM2: nonNegativeNumber('房屋面积'),
  vehicles: countField('车辆'),
  equipmentOver1m: countField('单价100万元以上设备'),
  plannedPurchaseFen: nonNegativeFen('拟购置固定资产金额'),
  plannedPurchaseText: textField('拟购置说明'),
}) satisfies z.ZodType<AssetFigures, unknown>;

export const indicatorItemSchema = object('绩效指标', {
  tier: tierField(),
  category: requiredText('二级指标'),
  name: requiredText('指标名称'),
  value: textField('指标值', 200),
  unit: textField('计量单位', 40),
}) satisfies z.ZodType<Omit<PerformanceIndicator, 'id' | 'projectCode'>, unknown>;
