/**
 * Findings as plain Chinese text, one block each, for `budgetdesk validate`. (The export's 审核说明
 * sheet lays findings out in its own columns, in the export's review-sheet module.)
 */
import { SEVERITY_TEXT, type Finding, type MoneyValue } from './finding';
import { cellText } from './table-cells';

function amount(v: MoneyValue): string {
  return `${v.wan} 万元（${v.yuan} 元）`;
}

/** "位置" and "涉及" lines, capped so one finding never floods the screen. */
function listLine(caption: string, items: string[], max = 8): string | null {
  if (items.length === 0) return null;
  const shown = items.slice(0, max).join('；');
  return `  ${caption}：${shown}${items.length > max ? `；……（本项共列出 ${items.length} 处）` : ''}`;
}

function findingText(f: Finding, index: number): string {
  const lines = [
    `${index}. [${SEVERITY_TEXT[f.severity]}] ${f.rule}  ${f.ruleText}`,
    `  ${f.message}`,
  ];
  if (f.expected) lines.push(`  应为：${amount(f.expected)}`);
  if (f.actual) lines.push(`  实为：${amount(f.actual)}`);
  if (f.difference) lines.push(`  差额：${amount(f.difference)}`);
  const cells = f.where.cells.map(cellText);
  const entries = f.where.entries.map((e) => e.label);
  for (const line of [listLine('位置', cells), listLine('涉及', entries)])
    if (line) lines.push(line);
  lines.push(`  编号：${f.key}`);
  return lines.join('\n');
}

function countBySeverity(findings: Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The whole report: every block, then a summary line saying what to do next. */
export function findingsReport(findings: Finding[]): string {
  const c = countBySeverity(findings);
  const summary =
    `审核完成：错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项。` +
    (c.error > 0
      ? '请按上述说明改正错误；确需保留的，导出时须为每项错误填写出错说明。'
      : '没有错误。');
  if (findings.length === 0) return summary;
  return `${findings.map((f, i) => findingText(f, i + 1)).join('\n\n')}\n\n${summary}`;
}
