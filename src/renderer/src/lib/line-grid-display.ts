/**
 * What each cell of the line grid shows: "30101 基本工资" for codes, 元 or 万元 for amounts,
 * grey for a 政府经济科目 the catalog defaulted, hints in the empty row.
 */
import type { Unit } from '../../../shared/domain';
import { type DisplayUnit, formatAmount } from './money-display';
import {
  codeLabel,
  defaultGov,
  type CellValues,
  type ColumnKey,
  type LineOptions,
} from './line-cells';
import type { CellError, GridRow } from './line-grid-editing';

export interface DisplayContext {
  opts: LineOptions;
  draft: CellValues;
  units: readonly Unit[];
  defaultUnitCode: string;
  unit: DisplayUnit;
}

export function rowKey(r: GridRow): string {
  return r.type === 'line' ? `l${r.line.id}` : 'draft';
}

export function cellDisplay(
  r: GridRow,
  key: ColumnKey,
  ctx: DisplayContext,
): { text: string; muted: boolean } {
  const v = r.type === 'line' ? r.line[key] : ctx.draft[key];
  if (key === 'amountFen') {
    return { text: v === undefined ? '' : formatAmount(Number(v), ctx.unit), muted: false };
  }
  if (key === 'unitCode') {
    const code = String(v ?? (r.type === 'draft' ? ctx.defaultUnitCode : ''));
    const name = ctx.units.find((u) => u.code === code)?.name ?? code;
    return { text: name, muted: r.type === 'draft' };
  }
  if (r.type === 'draft' && (v === undefined || v === '')) {
    const first = key === 'functionCode' && Object.keys(ctx.draft).length === 0;
    if (first) return { text: '新行：输入编码、名称或拼音首字母', muted: true };
    return { text: key === 'govEconCode' ? '（按默认对应）' : '', muted: true };
  }
  const code = String(v ?? '');
  const text = codeLabel(ctx.opts, key, code);
  if (key === 'govEconCode' && r.type === 'line') {
    const unit = ctx.units.find((u) => u.code === r.line.unitCode);
    return { text, muted: code === defaultGov(ctx.opts, r.line.deptEconCode, unit) };
  }
  return { text, muted: false };
}

export function errorAt(e: CellError | null, r: GridRow, key: ColumnKey): string | null {
  const at = r.type === 'line' ? r.line.id : 'draft';
  return e && e.row === at && e.col === key ? e.message : null;
}
