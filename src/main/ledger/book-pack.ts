/**
 * The template pack a book carries: when it was made from a pack file, the whole resolved pack
 * is stored in the book (table book_pack) and checked by the pack schema again when read, so a
 * book opens and prints without the file. A built-in pack is named by book_info.pack_id only.
 */
import { packDefinitionSchema } from '../../shared/tables/packs/schema/pack';
import { issueLines, REPORT_INPUT } from '../../shared/tables/packs/schema/issues';
import { findBuiltinPack, getPackDefinition, type PackDefinition } from '../../shared/tables/packs';
import type { BookDb } from './book-db';
import { NotABookError } from './errors';

/** Stores the pack a new book is drafted in, unless it is the built-in pack of that id. */
export function storeBookPack(book: BookDb, pack: PackDefinition): void {
  if (findBuiltinPack(pack.id)) return;
  book.db
    .prepare('INSERT OR REPLACE INTO book_pack (id, definition) VALUES (1, ?)')
    .run(JSON.stringify(pack));
}

/** The last pack read, so loading a snapshot after every edit does not check it again. */
let last: { path: string; text: string; pack: PackDefinition } | undefined;

/** The pack the book carries, or undefined when it uses a built-in pack. */
export function carriedPack(book: BookDb): PackDefinition | undefined {
  const row = book.db.prepare('SELECT definition FROM book_pack WHERE id = 1').get() as
    | { definition: string }
    | undefined;
  if (!row) return undefined;
  if (last?.path === book.path && last.text === row.definition) return last.pack;
  const parsed = packDefinitionSchema.safeParse(JSON.parse(row.definition), REPORT_INPUT);
  if (!parsed.success) {
    throw new NotABookError(
      book.path,
      `其中保存的公开表式有误：${issueLines(parsed.error.issues).slice(0, 3).join('；')}`,
    );
  }
  const named = book.info().packId;
  if (parsed.data.id !== named) {
    throw new NotABookError(
      book.path,
      `其中保存的公开表式“${parsed.data.name}”与预算登记的表式编号“${named}”不一致`,
    );
  }
  last = { path: book.path, text: row.definition, pack: parsed.data };
  return parsed.data;
}

/** The book's pack as the clerk knows it; a pack this app does not have is named as such. */
export function bookPackName(book: BookDb): string {
  const id = book.info().packId;
  return carriedPack(book)?.name ?? findBuiltinPack(id)?.name ?? `本程序没有的表式“${id}”`;
}

/** The pack a book is drafted in: the one it carries, else the built-in pack it names. */
export function bookPack(book: BookDb): PackDefinition {
  return carriedPack(book) ?? getPackDefinition(book.info().packId);
}
