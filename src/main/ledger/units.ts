/** Units repository: the department and its subordinate units. */
import type { Unit, UnitType } from '../../shared/domain';
import type { BookDb } from './book-db';

interface UnitRow {
  code: string;
  name: string;
  type: UnitType;
  parentCode: string | null;
}

const SELECT = 'SELECT code, name, type, parent_code AS parentCode FROM units';

/** Units in the order they were added (the department first). */
export function listUnits(book: BookDb): Unit[] {
  return book.db.prepare(`${SELECT} ORDER BY rowid`).all() as UnitRow[];
}

export function getUnit(book: BookDb, code: string): Unit | undefined {
  return book.db.prepare(`${SELECT} WHERE code = ?`).get(code) as UnitRow | undefined;
}

export function insertUnit(book: BookDb, unit: Unit): void {
  book.db
    .prepare('INSERT INTO units (code, name, type, parent_code) VALUES (?, ?, ?, ?)')
    .run(unit.code, unit.name, unit.type, unit.parentCode);
}

/** Insert or update by code. */
export function saveUnit(book: BookDb, unit: Unit): Unit {
  book.db
    .prepare(
      `INSERT INTO units (code, name, type, parent_code) VALUES (?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, type = excluded.type,
         parent_code = excluded.parent_code`,
    )
    .run(unit.code, unit.name, unit.type, unit.parentCode);
  return { ...unit };
}
