/**
 * A TableModel as an HTML table in the official look: title, 单位名称 / 单位 line and the merged
 * header in <thead>, so Chromium repeats them on every printed page; amounts as 万元 with two
 * decimals (money.ts), zero as 0.00; total rows bold; notes below.
 */
import { formatWan } from '../../shared/money';
import type { TableModel, TableRow } from '../../shared/tables/model';

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function colgroup(model: TableModel): string {
  const total = model.columns.reduce((s, c) => s + c.width, 0) || 1;
  return `<colgroup>${model.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
}

function headerRows(model: TableModel): string {
  const n = model.columns.length;
  const lines: string[] = [
    `<tr class="t-title"><td colspan="${n}">${esc(model.title)}</td></tr>`,
    `<tr class="t-meta"><td colspan="${Math.max(1, n - 1)}">单位名称：${esc(model.unitName)}</td>` +
      (n > 1 ? `<td class="r">${esc(model.unitCaption)}</td>` : '') +
      '</tr>',
  ];
  for (let r = 0; r < model.headerRows; r++) {
    const cells = model.header
      .filter((h) => h.row === r)
      .sort((a, b) => a.col - b.col)
      .map((h) => `<th colspan="${h.colSpan}" rowspan="${h.rowSpan}">${esc(h.text)}</th>`);
    lines.push(`<tr class="t-head">${cells.join('')}</tr>`);
  }
  return lines.join('');
}

function bodyRow(row: TableRow): string {
  const cls = row.emphasis === 'normal' ? '' : ' class="b"';
  const cells = row.cells.map((c) => {
    if (c.kind === 'amount') return `<td class="n">${formatWan(c.fen)}</td>`;
    if (c.kind === 'text') return `<td>${esc(c.text)}</td>`;
    return '<td></td>';
  });
  return `<tr${cls}>${cells.join('')}</tr>`;
}

/** `before`: HTML printed above the table on its first page (the part heading of 表1). */
export function tableHtml(model: TableModel, anchor: string, before = ''): string {
  const notes = model.notes.map((n) => `<p class="t-note">${esc(n)}</p>`).join('');
  return (
    `<section class="table-page ${model.orientation === 'portrait' ? 'portrait' : 'landscape'}" id="${anchor}">` +
    before +
    `<p class="t-no">表${model.number}</p>` +
    `<table class="t">${colgroup(model)}<thead>${headerRows(model)}</thead>` +
    `<tbody>${model.rows.map(bodyRow).join('')}</tbody></table>${notes}</section>`
  );
}
