/**
 * The short Chinese name heading each finding (“资金来源未按控制数安排”), the rule id staying
 * small beside it. Book rules carry their name in the pack; table identities are named by what
 * kind of identity failed, unless the pack names them.
 */
import type { Finding } from './finding';
import type { PackRules, TableRule } from './rule-types';

const BY_KIND: Record<TableRule['kind'], string> = {
  equal: '同一数字在各处不一致',
  sum: '合计与组成部分不符',
  'row-sum': '行内合计与各列不符',
  'tree-sum': '上级科目与下级合计不符',
  'rows-match': '两表逐行金额不符',
};

/** Finding rule ids that no pack rule carries. */
const OWN: Record<string, string> = { TAIL: '取整尾差' };

export function ruleNames(rules: PackRules): Map<string, string> {
  const names = new Map<string, string>(Object.entries(OWN));
  for (const r of rules.tables) if (!names.has(r.id)) names.set(r.id, r.name ?? BY_KIND[r.kind]);
  for (const r of rules.book) names.set(r.id, r.name ?? r.text);
  return names;
}

/** The findings with their rule's Chinese name. */
export function withRuleNames(findings: Finding[], rules: PackRules): Finding[] {
  const names = ruleNames(rules);
  return findings.map((f) => ({ ...f, ruleName: names.get(f.rule) ?? f.ruleText }));
}
