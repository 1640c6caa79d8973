/**
 * Policy warning: a unit of some type (a 事业单位) using 政府经济分类 classes meant for others
 * (501–503 机关…). The catalog may allow the pair — the finance bureau's own system produced one
 * in the 2021 sample — so this is a warning per unit and class, with the amount.
 */
import { catalogOfBook } from '../../catalogs';
import { sumFen } from '../../money';
import { lineEntries, unitEntry } from '../context';
import { money, moneyText, type Finding } from '../finding';
import { cellsLabelled } from '../table-cells';
import { fromRule, type Checker } from './checker';

export const govClassForUnitType: Checker<'gov-class-for-unit-type'> = (ctx, rule) => {
  const { unitTypes, govClasses } = rule.params;
  // The lines of units of those types in those classes, by unit and class.
  const groups = ctx.groups.get(`${rule.id}:classes`, (line) => {
    const unit = ctx.units.get(line.unitCode);
    const cls = line.govEconCode.slice(0, 3);
    if (!unit || !unitTypes.includes(unit.type) || !govClasses.includes(cls)) return null;
    return `${unit.code}:${cls}`;
  });
  let className = (code: string): string => code;
  try {
    const catalog = catalogOfBook(ctx.book);
    className = (code) => `[${code}]${catalog.govEcon(code)?.name ?? ''}`;
  } catch {
    // no catalog for the year: the catalog-codes rule says so; keep bare codes here
  }
  const findings: Finding[] = [];
  for (const [key, lines] of groups) {
    const unit = ctx.units.get(lines[0].unitCode)!;
    const cls = lines[0].govEconCode.slice(0, 3);
    const total = sumFen(lines.map((l) => l.amountFen));
    findings.push({
      key: `${rule.id}:${key}`,
      ...fromRule(rule),
      message:
        `${unit.name}是${unit.type}，却有 ${moneyText(total)}列在政府经济分类 ${className(cls)}` +
        `（${govClasses.join('/')} 为机关类科目）；请核对这些明细的政府经济科目` +
        `（事业单位一般对应 505/506），如确应如此，请在出错说明中写明原因。`,
      expected: money(0),
      actual: money(total),
      difference: money(total),
      where: {
        cells: cellsLabelled(ctx.tables, cls),
        entries: [unitEntry(unit), ...lineEntries(ctx, lines)],
      },
    });
  }
  return findings;
};
