/**
 * Reads one located table: skips titles, 单位 lines, notes, blank rows and headers repeated on
 * later pages; maps columns from the first header; turns each body row into a PreviewRow keyed
 * like the engine's rows. Cells it cannot place go to `unrecognised`; a text where an amount must
 * be goes to `badAmounts` (the reader then refuses the whole file).
 */
import type { PreviewFigure, PreviewRow, PreviewTable } from '../../../shared/last-year';
import type { FixedRow } from '../../../shared/tables/template';
import { cellsOf, textOf, type Grid, type GridCell } from './grid';
import { captionSet, isHeaderRow, mapColumns, type ColumnMap } from './header';
import { identifyRow, type IdentifyContext } from './identify';
import { titleMatch, type Located } from './locate';
import {
  AmountCellError,
  amountFen,
  columnLetter,
  looksNumeric,
  norm,
  type AmountUnit,
} from './text';

interface TableRead {
  table: PreviewTable | null;
  unrecognised: string[];
  badAmounts: string[];
}

const UNIT_LINE = /单位[:：]\s*(万元|元)\s*$/;

/** A number with decimals (codes are whole numbers of three or more digits). */
function isAmountLike(cell: GridCell): boolean {
  if (typeof cell.value === 'number')
    return !Number.isInteger(cell.value) || Math.abs(cell.value) < 100;
  return looksNumeric(cell.value) && /[.．,，]/.test(cell.value);
}

function place(grid: Grid, r: number, c?: number): string {
  return `工作表“${grid.sheet}”第 ${r} 行${c === undefined ? '' : ` ${columnLetter(c)} 列`}`;
}

