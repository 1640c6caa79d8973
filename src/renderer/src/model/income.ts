/**
 * 收入预算: per fund source, the 控制数 the clerk entered beside what the lines allocate from it,
 * and the difference — the central check of budgeting (收支平衡). Pure, in 分.
 */
import { FUND_SOURCES, type BookSnapshot, type Fen, type FundSource } from '../../../shared/domain';

interface IncomeRow {
  fundSource: FundSource;
  /** The entered 控制数; null when the clerk has not entered one. */
  planFen: Fen | null;
  /** Sum of the unit's lines from this source (every kind, 结转下年 included). */
  allocatedFen: Fen;
  /** allocated − plan (plan blank counts as 0). */
  differenceFen: Fen;
  lineCount: number;
}

export interface IncomeSummary {
  rows: IncomeRow[];
  incomeFen: Fen;
  expenditureFen: Fen;
  /** 收支平衡: every source's lines equal its plan. */
  balanced: boolean;
}

/**
 * The rows of one unit (or of every unit when unitCode is null), in FUND_SOURCES order. Sources
 * with neither plan nor lines are kept, so the clerk can enter a 控制数 for any of them.
 */
export function incomeSummary(snap: BookSnapshot, unitCode: string | null): IncomeSummary {
  const inUnit = (code: string): boolean => unitCode === null || code === unitCode;
  const plan = new Map<FundSource, Fen>();
  for (const e of snap.plan) {
    if (inUnit(e.unitCode)) plan.set(e.fundSource, (plan.get(e.fundSource) ?? 0) + e.amountFen);
  }
  const allocated = new Map<FundSource, { fen: Fen; n: number }>();
  for (const l of snap.lines) {
    if (!inUnit(l.unitCode)) continue;
    const a = allocated.get(l.fundSource) ?? { fen: 0, n: 0 };
    a.fen += l.amountFen;
    a.n++;
    allocated.set(l.fundSource, a);
  }
  const rows = FUND_SOURCES.map((fundSource): IncomeRow => {
    const planFen = plan.has(fundSource) ? (plan.get(fundSource) ?? 0) : null;
    const a = allocated.get(fundSource) ?? { fen: 0, n: 0 };
    return {
      fundSource,
      planFen,
      allocatedFen: a.fen,
      differenceFen: a.fen - (planFen ?? 0),
      lineCount: a.n,
    };
  });
  const incomeFen = rows.reduce((s, r) => s + (r.planFen ?? 0), 0);
  const expenditureFen = rows.reduce((s, r) => s + r.allocatedFen, 0);
  return { rows, incomeFen, expenditureFen, balanced: rows.every((r) => r.differenceFen === 0) };
}
