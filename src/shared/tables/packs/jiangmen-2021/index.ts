/**
 * The built-in template pack: Jiangmen (江门市) 市直部门预算公开, budget year 2021 — thirteen
 * tables, their 审核 rules and the document texts. Every later Jiangmen year extends it.
 */
import type { PackDefinition } from '../definition';
import { jiangmen2021Document } from './glossary';
import { jiangmen2021Rules } from './rules';
import { table1, table2, table3, table4 } from './tables-01-04';
import { table5, table6, table7, table8, table9, table10 } from './tables-05-10';
import { table11, table12, table13 } from './tables-11-13';

export const jiangmen2021: PackDefinition = {
  id: 'jiangmen-2021',
  name: '江门市 2021 年部门预算公开表式',
  year: 2021,
  region: '江门市',
  governmentLevel: '市直',
  unitCaption: '单位：万元',
  tables: [
    table1,
    table2,
    table3,
    table4,
    table5,
    table6,
    table7,
    table8,
    table9,
    table10,
    table11,
    table12,
    table13,
  ],
  rules: { tables: jiangmen2021Rules.tables, book: jiangmen2021Rules.book },
  document: jiangmen2021Document,
};