export function readTable(loc: Located, ctx: IdentifyContext): TableRead {
  const t = loc.template;
  const name = `表${t.number}“${t.title}”`;
  const captions = captionSet(t);
  const unrecognised: string[] = [];
  const badAmounts: string[] = [];
  const rows: PreviewRow[] = [];
  const seen = new Map<string, number>();
  /** Columns outside the template where a body row holds an amount (not a code). */
  const amountsUnread = new Set<number>();
  let unit: AmountUnit | null = null;
  let map: ColumnMap | null = null;
  let boundary = Infinity;
  const halves: readonly (readonly FixedRow[])[] | null =
    t.rows.type === 'sideBySide' ? [t.rows.left.flat(), t.rows.right.flat()] : null;
  const splitAt = t.rows.type === 'sideBySide' ? t.rows.splitAt : Infinity;

  const readRow = (grid: Grid, r: number, cells: [number, GridCell][]): void => {
    const m = map!;
    const parts: {
      texts: string[];
      figures: PreviewFigure[];
      firstCol: number;
      lossy?: boolean;
    }[] = halves
      ? [
          { texts: [], figures: [], firstCol: 0 },
          { texts: [], figures: [], firstCol: 0 },
        ]
      : [{ texts: [], figures: [], firstCol: 0 }];
    for (const [c, cell] of cells) {
      const part = parts[halves && c >= boundary ? 1 : 0];
      if (part.firstCol === 0) part.firstCol = c;
      const leaf = m.bySheetColumn.get(c);
      if (leaf?.leaf.kind === 'amount') {
        if (cell.copy) continue;
        try {
          const amount = amountFen(cell.value, unit ?? '万元');
          part.figures.push({
            columnIndex: leaf.index,
            caption: leaf.leaf.caption,
            amountFen: amount,
          });
        } catch (e) {
          if (!(e instanceof AmountCellError)) throw e;
          badAmounts.push(
            `${place(grid, r, c)}（${name}“${leaf.leaf.caption}”列）：“${textOf(cell)}”不是金额，请填写数字`,
          );
        }
        continue;
      }
      if (cell.copy && part.texts[part.texts.length - 1] === textOf(cell)) continue;
      if (!leaf && isAmountLike(cell)) {
        amountsUnread.add(c);
        continue;
      }
      if (
        typeof cell.value === 'number' &&
        !Number.isSafeInteger(cell.value) &&
        Math.abs(cell.value) >= 1e15
      ) {
        // A 21-digit project code typed as a number keeps only 15 significant digits in Excel.
        unrecognised.push(
          `${place(grid, r, c)}：编码“${textOf(cell)}”以数字存放，超过 15 位的部分已丢失，该行未读取；请把该列设为文本后重新录入编码`,
        );
        part.lossy = true;
        continue;
      }
      part.texts.push(textOf(cell));
    }
    parts.forEach((part, h) => {
      if (part.lossy || (part.texts.length === 0 && part.figures.length === 0)) return;
      const id = identifyRow(t, part.texts, ctx, halves ? halves[h] : undefined);
      const where = place(grid, r, halves ? part.firstCol : undefined);
      if (!id) {
        unrecognised.push(
          `${where}“${part.texts.join(' ') || '（无文字）'}”：不是${name}中能识别的行，未读取`,
        );
        return;
      }
      const prior = seen.get(id.rowKey);
      if (prior !== undefined) {
        unrecognised.push(`${where}“${id.label}”与第 ${prior} 行重复，只读取了第 ${prior} 行`);
        return;
      }
      seen.set(id.rowKey, r);
      rows.push({
        sheetRow: r,
        rowKey: id.rowKey,
        code: id.code,
        label: id.label,
        figures: part.figures,
      });
    });
  };

  for (const region of loc.regions) {
    const { grid } = region;
    let r = region.from;
    let inNotes: boolean = false;
    while (r <= region.to) {
      const cells = cellsOf(grid, r);
      const texts = cells.filter(([, c]) => !c.copy).map(([, c]) => textOf(c));
      if (cells.length === 0) {
        r++;
        continue;
      }
      const unitText = texts.map((x) => UNIT_LINE.exec(x.trim())).find(Boolean);
      if (unitText) unit ??= unitText[1] as AmountUnit;
      const isTitle = texts.length === 1 && titleMatch(texts[0], [t]) !== undefined;
      const isNote = /^注[:：]?/.test(norm(texts[0] ?? ''));
      // A note runs on over the following lines of text ("二、…") until the next header or title.
      const noteGoesOn: boolean = inNotes && texts.length === 1 && !looksNumeric(texts[0]);
      inNotes = isNote || noteGoesOn;
      if (
        unitText ||
        isTitle ||
        isNote ||
        noteGoesOn ||
        texts.some((x) => /^单位名称/.test(norm(x)))
      ) {
        r++;
        continue;
      }
      if (isHeaderRow(grid, r, captions)) {
        let end = r;
        while (end + 1 <= region.to && isHeaderRow(grid, end + 1, captions)) end++;
        if (!map) {
          map = mapColumns(grid, r, end, t);
          const right = [...map.bySheetColumn]
            .filter(([, l]) => l.index >= splitAt)
            .map(([c]) => c);
          boundary = right.length ? Math.min(...right) : Infinity;
        }
        r = end + 1;
        continue;
      }
      if (!map) {
        unrecognised.push(`${place(grid, r)}“${texts.join(' ')}”在${name}的表头之前，未读取`);
      } else readRow(grid, r, cells);
      r++;
    }
  }
  if (!map) {
    const leaves = [...captions]
      .slice(0, 4)
      .map((c) => `“${c}”`)
      .join('、');
    unrecognised.push(
      `${name}（工作表“${loc.regions[0].grid.sheet}”）：找不到表头（应有${leaves}等列），整张表未读取`,
    );
    return { table: null, unrecognised, badAmounts };
  }
  const m: ColumnMap = map;
  for (const miss of m.missing)
    unrecognised.push(`${name}：没有“${miss.path.join('/')}”列，该列的上年数未读取`);
  if (unit === null) unrecognised.push(`${name}：没有“单位：万元”或“单位：元”一行，按万元读取`);
  for (const [c, caption] of m.unknown) {
    if (!amountsUnread.has(c)) continue;
    unrecognised.push(
      `${name}（工作表“${loc.regions[0].grid.sheet}” ${columnLetter(c)} 列）：“${caption}”不是本表的列，未读取`,
    );
  }
  return {
    table: {
      tableNo: t.number,
      title: t.title,
      sheets: [...new Set(loc.regions.map((x) => x.grid.sheet))],
      unit: unit ?? '万元',
      rows,
    },
    unrecognised,
    badAmounts,
  };
}
