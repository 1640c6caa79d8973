/**
 * THE record of the API: for every channel, the runtime schema of its argument and whether it
 * writes to the book. The channel list derives from it, main parses every argument with it in its
 * one invoke path, and it must cover ApiContract exactly: a channel in the contract without an
 * entry here (or an entry without a channel) fails to compile. The results' schemas are the
 * parallel record of ./results.ts (main checks every answer with it; the renderer need not load it).
 *
 * Why zod: a small, well-kept validator whose schemas carry their TypeScript types, so the record
 * is checked against the contract at compile time; its messages are set per field in Chinese
 * (./fields.ts) and its built-in zh-CN locale covers the rest.
 */
import { z } from 'zod';
import type { CatalogKind } from '../catalogs/types';
import type { ApiContract, Channel } from './contract';
import {
  assetsSchema,
  indicatorItemSchema,
  lineInputSchema,
  planEntrySchema,
  projectSchema,
  textsSchema,
  unitSchema,
} from './entity-schemas';
import {
  fundSourceField,
  idField,
  requiredText,
  tableNoField,
  tableNoteText,
  textField,
  unitCodeField,
  unitTypeField,
  yearField,
} from './fields';

z.config(z.locales.zhCN());

/** One channel: its argument's schema and its kind. */
interface ChannelSchema<A> {
  arg: z.ZodType<A, unknown>;
  /** Writes to the open book or to disk: the renderer waits for these before a window closes. */
  write: boolean;
}

/** A channel's argument: one object (JSON object) of named fields. */
const args = <T extends z.ZodRawShape>(shape: T) =>
  z.object(shape, { error: '参数应为一个对象（JSON 对象），请检查调用方' });
const none = args({});
const path = (label = '文件位置') => requiredText(label, 4096);
const fileContent = args({
  fileName: textField('文件名', 1024),
  contentBase64: z.string({ error: '“文件内容”应为 base64 文字' }),
});
const workbook = args({
  source: requiredText('工作簿位置', 4096).optional(),
  fileName: textField('文件名', 1024).optional(),
  contentBase64: z.string({ error: '“文件内容”应为 base64 文字' }).optional(),
});
/** An export's destination (ExportTarget): the chosen path, replaced only with `overwrite`. */
const exportTarget = {
  path: path('保存位置'),
  overwrite: z.boolean({ error: '“是否替换”应为是或否' }).optional(),
};
const catalogKind = z.enum(['function', 'dept-econ', 'gov-econ'] satisfies CatalogKind[], {
  error:
    '“科目种类”应为 function（支出功能分类）、dept-econ（部门经济分类）或 gov-econ（政府经济分类）',
});
const subjectCode = z
  .string({ error: '“科目编码”应为文字' })
  .refine((v) => /^\d{3,7}$/.test(v), { error: '“科目编码”应为 3 至 7 位数字' });
const unitBooks = z
  .array(path('下属单位预算文件'), { error: '“下属单位预算文件”应为一组文件位置' })
  .min(1, { error: '请选择至少一本下属单位的预算文件（.sqlite）' });
const ext = z.array(textField('扩展名', 16), { error: '“文件类型”应为一组扩展名' });

const read = <A>(arg: z.ZodType<A, unknown>): ChannelSchema<A> => ({ arg, write: false });
const write = <A>(arg: z.ZodType<A, unknown>): ChannelSchema<A> => ({ arg, write: true });

type Record_ = { [C in Channel]: ChannelSchema<ApiContract[C]['arg']> };

