/**
 * 审核 rules of the Jiangmen 2021 pack, as data. Table identities are those of layout-notes §4.1
 * and §4.2 that this pack's tables make checkable; book rules name a checker kind with its
 * parameters. Identities that hold by construction are still listed: they guard the engine and
 * any edited pack.
 */
import type { PackRules } from '../../../validation/rule-types';
import { bookRules } from './rules-book';
import { tableRulesBetween } from './rules-between';
import { tableRulesWithin } from './rules-within';

export const jiangmen2021Rules: PackRules = {
  packId: 'jiangmen-2021',
  tables: [...tableRulesWithin, ...tableRulesBetween],
  book: bookRules,
};
