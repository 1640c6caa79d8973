/**
 * The book as a Fiscal Data Package (Open Knowledge's profile of the Frictionless Data Package):
 * the line items — the fact table, with the package's fiscal model (measure: amount in CNY 元,
 * direction expenditure, budget phase 'proposed'; dimensions: unit, 功能分类, 经济分类, kind,
 * fund source, project) — and the thirteen printed tables. Plain data; main writes the files.
 */
import { getCatalog } from '../catalogs';
import type { BookSnapshot } from '../domain';
import { fenToYuanPlain } from '../money';
import type { TableModel } from '../tables/model';
import { tableResource } from './tables';
import type { DataResource } from './types';

/** 1 万元 = 10 000 元: the factor of the printed tables, stated in the package. */
const WAN_FACTOR = 10_000;

function lineResource(book: BookSnapshot): DataResource {
  const catalog = getCatalog(book.info.year);
  const y = book.info.year;
  const unit = new Map(book.units.map((u) => [u.code, u]));
  const project = new Map(book.projects.map((p) => [p.code, p]));
  return {
    name: 'line-items',
    path: 'line-items.csv',
    title: '预算支出明细',
    description:
      '每条明细是一个单位、一个用途、一个资金来源的预算金额；十三张公开表均由这些明细汇总而成。金额单位：元（两位小数）。',
    fields: [
      { name: 'id', type: 'integer', description: '明细编号' },
      {
        name: 'unit_code',
        type: 'string',
        title: '单位编码',
        columnType: 'administrative-classification:generic:code',
        classification: '预算单位编码',
      },
      {
        name: 'unit_name',
        type: 'string',
        title: '单位名称',
        columnType: 'administrative-classification:generic:label',
      },
      {
        name: 'function_code',
        type: 'string',
        title: '功能分类科目编码',
        columnType: 'functional-classification:generic:code',
        classification: `${y}年政府收支分类科目·支出功能分类（项级，7 位；类为前 3 位，款为前 5 位）`,
      },
      {
        name: 'function_name',
        type: 'string',
        title: '功能分类科目名称',
        columnType: 'functional-classification:generic:label',
      },
      {
        name: 'dept_econ_code',
        type: 'string',
        title: '部门预算支出经济分类编码',
        columnType: 'economic-classification:generic:code',
        classification: `${y}年部门预算支出经济分类（款级，5 位；类为前 3 位）`,
      },
      {
        name: 'dept_econ_name',
        type: 'string',
        title: '部门预算支出经济分类名称',
        columnType: 'economic-classification:generic:label',
      },
      {
        name: 'gov_econ_code',
        type: 'string',
        title: '政府预算支出经济分类编码',
        classification: `${y}年政府预算支出经济分类（款级，5 位）`,
      },
      { name: 'gov_econ_name', type: 'string', title: '政府预算支出经济分类名称' },
      {
        name: 'kind',
        type: 'string',
        title: '支出类型（基本支出-人员经费、基本支出-公用经费、项目支出等）',
      },
      {
        name: 'project_code',
        type: 'string',
        title: '二级项目编码',
        columnType: 'project:generic:code',
        classification: '项目库编码',
      },
      {
        name: 'project_name',
        type: 'string',
        title: '二级项目名称',
        columnType: 'project:generic:label',
      },
      {
        name: 'fund_source',
        type: 'string',
        title: '资金来源',
        columnType: 'fin-source:generic:label',
      },
      {
        name: 'amount',
        type: 'number',
        title: '金额（元）',
        unit: '元',
        columnType: 'value',
        decimalChar: '.',
      },
    ],
    rows: book.lines.map((l) => [
      String(l.id),
      l.unitCode,
      unit.get(l.unitCode)?.name ?? '',
      l.functionCode,
      catalog.function(l.functionCode)?.name ?? '',
      l.deptEconCode,
      l.deptEconCode ? (catalog.deptEcon(l.deptEconCode)?.name ?? '') : '',
      l.govEconCode,
      l.govEconCode ? (catalog.govEcon(l.govEconCode)?.name ?? '') : '',
      l.kind,
      l.projectCode ?? '',
      l.projectCode ? (project.get(l.projectCode)?.name ?? '') : '',
      l.fundSource,
      fenToYuanPlain(l.amountFen),
    ]),
  };
}

const dimension = (
  code: string,
  label: string,
  classificationType?: string,
): Record<string, unknown> => ({
  dimensionType: classificationType ? 'classification' : 'other',
  ...(classificationType ? { classificationType } : {}),
  primaryKey: [code],
  attributes: { [code]: { source: code }, [label]: { source: label, labelfor: code } },
});

export interface FiscalDataPackage {
  descriptor: Record<string, unknown>;
  resources: DataResource[];
}

/** The package of a book: descriptor (datapackage.json) and its resources. */
export function fiscalDataPackage(
  book: BookSnapshot,
  models: TableModel[],
  created: string,
): FiscalDataPackage {
  const top = book.units.find((u) => u.code === book.info.unitCode);
  const y = book.info.year;
  const resources = [lineResource(book), ...models.map((m) => tableResource(m, y))];
  const descriptor = {
    profile: 'fiscal-data-package',
    name: `budgetdesk-${book.info.unitCode}-${y}-proposed`,
    title: `${y}年${top?.name ?? book.info.unitCode}部门预算`,
    description:
      `${y}年部门预算（预算草案，budget phase: proposed）的明细与十三张公开表。所有金额以元为单位、两位小数；` +
      `公开表按万元印出（factor ${WAN_FACTOR}：1 万元 = ${WAN_FACTOR} 元）。由 BudgetDesk 部门预算编制导出。`,
    created,
    countryCode: 'CN',
    fiscalPeriod: { start: `${y}-01-01`, end: `${y}-12-31` },
    keywords: ['部门预算', '预算公开', 'fiscal data package'],
    currency: 'CNY',
    amountUnit: {
      name: '元',
      factor: 1,
      printedTablesUnit: '万元',
      printedTablesFactor: WAN_FACTOR,
    },
    resources: resources.map((r) => ({
      name: r.name,
      path: r.path,
      title: r.title,
      description: r.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: r.fields, ...(r.name === 'line-items' ? { primaryKey: ['id'] } : {}) },
    })),
    model: {
      measures: {
        amount: {
          source: 'amount',
          resource: 'line-items',
          currency: 'CNY',
          factor: 1,
          direction: 'expenditure',
          phase: 'proposed',
        },
      },
      dimensions: {
        'administrative-classification': dimension('unit_code', 'unit_name', 'administrative'),
        'functional-classification': dimension('function_code', 'function_name', 'functional'),
        'economic-classification': dimension('dept_econ_code', 'dept_econ_name', 'economic'),
        project: dimension('project_code', 'project_name'),
        'fund-source': {
          dimensionType: 'other',
          primaryKey: ['fund_source'],
          attributes: { fund_source: { source: 'fund_source' } },
        },
        kind: {
          dimensionType: 'other',
          primaryKey: ['kind'],
          attributes: { kind: { source: 'kind' } },
        },
      },
    },
  };
  return { descriptor, resources };
}
