/**
 * The one API between the renderer (or the CLI) and the main process. Each channel takes one
 * argument object and returns plain data. The same handler object is served over Electron IPC
 * and over HTTP on 127.0.0.1.
 */
import type {
  AssetFigures,
  BookInfo,
  BookSnapshot,
  FundSource,
  IncomePlanEntry,
  LineItem,
  LineItemInput,
  PerformanceIndicator,
  Project,
  Unit,
  UnitTexts,
  UnitType,
} from '../domain';
import type { CatalogData, CatalogKind } from '../catalogs/types';
import type { CatalogImportPreview } from '../catalogs/import';
import type { TableModel } from '../tables/model';
import type { Finding } from '../validation/finding';
import type { ExplanationDraft } from '../narrative/types';
import type { CompareRow } from '../compare';
import type { LastYearPreview, RollResult } from '../last-year';
import type { ChangeSet } from './changes';
import type { MergePreview, MergeResult, MergeSourceStatus } from '../merge/types';
import type { SnapshotInfo } from '../snapshots';
import type { VersionDiff } from '../versions-diff';

/** What the renderer knows of the open book. */
export interface BookSummary extends BookInfo {
  path: string;
  unitName: string;
  unitType: UnitType;
  lineCount: number;
  /**
   * The book session this window now belongs to (served app only): every later call names it,
   * and windows of the same session share the book and hear of each other's changes.
   */
  session?: string;
  /** The book's template pack as the clerk knows it, e.g. "江门市 2027 年部门预算公开表式". */
  packName: string;
  /** Opened read-only (a read-only file, folder or medium): nothing can be saved to it. */
  readOnly?: boolean;
}

/** A template pack loaded from a file, offered for a new book (built-in packs go by year). */
export interface PackChoice {
  id: string;
  /** As the clerk knows it, e.g. "江门市蓬江区 2027 年部门预算公开表式". */
  name: string;
  year: number;
  region: string;
  /** The file or folder it was loaded from. */
  source: string;
}

export interface ApiError {
  /** Machine code, e.g. BOOK_NOT_OPEN, BAD_INPUT, IMPORT_REJECTED. */
  code: string;
  /** Chinese text for the clerk: what is wrong, where, and what to do. */
  message: string;
  /** Per-row problems of an import, each already a full Chinese sentence. */
  details?: string[];
}

/** A call's outcome; a write's answer carries the change set main also pushed to other windows. */
export type ApiResult<T> =
  | { ok: true; data: T; changes?: ChangeSet }
  | { ok: false; error: ApiError };

/** The clerk's 出错说明 for one 审核 error, keyed by Finding.key. */
export interface ReviewNoteEntry {
  findingKey: string;
  note: string;
  updatedAt: string;
}

/** One entry of a folder listing (files:browse): a sub-folder or a file. */
export interface FolderEntry {
  name: string;
  /** Absolute path, to pass back to files:browse (a folder) or to the action (a file). */
  path: string;
  kind: 'dir' | 'file';
  /** Bytes, files only. */
  size?: number;
  /** Last change, ISO 8601. */
  modified?: string;
}

/** A folder as the browser-mode file dialog shows it: folders first, then matching files. */
export interface FolderListing {
  /** The listed folder, absolute. */
  dir: string;
  /** Its parent folder, or null at a root (/, C:\). */
  parent: string | null;
  entries: FolderEntry[];
}

/**
 * A workbook to read: its absolute path (`source`), which main reads itself — the app's way, so
 * the bytes never travel through the page — or its content (fileName + base64), for callers
 * in process that hold the bytes already (the CLI, tests).
 */
export interface WorkbookSource {
  source?: string;
  fileName?: string;
  contentBase64?: string;
}

/**
 * Where main writes an export: the absolute path the clerk chose in the save dialog (the
 * system's in Electron, the app's own in the browser mode — both name a file on main's disk).
 * An existing file is replaced only with `overwrite` (the clerk confirmed); the file is written
 * to a temporary file beside it and renamed over it, so the bytes never travel through the page.
 */
