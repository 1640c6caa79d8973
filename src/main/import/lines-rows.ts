/**
 * Turns the text rows of a line-items file into line items plus the units and projects they
 * name, collecting every problem of every row instead of stopping at the first.
 */
import type { Catalog } from '../../shared/catalogs';
import { MoneyParseError, parseYuan } from '../../shared/money';
import {
  UNIT_TYPES,
  type LineItemInput,
  type Project,
  type Unit,
  type UnitType,
} from '../../shared/domain';
import { checkCodes, parseFundSource, parseKind, type Problem } from './lines-codes';
import { COL, LINE_COLUMNS, columnLetter, normaliseCaption, type LineColumn } from './lines-layout';
import type { RawRow } from './lines-file';

/** Where a unit or project was first seen: in the book (null) or on a row of the file. */
interface Known<T> {
  value: T;
  line: number | null;
}

export interface RowsContext {
  catalog: Catalog;
  /** The book's top unit: new units of the file become its subordinate units. */
  topUnitCode: string;
  units: Map<string, Known<Unit>>;
  projects: Map<string, Known<Project>>;
}

interface ParsedRows {
  lines: LineItemInput[];
  newUnits: Unit[];
  newProjects: Project[];
  /** One Chinese message per bad row. */
  errors: string[];
}

/** Null when row 1 is the expected header; else a message naming the expected header. */
export function checkHeader(fileName: string, first: RawRow | undefined): string | null {
  const expected = LINE_COLUMNS.join(',');
  if (!first) return `“${fileName}”没有任何内容。第 1 行应为表头：${expected}`;
  const got = first.cells.map(normaliseCaption);
  const diffs: string[] = [];
  LINE_COLUMNS.forEach((cap, i) => {
    if (got[i] !== cap)
      diffs.push(
        `第 ${i + 1} 列（${columnLetter(i)}）应为“${cap}”，实际为“${first.cells[i]?.trim() ?? ''}”`,
      );
  });
  for (let i = LINE_COLUMNS.length; i < got.length; i++) {
    if (got[i] !== '')
      diffs.push(`第 ${i + 1} 列（${columnLetter(i)}）“${first.cells[i].trim()}”是多余的列`);
  }
  if (diffs.length === 0) return null;
  return `“${fileName}”第 ${first.line} 行的表头不对：${diffs.slice(0, 5).join('；')}${diffs.length > 5 ? '；……' : ''}。表头应为（按此顺序）：${expected}`;
}

const describe = (line: number | null): string => (line === null ? '预算文件中' : `第 ${line} 行`);

/** `rows`: the file's non-blank rows after the header (lines-import drops the blank ones). */
export function parseRows(rows: RawRow[], ctx: RowsContext): ParsedRows {
  const out: ParsedRows = { lines: [], newUnits: [], newProjects: [], errors: [] };
  for (const row of rows) {
    const problems: Problem[] = [];
    const line = parseRow(row, ctx, problems, out);
    if (problems.length) {
      out.errors.push(
        `第 ${row.line} 行，${problems.map((p) => `“${p.column}”列：${p.message}`).join('；')}`,
      );
    } else if (line) out.lines.push(line);
  }
  return out;
}

function parseRow(
  row: RawRow,
  ctx: RowsContext,
  problems: Problem[],
  out: ParsedRows,
): LineItemInput | null {
  const cell = (c: LineColumn): string => (row.cells[COL[c]] ?? '').trim();
  for (const i of row.lossy ?? []) {
    if (i < LINE_COLUMNS.length) {
      problems.push({
        column: LINE_COLUMNS[i],
        message: `单元格是数字“${row.cells[i]}”，Excel 只保留 15 位有效数字，编码已失真；请把该列设为“文本”格式后重新输入编码`,
      });
    }
  }
  for (let i = LINE_COLUMNS.length; i < row.cells.length; i++) {
    if (row.cells[i].trim() !== '') {
      problems.push({
        column: LINE_COLUMNS[LINE_COLUMNS.length - 1],
        message: `表头之外的第 ${i + 1} 列（${columnLetter(i)}）有内容“${row.cells[i].trim()}”，请删去多余的列`,
      });
      break;
    }
  }
  const unit = checkUnit(
    cell('单位编码'),
    cell('单位名称'),
    cell('单位类型'),
    row.line,
    ctx,
    problems,
    out,
  );
  const kind = parseKind(cell('支出类型'));
  const fundSource = parseFundSource(cell('资金来源'));
  if (typeof kind !== 'string') problems.push(kind);
  if (typeof fundSource !== 'string') problems.push(fundSource);
  const okKind = typeof kind === 'string' ? kind : null;
  const codes = unit
    ? checkCodes(
        ctx.catalog,
        unit.type,
        okKind,
        {
          functionCode: cell('功能科目编码'),
          deptEconCode: cell('部门经济科目编码'),
          govEconCode: cell('政府经济科目编码'),
        },
        problems,
      )
    : null;
  const projectCode =
    unit && okKind ? checkProjects(row, cell, okKind, unit, ctx, problems, out) : null;
  let amountFen = 0;
  try {
    amountFen = parseYuan(cell('金额(元)'));
  } catch (e) {
    if (!(e instanceof MoneyParseError)) throw e;
    problems.push({ column: '金额(元)', message: e.message });
  }
  if (
    problems.length ||
    !unit ||
    !codes ||
    typeof kind !== 'string' ||
    typeof fundSource !== 'string'
  )
    return null;
  return { unitCode: unit.code, ...codes, kind, projectCode, fundSource, amountFen };
}