export const API_SCHEMAS = {
  'app:info': read(none),
  'book:create': write(
    args({
      path: path('保存位置'),
      year: yearField(),
      unitCode: unitCodeField(),
      unitName: requiredText('单位名称'),
      unitType: unitTypeField(),
      pack: textField('公开表式', 4096).optional(),
      overwrite: z.boolean({ error: '“是否替换”应为是或否' }).optional(),
    }),
  ),
  'book:open': write(args({ path: path('预算文件') })),
  'book:open-sample': write(
    args({
      path: path('示例保存位置').optional(),
      overwrite: z.boolean({ error: '“是否替换”应为是或否' }).optional(),
    }),
  ),
  'book:close': write(none),
  'book:summary': read(none),
  'packs:list': read(none),
  'catalog:book': read(none),
  'catalog:usage': read(args({ kind: catalogKind.optional(), code: subjectCode })),
  'catalog:import-preview': read(workbook.extend({ kind: catalogKind.optional() })),
  'catalog:import-commit': write(args({ previewId: requiredText('预览编号', 100) })),
  'units:save': write(args({ unit: unitSchema })),
  'projects:save': write(args({ project: projectSchema })),
  'projects:delete': write(args({ code: requiredText('项目编码', 40) })),
  'lines:list': read(args({ unitCode: unitCodeField().optional() })),
  'lines:save-many': write(
    args({
      lines: z.array(lineInputSchema, { error: '“明细行”应为一组明细' }),
      deleteIds: z.array(idField(), { error: '“删除的明细行编号”应为一组编号' }).optional(),
      restore: z.boolean({ error: '“恢复”应为是或否' }).optional(),
    }),
  ),
  'lines:import': write(fileContent),
  'lines:export-csv': read(none),
  'indicators:replace': write(
    args({
      projectCode: requiredText('项目编码', 40),
      items: z.array(indicatorItemSchema, { error: '“绩效指标”应为一组指标' }),
    }),
  ),
  'plan:list': read(none),
  'plan:set': write(args({ entry: planEntrySchema })),
  'tables:derive': read(args({ tables: z.array(tableNoField()).optional() })),
  'validate:run': read(none),
  'export:xlsx': write(args({ ...exportTarget, table: tableNoField().optional() })),
  'book:import-workbook': write(workbook.extend({ path: path('保存位置') })),
  'book:roll': write(args({ path: path('新预算的保存位置'), year: yearField('新年度') })),
  'lastyear:preview': read(workbook),
  'lastyear:commit': write(args({ previewId: requiredText('预览编号', 100) })),
  'compare:run': read(none),
  'book:snapshot': read(none),
  'texts:get': read(args({ unitCode: unitCodeField().optional() })),
  'texts:set': write(args({ texts: textsSchema, unitCode: unitCodeField().optional() })),
  'assets:get': read(none),
  'assets:set': write(args({ assets: assetsSchema })),
  'units:delete': write(args({ code: unitCodeField() })),
  'plan:clear': write(args({ unitCode: unitCodeField('单位'), fundSource: fundSourceField() })),
  'review-notes:list': read(none),
  'review-notes:set': write(
    args({ findingKey: requiredText('审核结论编号', 500), note: textField('出错说明') }),
  ),
  'table-notes:set': write(args({ tableNo: tableNoField(), text: tableNoteText() })),
  'document:draft': read(none),
  'reasons:set': write(
    args({ subjectKey: requiredText('说明项目', 200), reason: textField('原因') }),
  ),
  'export:document': write(
    args({
      ...exportTarget,
      format: z.enum(['docx', 'pdf'], { error: '“格式”应为 docx 或 pdf' }),
      charts: z.boolean({ error: '“附图表”应为是或否' }).optional(),
    }),
  ),
  'files:browse': read(args({ dir: path('文件夹').optional(), extensions: ext })),
  'merge:preview': read(args({ paths: unitBooks })),
  'merge:commit': write(args({ paths: unitBooks })),
  'merge:sources': read(none),
  'snapshots:list': read(none),
  'snapshots:preview': read(args({ id: requiredText('历史版本', 200) })),
  'snapshots:restore': write(
    args({ id: requiredText('历史版本', 200).optional(), path: path('预算文件').optional() }),
  ),
  'book:submit': write(args({ label: requiredText('报送稿名称', 20) })),
  'versions:diff': read(
    args({
      from: textField('起始版本', 200).optional(),
      to: textField('对比版本', 200).optional(),
    }),
  ),
  'book:save-as': write(args({ path: path('新预算文件的保存位置') })),
} satisfies Record_;

/** Compile-time: the record has no channel the contract lacks. */
type Extra = Exclude<keyof typeof API_SCHEMAS, Channel>;
const noExtra: [Extra] extends [never] ? true : never = true;
void noExtra;

/** Every channel name, for the preload allow-list and the HTTP router. */
export const CHANNELS = Object.keys(API_SCHEMAS) as Channel[];

/** Channels that write (to the book or to disk). */
export function isWriteChannel(channel: Channel): boolean {
  return API_SCHEMAS[channel].write;
}
