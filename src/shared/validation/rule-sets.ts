/**
 * The 审核 rules of a book: those of its template pack (built-in, or carried by the book when it
 * was made from a pack file). A pack's rules live beside its tables as data.
 */
import type { BookSnapshot } from '../domain';
import { rulesOf } from '../tables/packs/definition';
import { findBuiltinPack } from '../tables/packs';
import type { PackRules } from './rule-types';

export class RulesError extends Error {
  readonly code = 'UNKNOWN_PACK_RULES';
}

/** The rules of a built-in pack by id. */
export function getPackRules(packId: string): PackRules {
  const def = findBuiltinPack(packId);
  if (!def) {
    throw new RulesError(
      `没有编号为“${packId}”的公开表式及其审核规则，请确认预算文件使用的公开表式`,
    );
  }
  return rulesOf(def);
}

/** The rules of the pack a book is drafted in. */
export function rulesOfBook(book: Pick<BookSnapshot, 'info' | 'pack'>): PackRules {
  return book.pack ? rulesOf(book.pack) : getPackRules(book.info.packId);
}