function checkUnit(
  code: string,
  name: string,
  typeText: string,
  line: number,
  ctx: RowsContext,
  problems: Problem[],
  out: ParsedRows,
): Unit | null {
  const before = problems.length;
  if (code === '') problems.push({ column: '单位编码', message: '单位编码为空，请填写' });
  if (name === '') problems.push({ column: '单位名称', message: '单位名称为空，请填写' });
  const type = (UNIT_TYPES as readonly string[]).includes(typeText) ? (typeText as UnitType) : null;
  if (!type) {
    problems.push({
      column: '单位类型',
      message: `${typeText === '' ? '单位类型为空' : `“${typeText}”不是单位类型`}，应为 ${UNIT_TYPES.join('、')} 之一`,
    });
  }
  if (problems.length > before || !type) return null;
  const known = ctx.units.get(code);
  if (known) {
    const u = known.value;
    if (u.name !== name)
      problems.push({
        column: '单位名称',
        message: `单位“${code}”在${describe(known.line)}的名称是“${u.name}”，与本行“${name}”不一致`,
      });
    if (u.type !== type)
      problems.push({
        column: '单位类型',
        message: `单位“${code}”在${describe(known.line)}的类型是“${u.type}”，与本行“${type}”不一致`,
      });
    return problems.length > before ? null : u;
  }
  const unit: Unit = { code, name, type, parentCode: ctx.topUnitCode };
  ctx.units.set(code, { value: unit, line });
  out.newUnits.push(unit);
  return unit;
}

function checkProjects(
  row: RawRow,
  cell: (c: LineColumn) => string,
  kind: string,
  unit: Unit,
  ctx: RowsContext,
  problems: Problem[],
  out: ParsedRows,
): string | null {
  const cols = ['一级项目编码', '一级项目名称', '二级项目编码', '二级项目名称'] as const;
  const values = cols.map(cell);
  const [c1, n1, c2, n2] = values;
  if (kind !== '项目支出') {
    const filled = cols.find((_, i) => values[i] !== '');
    if (filled)
      problems.push({
        column: filled,
        message: `只有“项目支出”可填写项目；本行支出类型是“${kind}”，请清空项目各列或改为项目支出`,
      });
    return null;
  }
  const before = problems.length;
  cols.forEach((c, i) => {
    if (values[i] === '') problems.push({ column: c, message: `项目支出须填写${c}` });
  });
  if (problems.length > before) return null;
  if (c1 === c2) {
    problems.push({
      column: '二级项目编码',
      message: `二级项目编码“${c2}”与一级项目编码相同，请填写二级项目自己的编码`,
    });
    return null;
  }
  const p1 = declareProject(
    row.line,
    { code: c1, name: n1, level: 1, parentCode: null },
    unit,
    ctx,
    problems,
    out,
  );
  const p2 =
    p1 &&
    declareProject(
      row.line,
      { code: c2, name: n2, level: 2, parentCode: c1 },
      unit,
      ctx,
      problems,
      out,
    );
  return p2 ? p2.code : null;
}

function declareProject(
  line: number,
  want: Pick<Project, 'code' | 'name' | 'level' | 'parentCode'>,
  unit: Unit,
  ctx: RowsContext,
  problems: Problem[],
  out: ParsedRows,
): Project | null {
  const column: LineColumn = want.level === 1 ? '一级项目编码' : '二级项目编码';
  const levelName = want.level === 1 ? '一级项目' : '二级项目';
  const known = ctx.projects.get(want.code);
  if (known) {
    const p = known.value;
    const where = describe(known.line);
    let why = '';
    if (p.level !== want.level) why = `在${where}是${p.level === 1 ? '一级' : '二级'}项目`;
    else if (p.name !== want.name)
      why = `在${where}的名称是“${p.name}”，与本行“${want.name}”不一致`;
    else if (p.parentCode !== want.parentCode)
      why = `在${where}属于一级项目“${p.parentCode}”，不是本行的“${want.parentCode}”`;
    else if (p.unitCode !== unit.code)
      why = `在${where}属于单位“${p.unitCode}”，不是本行的“${unit.code}”`;
    if (why) {
      problems.push({ column, message: `${levelName}“${want.code}”${why}` });
      return null;
    }
    return p;
  }
  const project: Project = {
    ...want,
    unitCode: unit.code,
    isKey: false,
    approvedFen: null,
    procurementGoodsFen: 0,
    procurementWorksFen: 0,
    procurementServicesFen: 0,
  };
  ctx.projects.set(want.code, { value: project, line });
  out.newProjects.push(project);
  return project;
}
