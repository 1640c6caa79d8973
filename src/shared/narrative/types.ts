/**
 * The drafted 第三部分 情况说明 as structured data: sections of paragraphs, each paragraph a run of
 * fixed text and reason slots. The UI shows it with a reason field per slot; the document
 * renderers (docx, HTML/PDF) print it. Amounts are 分; their printed text is already in the text.
 */
import type { Fen } from '../domain';

/** How a figure compares with last year's printed figure (both rounded to 0.01 万元 first). */
type ChangeDirection = 'increase' | 'decrease' | 'flat' | 'newItem' | 'noLastYear';

export interface YearChange {
  nowFen: Fen;
  /** null when last year's figure was not imported. */
  lastFen: Fen | null;
  direction: ChangeDirection;
  /** Printed 万元 texts: "750.79"; delta always positive ("436.66"); '' when not comparable. */
  nowText: string;
  lastText: string;
  deltaText: string;
  /** "36.77" (two decimals, half-up); null when last year is zero or missing. */
  percentText: string | null;
}

/** Where the clerk's “主要原因是…” goes: one per compared subject. */
export interface ReasonSlot {
  /** change_reasons.subject_key (REASON_KEYS of the pack). */
  subjectKey: string;
  /** What the reason explains, e.g. "“三公”经费". */
  label: string;
  change: YearChange;
  /** True when the figure changed (or is new) against last year: the text needs a reason. */
  needed: boolean;
  /** The clerk's stored text ('' when none). */
  reason: string;
}

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'reason'; slot: ReasonSlot; comma: string };

export type Paragraph = Segment[];

/** 六、重点项目: one row of the 项目 | 预算数 | 绩效目标 table. */
export interface KeyProjectRow {
  code: string;
  name: string;
  amountFen: Fen;
  /** "100万元". */
  amountText: string;
  /** Numbered targets built from the indicators; '' when the project has none. */
  targets: string;
}

export interface ExplanationSection {
  /** Stable key: changes, threePublic, admin, procurement, assets, keyProjects. */
  key: string;
  /** "一、部门预算收支增减变化情况". */
  heading: string;
  paragraphs: Paragraph[];
  /** Only in 六: the key-project table and its note. */
  table?: { columns: [string, string, string]; rows: KeyProjectRow[]; note: string };
}

export interface ExplanationDraft {
  year: number;
  /** "第三部分 2021年部门预算情况说明". */
  heading: string;
  sections: ExplanationSection[];
  /** Every reason slot, in reading order (the UI lists these). */
  slots: ReasonSlot[];
  /** Things the clerk should fix before publishing, as Chinese sentences. */
  warnings: string[];
}
