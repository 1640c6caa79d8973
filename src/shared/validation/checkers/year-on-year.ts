/**
 * Checks against last year's printed figures: a figure that rose (三公 and its items), and a
 * figure that changed by more than a threshold without the clerk's reason ("主要原因是…").
 * A subject with no last-year figure entered is not compared.
 */
import type { Fen, LastYearFigure } from '../../domain';
import { percentText, printedChange } from '../../year-change';
import type { ValidationContext } from '../context';
import { comparison, differenceText, moneyText, type EntryRef, type Finding } from '../finding';
import type { YearSubject } from '../rule-types';
import { TableSet, cellText, type CellValue } from '../table-cells';
import { fromRule, type Checker } from './checker';

interface YearPair {
  subject: YearSubject;
  now: CellValue;
  last: LastYearFigure;
}

function pairs(ctx: ValidationContext, ruleId: string, subjects: YearSubject[]): YearPair[] {
  const tables = new TableSet(ctx.tables);
  const result: YearPair[] = [];
  for (const subject of subjects) {
    if (!tables.has(subject.cell.table)) continue;
    const now = tables.cell(subject.cell, ruleId);
    const col = tables.column(
      tables.table(subject.cell.table, ruleId),
      subject.cell.column,
      ruleId,
    );
    const last = ctx.lastYear.find(
      (f) =>
        f.tableNo === subject.cell.table && f.rowKey === subject.cell.row && f.columnIndex === col,
    );
    if (last) result.push({ subject, now, last });
  }
  return result;
}

function lastYearEntry(f: LastYearFigure, label: string): EntryRef {
  return {
    type: 'lastYear',
    id: f.id,
    code: `${f.tableNo}/${f.rowKey}/${f.columnIndex}`,
    label: `上年数：${label}（表${f.tableNo}）${moneyText(f.amountFen)}`,
    open: { screen: 'last-year', focus: String(f.id) },
  };
}

function reasonEntry(s: YearSubject): EntryRef {
  return {
    type: 'reason',
    code: s.reasonKey,
    label: `增减变化原因：${s.label}`,
    open: { screen: 'reasons', focus: s.reasonKey },
  };
}

export const riseAgainstLastYear: Checker<'rise-against-last-year'> = (ctx, rule) =>
  pairs(ctx, rule.id, rule.params.subjects)
    .filter((p) => p.now.fen > p.last.amountFen)
    .map(({ subject, now, last }) => ({
      key: `${rule.id}:${subject.reasonKey}`,
      ...fromRule(rule),
      message:
        `${subject.label}本年 ${moneyText(now.fen)}，比上年 ${moneyText(last.amountFen)}` +
        `${differenceText(now.fen, last.amountFen).replace(/^多/, '增加').replace(/^少/, '减少')}` +
        `（${cellText(now.ref)}）；“三公”经费原则上只减不增，请核实相关明细，并在情况说明中写明增加原因。`,
      ...comparison(last.amountFen, now.fen),
      where: {
        cells: [now.ref],
        entries: [lastYearEntry(last, subject.label), reasonEntry(subject)],
      },
    }));

/** Percent of change text by the one rule (printed 万元, two decimals, half up). */
function changeText(now: Fen, last: Fen): string {
  const { percentHundredths } = printedChange(now, last);
  if (percentHundredths === null) return '上年为 0，无法计算增幅';
  return `变动 ${percentText(percentHundredths)}%`;
}

export const changeNeedsReason: Checker<'change-needs-reason'> = (ctx, rule) => {
  const findings: Finding[] = [];
  for (const { subject, now, last } of pairs(ctx, rule.id, rule.params.subjects)) {
    // Judged on the printed figures, by the same rule as the percentage the message shows.
    const c = printedChange(now.fen, last.amountFen);
    const big =
      c.percentHundredths === null
        ? c.deltaCents !== 0
        : c.percentHundredths > rule.params.thresholdPercent * 100;
    if (!big || ctx.reasons.has(subject.reasonKey)) continue;
    findings.push({
      key: `${rule.id}:${subject.reasonKey}`,
      ...fromRule(rule),
      message:
        `${subject.label}本年 ${moneyText(now.fen)}，上年 ${moneyText(last.amountFen)}，` +
        `${differenceText(now.fen, last.amountFen).replace(/^多/, '增加').replace(/^少/, '减少')}，` +
        `${changeText(now.fen, last.amountFen)}，超过 ${rule.params.thresholdPercent}% 却未填写原因；` +
        `请在“增减变化原因”中填写“${subject.label}”的主要原因。`,
      ...comparison(last.amountFen, now.fen),
      where: {
        cells: [now.ref],
        entries: [lastYearEntry(last, subject.label), reasonEntry(subject)],
      },
    });
  }
  return findings;
};
