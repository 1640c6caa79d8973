/**
 * The whole disclosure document as one model — cover, 目录, the four parts — read by both
 * renderers (docx and HTML→PDF), so the two files always say the same thing.
 */
import type { AssetFigures, BookSnapshot, UnitTexts } from '../domain';
import { documentTitle } from '../export-names';
import type { TableModel } from '../tables/model';
import { definitionOf } from '../tables/packs';
import { documentOf } from '../tables/packs/definition';
import { glossaryOf, type GlossaryTerm } from './document-pack';
import { draftExplanation } from './explanation';
import type { ExplanationDraft } from './types';

interface TocEntry {
  level: 1 | 2;
  text: string;
  /** Anchor id of the target (HTML id, docx bookmark name). */
  anchor: string;
}

interface DocumentTable {
  /** "一、收支总体情况表" as the 目录 lists it. */
  tocTitle: string;
  anchor: string;
  model: TableModel;
}

export interface DisclosureDocument {
  year: number;
  unitName: string;
  /** Cover line: "2021年江门市…信息中心部门预算". */
  title: string;
  toc: TocEntry[];
  part1: {
    heading: string;
    anchor: string;
    /** Each with the anchor its 目录 entry links to. */
    sections: { heading: string; anchor: string; text: string }[];
  };
  part2: { heading: string; anchor: string; tables: DocumentTable[] };
  part3: { anchor: string; draft: ExplanationDraft };
  part4: { heading: string; anchor: string; terms: GlossaryTerm[] };
  /** Draft warnings plus the document's own (empty 第一部分 texts). */
  warnings: string[];
}

interface DocumentInput {
  book: BookSnapshot;
  /** All tables of the pack, in printed order. */
  tables: readonly TableModel[];
  texts: UnitTexts;
  assets: AssetFigures | null;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 10 → 十, 13 → 十三, 20 → 二十. */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
}

export function buildDocument(input: DocumentInput): DisclosureDocument {
  const { book } = input;
  // Every pack has its document part (an extending pack inherits it), so any book documents.
  const pack = documentOf(definitionOf(book));
  const year = book.info.year;
  const unitName =
    book.units.find((u) => u.code === book.info.unitCode)?.name ?? input.tables[0]?.unitName ?? '';
  const draft = draftExplanation({ book, tables: input.tables, assets: input.assets, pack });
  const warnings = [...draft.warnings];

  const t = input.texts;
  const part1Sections = [
    { heading: '一、主要职责', anchor: 'part-1-1', text: t.mainDuties },
    { heading: '二、部门机构设置', anchor: 'part-1-2', text: t.organization },
    { heading: '三、部门预算构成', anchor: 'part-1-3', text: t.budgetComposition },
  ];
  const empty = part1Sections.filter((s) => s.text.trim() === '');
  if (empty.length > 0) {
    warnings.push(
      `第一部分尚未填写：${empty.map((s) => s.heading.slice(2)).join('、')}；请在“单位概况”中填写。`,
    );
  }
  const tables = input.tables.map((model, i) => ({
    tocTitle: `${chineseNumeral(i + 1)}、${model.title}`,
    anchor: `table-${model.number}`,
    model,
  }));

  const part1 = { heading: `第一部分 ${unitName}概况`, anchor: 'part-1', sections: part1Sections };
  const part2 = { heading: `第二部分 ${year}年部门预算表`, anchor: 'part-2', tables };
  const part3 = { anchor: 'part-3', draft };
  const part4 = { heading: '第四部分 名词解释', anchor: 'part-4', terms: glossaryOf(pack) };
  const toc: TocEntry[] = [
    { level: 1, text: part1.heading, anchor: part1.anchor },
    ...part1Sections.map((s): TocEntry => ({ level: 2, text: s.heading, anchor: s.anchor })),
    { level: 1, text: part2.heading, anchor: part2.anchor },
    ...tables.map((x): TocEntry => ({ level: 2, text: x.tocTitle, anchor: x.anchor })),
    { level: 1, text: draft.heading, anchor: part3.anchor },
    { level: 1, text: part4.heading, anchor: part4.anchor },
  ];
  return {
    year,
    unitName,
    title: documentTitle(year, unitName),
    toc,
    part1,
    part2,
    part3,
    part4,
    warnings,
  };
}
