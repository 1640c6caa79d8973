/**
 * 汇总 (consolidation) as plain data: what a department book remembers of each merged unit book,
 * what the preview shows per unit, and what a merge reports. Amounts are 分.
 */
import type { Fen, FundSource } from '../domain';

/** A merged unit book as the department book remembers it. */
export interface MergeSourceRecord {
  /** The unit book's own top unit code (the merged unit). */
  unitCode: string;
  /** Absolute path of the unit book when it was merged. */
  sourcePath: string;
  /** sha256 (hex) of the unit book file's bytes when merged. */
  sha256: string;
  /** ISO 8601. */
  mergedAt: string;
  lineCount: number;
  /** Every unit code the source brought (its top unit first, then its own subordinate units). */
  units: string[];
}

/** A merge source with the state of its file now. */
export interface MergeSourceStatus extends MergeSourceRecord {
  unitName: string;
  /** same: the file is as merged; changed: its bytes differ since; missing: not found. */
  fileState: 'same' | 'changed' | 'missing';
}

/** A change of one printed cell of tables 1 or 3 that a merge would make. */
export interface TableCellChange {
  table: number;
  row: string;
  column: string;
  beforeFen: Fen;
  afterFen: Fen;
}

/** The preview of one unit book of a merge. */
export interface UnitMergePreview {
  path: string;
  unitCode: string;
  unitName: string;
  /** Units the book brings (its top unit and its own subordinate units). */
  units: number;
  lines: number;
  projects: number;
  totalFen: Fen;
  byFundSource: { fundSource: FundSource; fen: Fen }[];
  /** Merged before: this merge replaces what it brought last time (lines it had then). */
  replaces: { mergedAt: string; lines: number } | null;
  /** Cells of tables 1 and 3 that this unit alone changes. */
  tableChanges: TableCellChange[];
}

/** A merge checked but not stored: per unit, and the reasons it would be refused (if any). */
export interface MergePreview {
  units: UnitMergePreview[];
  /** Each a full Chinese sentence naming the file and what is wrong; empty when it can go ahead. */
  problems: string[];
}

/** 审核 counts of a unit (or of the whole department: unitCode ''). */
export interface MergeAuditCount {
  unitCode: string;
  unitName: string;
  errors: number;
  warnings: number;
}

export interface MergeResult {
  units: UnitMergePreview[];
  /** 审核 of each merged unit on its own, then of the whole department (unitCode ''). */
  audit: MergeAuditCount[];
}
