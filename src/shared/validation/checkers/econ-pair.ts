/**
 * The 政府经济分类 款 of a line must be the default for its 部门经济分类 款 and the unit type, or a
 * pair the catalog lists as allowed. One finding per unit and pair, naming its lines.
 */
import { catalogOfBook, type Catalog } from '../../catalogs';
import { sumFen } from '../../money';
import type { LineItem, UnitType } from '../../domain';
import { lineEntries, unitEntry } from '../context';
import { moneyText, NO_AMOUNTS, type Finding } from '../finding';
import { fromRule, type Checker } from './checker';

/**
 * Whether a line's pair is allowed (or not checked: a code missing from the catalog is the
 * catalog-codes rule's), by catalog, line object and unit type: lines are immutable and an edit
 * replaces only those it changed, so 审核 after an edit looks the others up.
 */
const VERDICTS = new WeakMap<Catalog, WeakMap<LineItem, { type: UnitType; allowed: boolean }>>();

function pairAllowed(catalog: Catalog, line: LineItem, type: UnitType): boolean {
  let byLine = VERDICTS.get(catalog);
  if (!byLine) VERDICTS.set(catalog, (byLine = new WeakMap()));
  const known = byLine.get(line);
  if (known?.type === type) return known.allowed;
  const allowed =
    !catalog.deptEcon(line.deptEconCode) ||
    !catalog.govEcon(line.govEconCode) ||
    catalog.isGovEconAllowed(line.deptEconCode, line.govEconCode, type);
  byLine.set(line, { type, allowed });
  return allowed;
}

export const econPair: Checker<'econ-pair'> = (ctx, rule) => {
  let catalog;
  try {
    catalog = catalogOfBook(ctx.book);
  } catch {
    return []; // the catalog-codes rule reports a year without a catalog
  }
  // The lines of each unit whose pair its type may not use, by unit and pair.
  const groups = ctx.groups.get(`${rule.id}:pairs`, (line) => {
    const unit = ctx.units.get(line.unitCode);
    if (!unit || pairAllowed(catalog, line, unit.type)) return null;
    return `${line.unitCode}:${line.deptEconCode}:${line.govEconCode}`;
  });
  const findings: Finding[] = [];
  for (const [key, lines] of groups) {
    const { unitCode, deptEconCode: dept, govEconCode: gov } = lines[0];
    const unit = ctx.units.get(unitCode)!;
    let hint = '';
    try {
      hint = `，按对照表应为 ${catalog.defaultGovEcon(dept, unit.type)}`;
    } catch {
      hint = '';
    }
    findings.push({
      key: `${rule.id}:${key}`,
      ...fromRule(rule),
      message:
        `${unit.name}（${unit.type}）有 ${lines.length} 条明细、共 ${moneyText(sumFen(lines.map((l) => l.amountFen)))}` +
        `把部门经济科目 ${dept}（${catalog.deptEcon(dept)?.name ?? ''}）对应到政府经济科目 ${gov}` +
        `（${catalog.govEcon(gov)?.name ?? ''}），${unit.type}不允许这样对应${hint}；请打开这些明细改正政府经济科目。`,
      ...NO_AMOUNTS,
      where: { cells: [], entries: [unitEntry(unit), ...lineEntries(ctx, lines)] },
    });
  }
  return findings;
};
