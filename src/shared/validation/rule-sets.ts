/**
 * The 审核 rules of each template pack, by pack id. A pack's rules live beside its tables
 * (packs/<id>/rules.ts); this registry is how the checks find them for a book.
 */
import { jiangmen2021Rules } from '../tables/packs/jiangmen-2021/rules';
import type { PackRules } from './rule-types';

// The 2022 pack reuses the 2021 templates, so the same rules address its tables.
const RULE_SETS: readonly PackRules[] = [
  jiangmen2021Rules,
  { ...jiangmen2021Rules, packId: 'jiangmen-2022' },
];

export class RulesError extends Error {
  readonly code = 'UNKNOWN_PACK_RULES';
}

export function getPackRules(packId: string): PackRules {
  const rules = RULE_SETS.find((r) => r.packId === packId);
  if (!rules) {
    const known = RULE_SETS.map((r) => r.packId).join('、');
    throw new RulesError(
      `没有模板“${packId}”的审核规则（现有：${known}），请确认预算文件使用的公开表模板`,
    );
  }
  return rules;
}