export interface ExportTarget {
  path: string;
  overwrite?: boolean;
}

/** An export main wrote: where, and how many bytes. */
export interface ExportWritten {
  path: string;
  size: number;
}

/** Channel → argument and result. */
export interface ApiContract {
  'app:info': {
    arg: Record<string, never>;
    /** booksDir: folder the start screen proposes for a new book (absent: the clerk types one). */
    result: { version: string; recent: string[]; booksDir?: string };
  };
  'book:create': {
    arg: {
      path: string;
      year: number;
      unitCode: string;
      unitName: string;
      unitType: UnitType;
      /** A pack id (built-in or in the data folder's packs/) or a pack file; default: the year's. */
      pack?: string;
      /** Replace an existing book at `path` (only after the clerk confirmed). */
      overwrite?: boolean;
    };
    result: BookSummary;
  };
  'book:open': { arg: { path: string }; result: BookSummary };
  /** `overwrite` must be true to replace an existing file at `path` (as an export's). */
  'book:open-sample': { arg: { path?: string; overwrite?: boolean }; result: BookSummary };
  'book:close': { arg: Record<string, never>; result: null };
  'book:summary': { arg: Record<string, never>; result: BookSummary | null };
  /** Packs in the data folder's packs/, and one Chinese line per file that could not be loaded. */
  'packs:list': { arg: Record<string, never>; result: { packs: PackChoice[]; problems: string[] } };
  /** The catalog stored in the open book (科目表), which every code of the book resolves with. */
  'catalog:book': { arg: Record<string, never>; result: CatalogData };
  /** Lines whose code of that kind is `code` or lies under it (a 类 or 款). Default kind function. */
  'catalog:usage': { arg: { kind?: CatalogKind; code: string }; result: LineItem[] };
  /**
   * Reads an official 科目表 (CSV/XLSX; its path, read by main, or its content) as the whole list
   * of one kind (default function) and says what importing it changes; stores nothing (see
   * catalog:import-commit).
   */
  'catalog:import-preview': {
    arg: WorkbookSource & { kind?: CatalogKind };
    result: CatalogImportPreview;
  };
  /** Replaces the book's list with exactly that preview's file, in one transaction. */
  'catalog:import-commit': {
    arg: { previewId: string };
    result: { kind: CatalogKind; stored: number; retired: number };
  };
  'units:save': { arg: { unit: Unit }; result: Unit };
  'projects:save': { arg: { project: Project }; result: Project };
  'projects:delete': { arg: { code: string }; result: null };
  'lines:list': { arg: { unitCode?: string }; result: LineItem[] };
  /**
   * Several line edits as ONE all-or-nothing transaction (paste of a block, undo/redo): deletes
   * `deleteIds`, then saves `lines` (with id: update; without: insert). With `restore`, a line
   * whose id no longer exists is re-created under that id (undo of a delete). Result: the saved
   * lines in input order, 政府 codes defaulted.
   */
  'lines:save-many': {
    arg: { lines: (LineItemInput & { id?: number })[]; deleteIds?: number[]; restore?: boolean };
    result: LineItem[];
  };
  /** Import a CSV/XLSX of line items (content base64). All or nothing. */
  'lines:import': {
    arg: { fileName: string; contentBase64: string };
    /** unitsCreated / projectsCreated: units and projects the file named that were new. */
    result: { imported: number; unitsCreated?: number; projectsCreated?: number };
  };
  'lines:export-csv': { arg: Record<string, never>; result: { csv: string } };
  /** Replaces all 绩效指标 of one project at once (all or nothing), keeping the given order. */
  'indicators:replace': {
    arg: { projectCode: string; items: Omit<PerformanceIndicator, 'id' | 'projectCode'>[] };
    result: PerformanceIndicator[];
  };
  'plan:list': { arg: Record<string, never>; result: IncomePlanEntry[] };
  'plan:set': { arg: { entry: IncomePlanEntry }; result: IncomePlanEntry };
  /**
   * The open book's tables (all, or those numbered). The app derives its tables itself from
   * its copy of the book; the CLI's export asks here which tables the book's pack (possibly a
   * pack file) has, to name what it wrote.
   */
  'tables:derive': { arg: { tables?: number[] }; result: TableModel[] };
  /** 审核: every check of the book's pack; errors, then warnings, then info. */
  'validate:run': { arg: Record<string, never>; result: Finding[] };
  /** Writes the thirteen tables (or table `table`) as an xlsx workbook at the chosen path. */
  'export:xlsx': {
    arg: ExportTarget & { table?: number };
    result: ExportWritten;
  };
  /** A new book (at `path`, then opened) from a workbook BudgetDesk exported (its hidden part). */
  'book:import-workbook': {
    arg: WorkbookSource & { path: string };
    result: BookSummary;
  };
  /** 结转到下一年度: a new book for `year` at `path` from the open book, which stays open. */
  'book:roll': { arg: { path: string; year: number }; result: RollResult };
  /** Reads last year's tables from a workbook; stores nothing (see lastyear:commit). */
  'lastyear:preview': { arg: WorkbookSource; result: LastYearPreview };
  /** Stores exactly the figures of that preview as last year's, replacing earlier ones. */
  'lastyear:commit': { arg: { previewId: string }; result: { stored: number; tables: number[] } };
  /** Every table row: this year's and last year's principal figure, change and percent. */
  'compare:run': { arg: Record<string, never>; result: CompareRow[] };
  /** The whole open book as plain data (lines, plan, units, projects, …) for the live preview. */
  'book:snapshot': { arg: Record<string, never>; result: BookSnapshot };
  /** 第一部分 texts of a unit (default: the book's top unit). */
  'texts:get': { arg: { unitCode?: string }; result: UnitTexts };
  'texts:set': { arg: { texts: UnitTexts; unitCode?: string }; result: UnitTexts };
  /** 国有资产 figures; null until entered. */
  'assets:get': { arg: Record<string, never>; result: AssetFigures | null };
  'assets:set': { arg: { assets: AssetFigures }; result: AssetFigures };
  /** Deletes a subordinate unit that nothing refers to (no lines, projects, plan, sub-units). */
  'units:delete': { arg: { code: string }; result: null };
  /** Removes the income plan entry of one unit and fund source (控制数 left blank). */
  'plan:clear': { arg: { unitCode: string; fundSource: FundSource }; result: null };
  'review-notes:list': { arg: Record<string, never>; result: ReviewNoteEntry[] };
  /** Sets the 出错说明 of a finding; a blank note removes it (result null). */
  'review-notes:set': {
    arg: { findingKey: string; note: string };
    result: ReviewNoteEntry | null;
  };
  /**
   * Sets the 表注 of a table whose template accepts one (trimmed, ≤ 2000 characters); a blank
   * text removes it. Result: the stored text ('' when removed).
   */
  'table-notes:set': {
    arg: { tableNo: number; text: string };
    result: { tableNo: number; text: string };
  };
  /** 第三部分 情况说明 drafted from the book: sections, reason slots, warnings to fix. */
  'document:draft': { arg: Record<string, never>; result: ExplanationDraft };
  /** Stores the clerk's “主要原因是…” of a subject (blank removes it); returns the redrafted text. */
  'reasons:set': { arg: { subjectKey: string; reason: string }; result: ExplanationDraft };
  /**
   * Writes the whole disclosure document (cover, 目录, four parts) as .docx or .pdf at the chosen
   * path; with `charts`, the 概览 charts follow as 附：图表.
   */
  'export:document': {
    arg: ExportTarget & { format: 'docx' | 'pdf'; charts?: boolean };
    result: ExportWritten;
  };
  /**
   * The browser mode's file dialog: a folder's sub-folders and its files with one of
   * `extensions` (e.g. ['.xlsx']); hidden entries skipped. No `dir`: the books folder.
   */
  'files:browse': { arg: { dir?: string; extensions: string[] }; result: FolderListing };
  /**
   * 汇总下属单位: checks merging unit books (absolute paths) into the open department book and
   * shows per unit what it brings and changes in tables 1 and 3; stores nothing.
   */
  'merge:preview': { arg: { paths: string[] }; result: MergePreview };
  /** Merges them (replacing what each brought last time); refused with reasons, nothing stored. */
  'merge:commit': { arg: { paths: string[] }; result: MergeResult };
  /** The merged units: source file, content hash, merged at, and whether the file changed since. */
  'merge:sources': { arg: Record<string, never>; result: MergeSourceStatus[] };
  /** The open book's snapshots (历史版本), oldest first. */
  'snapshots:list': { arg: Record<string, never>; result: SnapshotInfo[] };
  /** What restoring snapshot `id` would change: each table's total then → now. */
  'snapshots:preview': { arg: { id: string }; result: RestorePreview };
  /**
   * Restores snapshot `id` over the open book (or over the book at `path`, e.g. a damaged one
   * that cannot be opened; without `id`, its newest intact snapshot); the current state is
   * snapshotted first. Opens the restored book.
   */
  'snapshots:restore': { arg: { id?: string; path?: string }; result: BookSummary };
  /** Freezes the open book as a 报送稿 labelled `label`; returns it with its content hash. */
  'book:submit': { arg: { label: string }; result: SnapshotInfo };
  /** Changes from version `from` (default the newest 报送稿) to `to` (default now). */
  'versions:diff': {
    arg: { from?: string; to?: string };
    result: { from: string; to: string; diff: VersionDiff };
  };
  /**
   * Saves the state the app holds open as a new book file at `path` (when the file on disk was
   * replaced, moved or deleted) and opens it.
   */
  'book:save-as': { arg: { path: string }; result: BookSummary };
}

