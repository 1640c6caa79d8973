/**
 * Field rules, declared once: the API boundary parses every argument with them (main), and the
 * renderer's forms check what the clerk typed with the same ones (fieldProblem) before sending.
 * Each message is Chinese and names the field as the screen labels it.
 */
import { z } from 'zod';
import {
  EXPENDITURE_KINDS,
  FUND_SOURCES,
  INDICATOR_TIERS,
  TABLE_NOTE_MAX_CHARS,
  UNIT_TYPES,
} from '../domain';

/** 单位编码: 3 to 20 digits (the sample's 404011; finance bureaus number units this way). */
const UNIT_CODE_PATTERN = /^\d{3,20}$/;
/** Longest name of a unit or project, in characters. */
const NAME_MAX_CHARS = 200;
/** Longest free text (第一部分 texts, reasons, 出错说明), in characters. */
const TEXT_MAX_CHARS = 20_000;

/** A string field; `label` is how the screen names it. */
export const textField = (label: string, max = TEXT_MAX_CHARS) =>
  z.string({ error: `“${label}”应为文字` }).max(max, { error: `“${label}”不能超过 ${max} 个字` });

/** A string field that must not be blank. */
export const requiredText = (label: string, max = NAME_MAX_CHARS) =>
  textField(label, max).refine((v) => v.trim() !== '', { error: `“${label}”不能为空` });

export const unitCodeField = (label = '单位编码') =>
  z.string({ error: `“${label}”应为文字` }).refine((v) => UNIT_CODE_PATTERN.test(v.trim()), {
    error: `“${label}”应为 3 至 20 位数字`,
  });

/** An amount in integer 分 (may be negative: 审核 reports a negative line, the ledger keeps it). */
export const fenField = (label: string) =>
  z.number({ error: `“${label}”应为金额（整数分）` }).refine((v) => Number.isSafeInteger(v), {
    error: `“${label}”应为整数分（不能有分以下的小数）`,
  });

/** An amount in integer 分 that cannot be negative (控制数, 政府采购, 资产). */
export const nonNegativeFen = (label: string) =>
  fenField(label).refine((v) => v >= 0, { error: `“${label}”不能为负数，请填写 0 或正数` });

/** A count (辆, 台/套): a non-negative integer. */
export const countField = (label: string) =>
  z
    .number({ error: `“${label}”应为不小于 0 的整数` })
    .refine((v) => Number.isSafeInteger(v) && v >= 0, { error: `“${label}”应为不小于 0 的整数` });

/** A quantity that may have decimals (平方米) and cannot be negative. */
export const nonNegativeNumber = (label: string) =>
  z
    .number({ error: `“${label}”应为数字` })
    .refine((v) => Number.isFinite(v) && v >= 0, { error: `“${label}”应为不小于 0 的数` });

/** A calendar date YYYY-MM-DD. */
export const dateField = (label: string) =>
  z
    .string({ error: `“${label}”应为日期，如 2020-12-31` })
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), {
      error: `“${label}”应为日期，如 2020-12-31`,
    });

export const yearField = (label = '预算年度') =>
  z
    .number({ error: `“${label}”应为四位年份，如 2021` })
    .refine((v) => Number.isInteger(v) && v >= 2000 && v <= 2100, {
      error: `“${label}”应为四位年份，如 2021`,
    });

/** A database id of a line item: a positive integer. */
export const idField = (label = '明细行编号') =>
  z
    .number({ error: `“${label}”应为正整数` })
    .refine((v) => Number.isSafeInteger(v) && v > 0, { error: `“${label}”应为正整数` });

const oneOf = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `“${label}”应为 ${values.join('、')} 之一` });

export const unitTypeField = () => oneOf('单位类型', UNIT_TYPES);
export const fundSourceField = () => oneOf('资金来源', FUND_SOURCES);
export const kindField = () => oneOf('支出类型', EXPENDITURE_KINDS);
export const tierField = () => oneOf('一级指标', INDICATOR_TIERS);
/** A table number; whether the book's pack has that table is the handler's question. */
export const tableNoField = () =>
  z
    .number({ error: '“表号”应为正整数，如 5' })
    .refine((v) => Number.isInteger(v) && v >= 1, { error: '“表号”应为正整数，如 5' });
export const tableNoteText = () => textField('表注', TABLE_NOTE_MAX_CHARS);

/**
 * The first problem `value` has under `schema`, as the Chinese sentence the boundary would
 * answer, or null when it is fine: forms call this on what the clerk typed.
 */
export function fieldProblem(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? '填写有误');
}
