/**
 * A template pack as one piece of data: its tables, its 审核 rules and what it says about the
 * printed document (the figures 第三部分 compares, fixed texts, the 第四部分 glossary), with the
 * name the clerk knows it by. A pack file on disk holds exactly this as JSON, or an extension of
 * another pack giving only what differs (PackFile, schema/pack.ts).
 */
import type { DocumentPack } from '../../narrative/document-pack';
import type { BookRule, PackRules, TableRule } from '../../validation/rule-types';
import type { TableTemplate, TemplatePack } from '../template';

/** What a pack says about the document beyond its tables (DocumentPack without its ids). */
export type PackDocument = Omit<DocumentPack, 'packId' | 'governmentLevel'>;

/** A whole template pack, every part present (an extension once resolved against its base). */
export interface PackDefinition {
  /** Internal id, e.g. "jiangmen-2027"; the clerk sees `name`. */
  id: string;
  /** The pack as the clerk knows it, e.g. "江门市 2027 年部门预算公开表式". */
  name: string;
  year: number;
  /** 江门市, 佛山市, 广东省 …: whose layout it is. */
  region: string;
  /** 市直 / 省直 / 县直: the government level the glossary and notes speak of. */
  governmentLevel: string;
  /** The pack this one was made from, if any (shown when packs are listed). */
  extends?: string;
  /** "单位：万元". */
  unitCaption: string;
  tables: TableTemplate[];
  rules: { tables: TableRule[]; book: BookRule[] };
  document: PackDocument;
}

/** A table with `{level}` in its notes printing the pack's government level. */
function withLevel(t: TableTemplate, level: string): TableTemplate {
  const fill = (notes: readonly string[]) => notes.map((n) => n.replaceAll('{level}', level));
  if (![...t.notes, ...(t.emptyNotes ?? [])].some((n) => n.includes('{level}'))) return t;
  return {
    ...t,
    notes: fill(t.notes),
    ...(t.emptyNotes ? { emptyNotes: fill(t.emptyNotes) } : {}),
  };
}

/** The table part of a definition, as the engine reads it (`{level}` in notes filled in). */
export function templatePackOf(def: PackDefinition): TemplatePack {
  return {
    id: def.id,
    name: def.name,
    year: def.year,
    unitCaption: def.unitCaption,
    tables: def.tables.map((t) => withLevel(t, def.governmentLevel)),
  };
}

/** The 审核 rules of a definition, as the evaluator reads them. */
export function rulesOf(def: PackDefinition): PackRules {
  return { packId: def.id, tables: def.rules.tables, book: def.rules.book };
}

/** The document part of a definition, as the narrative reads it. */
export function documentOf(def: PackDefinition): DocumentPack {
  return { packId: def.id, governmentLevel: def.governmentLevel, ...def.document };
}
