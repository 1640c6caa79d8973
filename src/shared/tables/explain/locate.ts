/**
 * Finding a printed cell by what a clerk reads on the page: the row by its code, its label (with
 * or without "[208]", "八、" or "--" in front, spaces ignored) or its key, the column by its
 * caption as printed or without its "其中：". A side-by-side table (表1) has a label column per
 * half; the row's label decides the half, so "预算" is the amount right of it.
 */
import type { TableModel } from '../model';
import { ExplainError } from './explain';

interface CellPosition {
  rowIndex: number;
  col: number;
}

/** The column ranges of each half: a new half starts at a text column after an amount column. */
function halves(model: TableModel): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  model.columns.forEach((c, i) => {
    if (i > 0 && c.kind === 'text' && model.columns[i - 1].kind === 'amount') {
      out.push([start, i]);
      start = i;
    }
  });
  out.push([start, model.columns.length]);
  return out;
}

function norm(text: string): string {
  return text.replace(/[\s\u3000]/g, '');
}

/** The forms of a printed label a clerk may type. */
function forms(text: string): string[] {
  const t = norm(text);
  return [
    t,
    t.replace(/^\[\d+\]/, ''),
    t.replace(/^[一二三四五六七八九十]+、/, ''),
    t.replace(/^-+/, ''),
  ];
}

function captionMatches(caption: string, query: string): boolean {
  const c = norm(caption);
  const q = norm(query);
  return c === q || c.replace(/^其中[：:]/, '') === q.replace(/^其中[：:]/, '');
}

interface RowHit {
  rowIndex: number;
  half: [number, number];
  label: string;
}

function rowHits(model: TableModel, query: string): RowHit[] {
  const q = norm(query);
  const hits: RowHit[] = [];
  const parts = halves(model);
  model.rows.forEach((row, rowIndex) => {
    const keys = row.key.split('|');
    for (const half of parts) {
      const texts = row.cells
        .slice(half[0], half[1])
        .flatMap((c) => (c.kind === 'text' ? [c.text] : []));
      const own = parts.length === 1 ? [row.code, row.label, row.key] : [];
      const key = parts.length > 1 ? keys[parts.indexOf(half)] : undefined;
      const found =
        own.some((x) => x !== '' && norm(x) === q) ||
        (key !== undefined && key !== '' && key === query) ||
        texts.some((t) => forms(t).includes(q));
      if (found) hits.push({ rowIndex, half, label: texts.join(' ') || row.label });
    }
  });
  return hits;
}

function listed(items: string[], max = 40): string {
  const shown = items.slice(0, max).join('、');
  return items.length > max ? `${shown}等共 ${items.length} 项` : shown;
}

/** Row labels of a table as a clerk would type them, for messages. */
function rowList(model: TableModel): string[] {
  const parts = halves(model);
  const out: string[] = [];
  for (const row of model.rows)
    for (const [a, b] of parts) {
      const text = row.cells.slice(a, b).find((c) => c.kind === 'text' && c.text.trim() !== '');
      const label = text && text.kind === 'text' ? text.text : parts.length === 1 ? row.label : '';
      if (label) out.push(row.code && !label.includes(row.code) ? `${row.code} ${label}` : label);
    }
  return [...new Set(out)];
}

/** The amount cell at the row and column a clerk named, or an ExplainError listing what exists. */
export function locateCell(model: TableModel, rowQuery: string, columnQuery: string): CellPosition {
  const where = `表${model.number}“${model.title}”`;
  const hits = rowHits(model, rowQuery);
  if (hits.length === 0) {
    throw new ExplainError(
      `${where}中没有“${rowQuery}”这一行。可填写行的编码或名称，本表的行有：${listed(rowList(model))}`,
    );
  }
  const distinct = [...new Set(hits.map((h) => h.rowIndex))];
  if (distinct.length > 1) {
    const keys = distinct.map((i) => `${model.rows[i].key}（${model.rows[i].label}）`);
    throw new ExplainError(
      `${where}中有 ${distinct.length} 行都是“${rowQuery}”，请改填其中一行的行键：${listed(keys)}`,
    );
  }
  const hit = hits[0];
  const amountCols = model.columns.flatMap((c, i) => (c.kind === 'amount' ? [i] : []));
  const col = amountCols.find(
    (i) =>
      i >= hit.half[0] && i < hit.half[1] && captionMatches(model.columns[i].caption, columnQuery),
  );
  if (col === undefined) {
    const captions = [...new Set(amountCols.map((i) => model.columns[i].caption))];
    throw new ExplainError(
      `${where}中没有“${columnQuery}”这一金额列。本表的金额列有：${captions.join('、')}`,
    );
  }
  return { rowIndex: hit.rowIndex, col };
}