/** Restore preview: per table, the printed total of the snapshot (then) and of the book (now). */
export interface RestorePreview {
  snapshot: SnapshotInfo;
  tables: { table: number; title: string; thenFen: number | null; nowFen: number | null }[];
  lines: { then: number; now: number };
}

export type Channel = keyof ApiContract;
export type ArgOf<C extends Channel> = ApiContract[C]['arg'];
export type ResultOf<C extends Channel> = ApiContract[C]['result'];

/** The handler object main satisfies: one async function per channel. */
export type ApiHandlers = { [C in Channel]: (arg: ArgOf<C>) => Promise<ResultOf<C>> };

/** The one Electron IPC channel carrying every API call as (channel, arg, session). */
export const IPC_INVOKE_CHANNEL = 'budgetdesk:invoke';
/** Electron: renderer → main, the book session whose change sets this window wants. */
export const WATCH_SESSION_CHANNEL = 'budgetdesk:watch-session';
/** Electron: main → renderer, one ChangeSet of the watched session. */
export const CHANGES_CHANNEL = 'budgetdesk:changes';

/** A group of file types a dialog offers, e.g. { name: 'Excel 工作簿', extensions: ['.xlsx'] }. */
export interface FileFilter {
  name: string;
  /** With the dot, lower case. */
  extensions: string[];
}

/** Electron only, beside the contract: the system's open dialog; resolves to a path or null. */
export const DIALOG_OPEN_CHANNEL = 'dialog:open';
export interface NativeOpenArg {
  title: string;
  filter: FileFilter;
  defaultPath?: string;
}
/** Electron only: the system's save dialog (it asks before replacing a file itself). */
export const DIALOG_SAVE_CHANNEL = 'dialog:save';
export interface NativeSaveArg {
  title: string;
  filter: FileFilter;
  defaultPath: string;
}

/**
 * Electron only: main → renderer when the window is about to close; the renderer commits the
 * field being typed in, waits for its pending saves and answers on CLOSE_READY_CHANNEL.
 */
export const BEFORE_CLOSE_CHANNEL = 'budgetdesk:before-close';
export const CLOSE_READY_CHANNEL = 'budgetdesk:close-ready';

/** Every channel name (derived from the schema record). */
export { CHANNELS } from './schemas';
