/**
 * What a region/year pack says about the printed document beyond its tables: the printed cells
 * 第三部分 compares with last year, the fixed definition texts, and the 第四部分 glossary. Data,
 * like the table templates (PackDefinition.document), so another region or year is a pack file
 * and not new code.
 */
import { documentOf } from '../tables/packs/definition';
import { getPackDefinition } from '../tables/packs';

/** A printed cell: table number, row key of the engine (or one half of a side-by-side key), column index. */
export interface FigureCell {
  table: number;
  row: string;
  column: number;
}

/** One compared figure of 第三部分 and the change_reasons key of its “主要原因是…”. */
export interface NarrativeSubject {
  cell: FigureCell;
  reasonKey: string;
  label: string;
}

export interface GlossaryTerm {
  term: string;
  definition: string;
}

export interface DocumentPack {
  packId: string;
  /** 市直 / 省直 / 县直: the government level the glossary and notes speak of. */
  governmentLevel: string;
  subjects: {
    income: NarrativeSubject;
    expenditure: NarrativeSubject;
    threePublic: NarrativeSubject;
    overseas: NarrativeSubject;
    cars: NarrativeSubject;
    carPurchase: FigureCell;
    carRunning: FigureCell;
    reception: NarrativeSubject;
    admin: NarrativeSubject;
  };
  /** 三、机关运行经费: the definition paragraph printed before the figures. */
  adminDefinition: string;
  /** 三、机关运行经费 for a department with no 行政/参公 unit. */
  adminNoneSentence: string;
  /** 第四部分, in printed order; `{level}` in a definition is replaced by governmentLevel. */
  glossary: readonly GlossaryTerm[];
}

/** The document part of a built-in pack (every pack has one; a PackError for an unknown id). */
export function documentPackFor(packId: string): DocumentPack {
  return documentOf(getPackDefinition(packId));
}

/** The glossary with the government level filled in. */
export function glossaryOf(pack: DocumentPack): GlossaryTerm[] {
  return pack.glossary.map((g) => ({
    term: g.term,
    definition: g.definition.replaceAll('{level}', pack.governmentLevel),
  }));
}
