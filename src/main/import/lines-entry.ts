/**
 * One line typed or pasted in the app (lines:save-many): the same rules as a row of an imported
 * file, on typed fields. Returns the line with its 政府 code defaulted, or the problems in Chinese
 * (the line is then only a best effort and must not be saved).
 */
import { bookCatalog } from '../ledger/book-catalog';
import type { LineItemInput } from '../../shared/domain';
import type { BookDb } from '../ledger/book-db';
import { getProject } from '../ledger/projects';
import { getUnit } from '../ledger/units';
import { checkCodes, parseFundSource, parseKind, type Problem } from './lines-codes';

export function checkLineEntry(
  book: BookDb,
  line: LineItemInput,
): { line: LineItemInput; problems: string[] } {
  const problems: Problem[] = [];
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const unit = getUnit(book, str(line?.unitCode));
  if (!unit) {
    problems.push({
      column: '单位编码',
      message: `“${str(line?.unitCode)}”不是本预算中的单位，请先添加该单位`,
    });
  }
  const kind = parseKind(str(line?.kind));
  const fundSource = parseFundSource(str(line?.fundSource));
  if (typeof kind !== 'string') problems.push(kind);
  if (typeof fundSource !== 'string') problems.push(fundSource);
  const okKind = typeof kind === 'string' ? kind : null;
  const codes = checkCodes(
    bookCatalog(book),
    unit?.type ?? '事业单位',
    okKind,
    {
      functionCode: str(line?.functionCode),
      deptEconCode: str(line?.deptEconCode),
      govEconCode: str(line?.govEconCode),
    },
    problems,
  );
  const projectCode =
    typeof line?.projectCode === 'string' && line.projectCode !== '' ? line.projectCode : null;
  if (okKind === '项目支出') {
    const p = projectCode === null ? undefined : getProject(book, projectCode);
    if (!p) {
      problems.push({
        column: '二级项目编码',
        message:
          projectCode === null
            ? '项目支出须选择二级项目'
            : `二级项目“${projectCode}”不存在，请先添加项目`,
      });
    } else if (p.level !== 2) {
      problems.push({
        column: '二级项目编码',
        message: `“${p.code}”是一级项目，项目支出须挂在二级项目上`,
      });
    } else if (unit && p.unitCode !== unit.code) {
      problems.push({
        column: '二级项目编码',
        message: `二级项目“${p.code}”属于单位“${p.unitCode}”，不是本行的“${unit.code}”`,
      });
    }
  } else if (okKind && projectCode !== null) {
    problems.push({
      column: '二级项目编码',
      message: `只有“项目支出”可挂项目；本行支出类型是“${okKind}”`,
    });
  }
  const amountFen = line?.amountFen;
  if (typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen)) {
    problems.push({ column: '金额(元)', message: '金额应为整数分（元的两位小数以内）' });
  }
  return {
    line: {
      unitCode: str(line?.unitCode),
      ...codes,
      kind: okKind ?? '基本支出-人员经费',
      projectCode: okKind === '项目支出' ? projectCode : null,
      fundSource: typeof fundSource === 'string' ? fundSource : '一般公共预算',
      amountFen: typeof amountFen === 'number' ? amountFen : 0,
    },
    problems: problems.map((p) => `“${p.column}”：${p.message}`),
  };
}
