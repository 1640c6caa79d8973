/**
 * The findings list of incremental 审核, kept up to date from what an edit changed rather than
 * built anew: a large book has thousands of findings (mostly 尾差), and an edit changes a few
 * dozen. What the last run assembled — the 尾差 merged by quantity, every finding by key, the
 * ordered list — is updated from the identities whose outcome changed and the book findings
 * that differ, and the change is the delta the 审核 worker sends to the page.
 *
 * The result equals a full assembly (validateBook's): the tails of one quantity in the rules'
 * order, every finding named, the list in sortFindings' order. Keys are unique in a run; if a
 * pack ever produced two findings with one key, the caller assembles in full each time.
 */
import { sortFindings, type Finding } from './finding';
import { applyFindingDelta, type FindingDelta } from './finding-delta';
import { ruleNames } from './rule-names';
import type { PackRules, TableRule } from './rule-types';
import { groupTails, mergedTailFinding, type RuleOutcome, type Tail } from './table-rules';

/** The tails of one quantity, in the rules' order, and their (named) finding. */
interface TailGroup {
  tails: Tail[];
  finding: Finding;
}

/** What the next run updates. Consumed by it: a state is used once, then replaced. */
export interface Assembly {
  groups: Map<string, TailGroup>;
  /** Every finding of the run by key; null when keys repeat (then each run assembles in full). */
  byKey: Map<string, Finding> | null;
  /** The book rules' findings, named. */
  book: Finding[];
  ordered: Finding[];
}

/** Names findings (the heading beside the rule id), once per finding object. */
export class Namer {
  private readonly names: Map<string, string>;
  private readonly named = new WeakMap<Finding, Finding>();

  constructor(rules: PackRules) {
    this.names = ruleNames(rules);
  }

  name(f: Finding): Finding {
    let n = this.named.get(f);
    if (!n) {
      n = { ...f, ruleName: this.names.get(f.rule) ?? f.ruleText };
      this.named.set(f, n);
    }
    return n;
  }
}

const sameTails = (a: readonly Tail[], b: readonly Tail[]): boolean =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/** Everything from the rules' outcomes and the book findings. */
export function assemble(
  outcomes: readonly RuleOutcome[],
  book: Finding[],
  namer: Namer,
): Assembly {
  const groups = new Map<string, TailGroup>();
  const all: Finding[] = [...book];
  for (const o of outcomes) for (const f of o.findings) all.push(namer.name(f));
  for (const [key, tails] of groupTails(outcomes)) {
    const finding = namer.name(mergedTailFinding(tails));
    groups.set(key, { tails, finding });
    all.push(finding);
  }
  const byKey = new Map(all.map((f) => [f.key, f]));
  return {
    groups,
    byKey: byKey.size === all.length ? byKey : null,
    book,
    ordered: sortFindings(all),
  };
}

/** What one identity's outcome lost and gained. */
export interface OutcomeChange {
  before: RuleOutcome;
  after: RuleOutcome;
}

function missingFrom<T>(list: readonly T[], other: readonly T[]): T[] {
  if (list.length === 0) return [];
  const there = new Set(other);
  return list.filter((x) => !there.has(x));
}

/**
 * `previous` updated for the changed outcomes (`outcomes`: every identity's outcome now) and the
 * book findings now; null when keys repeat and the caller must assemble in full.
 */
export function reassemble(
  previous: Assembly,
  changes: readonly OutcomeChange[],
  outcomes: readonly RuleOutcome[],
  rules: readonly TableRule[],
  book: Finding[],
  namer: Namer,
): { assembly: Assembly; delta: FindingDelta } | null {
  const byKey = previous.byKey;
  if (!byKey) return null;
  const removed: Finding[] = [];
  const added: Finding[] = [];
  const lostTails = new Set<Tail>();
  const gainedTails: Tail[] = [];
  for (const c of changes) {
    removed.push(...missingFrom(c.before.findings, c.after.findings).map((f) => namer.name(f)));
    added.push(...missingFrom(c.after.findings, c.before.findings).map((f) => namer.name(f)));
    for (const t of missingFrom(c.before.tails, c.after.tails)) lostTails.add(t);
    gainedTails.push(...missingFrom(c.after.tails, c.before.tails));
  }
  // The quantities whose tails changed: their lists again, in the rules' order.
  const ruleIndex = new Map(rules.map((r, i) => [r, i]));
  const touched = new Map<string, Tail[]>();
  for (const t of lostTails) {
    if (!touched.has(t.key)) touched.set(t.key, previous.groups.get(t.key)?.tails ?? []);
  }
  for (const t of gainedTails) {
    if (!touched.has(t.key)) touched.set(t.key, previous.groups.get(t.key)?.tails ?? []);
  }
  const position = (t: Tail): number => outcomes[ruleIndex.get(t.rule) ?? 0].tails.indexOf(t);
  for (const [key, old] of touched) {
    const tails = [
      ...old.filter((t) => !lostTails.has(t)),
      ...gainedTails.filter((t) => t.key === key),
    ];
    if (tails.length > 1) {
      tails.sort(
        (a, b) =>
          (ruleIndex.get(a.rule) ?? 0) - (ruleIndex.get(b.rule) ?? 0) ||
          (a.rule === b.rule ? position(a) - position(b) : 0),
      );
    }
    const group = previous.groups.get(key);
    if (group && sameTails(group.tails, tails)) continue;
    if (group) removed.push(group.finding);
    if (tails.length === 0) {
      previous.groups.delete(key);
      continue;
    }
    const finding = namer.name(mergedTailFinding(tails));
    previous.groups.set(key, { tails, finding });
    added.push(finding);
  }
  removed.push(...missingFrom(previous.book, book));
  added.push(...missingFrom(book, previous.book));
  for (const f of removed) if (byKey.get(f.key) === f) byKey.delete(f.key);
  for (const f of added) {
    if (byKey.has(f.key)) return null; // two findings with one key
    byKey.set(f.key, f);
  }
  const delta: FindingDelta = {
    removed: removed.map(({ severity, rule, key }) => ({ severity, rule, key })),
    added: sortFindings(added),
  };
  return {
    assembly: {
      groups: previous.groups,
      byKey,
      book,
      ordered: applyFindingDelta(previous.ordered, delta),
    },
    delta,
  };
}
