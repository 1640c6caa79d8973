/**
 * Jiangmen 2022: the thirteen tables keep the 2021 layout (no 2022 template was available), so
 * this pack points at the 2021 templates. Its own id lets a book say which year's layout it was
 * drafted in, and lets a later edition change a template here without touching 2021 books.
 */
import type { TemplatePack } from '../../template';
import { jiangmen2021 } from '../jiangmen-2021';

export const jiangmen2022: TemplatePack = {
  ...jiangmen2021,
  id: 'jiangmen-2022',
  name: '江门市 2022 年部门预算公开表（十三张表，沿用 2021 年版式）',
  year: 2022,
};
