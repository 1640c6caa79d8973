/** 第一部分 概况 texts per unit (the department's are printed). */
import type { UnitTexts } from '../../shared/domain';
import type { BookDb } from './book-db';

const EMPTY: UnitTexts = { mainDuties: '', organization: '', budgetComposition: '' };

/** The texts of a unit (default: the book's top unit); empty strings when none were written. */
export function getTexts(book: BookDb, unitCode: string = book.info().unitCode): UnitTexts {
  const row = book.db
    .prepare(
      `SELECT main_duties AS mainDuties, organization, budget_composition AS budgetComposition
       FROM unit_texts WHERE unit_code = ?`,
    )
    .get(unitCode) as UnitTexts | undefined;
  return row ?? { ...EMPTY };
}

export function setTexts(
  book: BookDb,
  texts: UnitTexts,
  unitCode: string = book.info().unitCode,
): UnitTexts {
  book.db
    .prepare(
      `INSERT INTO unit_texts (unit_code, main_duties, organization, budget_composition)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (unit_code) DO UPDATE SET main_duties = excluded.main_duties,
         organization = excluded.organization, budget_composition = excluded.budget_composition`,
    )
    .run(unitCode, texts.mainDuties, texts.organization, texts.budgetComposition);
  return { ...texts };
}
