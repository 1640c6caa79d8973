/**
 * 行政运行 of seven more 类 (2021 edition): only the 款 and its 项 01, enough for a unit of 公安,
 * 科技, 文旅, 城乡社区, 农业农村, 交通运输 or 应急管理 to enter its basic expenditure. The
 * complete national list replaces this file.
 */
import type { Row } from './rows';

export const adminRunRows: Record<string, Row[]> = {
  '204': [
    ['20402', '公安'],
    ['2040201', '行政运行'],
  ],
  '206': [
    ['20601', '科学技术管理事务'],
    ['2060101', '行政运行'],
  ],
  '207': [
    ['20701', '文化和旅游'],
    ['2070101', '行政运行'],
  ],
  '212': [
    ['21201', '城乡社区管理事务'],
    ['2120101', '行政运行'],
  ],
  '213': [
    ['21301', '农业农村'],
    ['2130101', '行政运行'],
  ],
  '214': [
    ['21401', '公路水路运输'],
    ['2140101', '行政运行'],
  ],
  '224': [
    ['22401', '应急管理事务'],
    ['2240101', '行政运行'],
  ],
};
