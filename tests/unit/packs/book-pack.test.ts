/**
 * The pack a book carries is checked again when read: a damaged or mismatched copy is refused
 * with a Chinese message naming the book, and a book on a built-in pack stores none.
 */
import { describe, expect, it } from 'vitest';
import { BookDb } from '../../../src/main/ledger/book-db';
import { carriedPack } from '../../../src/main/ledger/book-pack';
import { NotABookError } from '../../../src/main/ledger/errors';
import { loadSnapshot } from '../../../src/main/ledger/snapshot';
import { getPackDefinition } from '../../../src/shared/tables/packs';

const unit = { code: '1', name: '某局', type: '行政单位' as const, parentCode: null };
const own = { ...getPackDefinition('jiangmen-2027'), id: 'own-2027', name: '某市 2027 年表式' };

describe('the pack a book carries', () => {
  it('stores nothing for a built-in pack and the whole pack for another', () => {
    const plain = BookDb.openMemory({ year: 2027, packId: 'jiangmen-2027', unit });
    expect(carriedPack(plain)).toBeUndefined();
    expect(loadSnapshot(plain).pack).toBeUndefined();
    const book = BookDb.openMemory({ year: 2027, packId: own.id, pack: own, unit });
    expect(loadSnapshot(book).pack).toEqual(own);
  });

  it('refuses a damaged copy or one naming another pack, in Chinese', () => {
    const book = BookDb.openMemory({ year: 2027, packId: own.id, pack: own, unit });
    const store = (def: unknown) =>
      book.db.prepare('UPDATE book_pack SET definition = ? WHERE id = 1').run(JSON.stringify(def));
    store({ ...own, tables: [] });
    expect(() => carriedPack(book)).toThrow(NotABookError);
    expect(() => carriedPack(book)).toThrow(/其中保存的公开表式有误：tables：至少要有 1 项/);
    store({ ...own, id: 'other' });
    expect(() => carriedPack(book)).toThrow(
      /其中保存的公开表式“某市 2027 年表式”与预算登记的表式编号“own-2027”不一致/,
    );
  });
});
