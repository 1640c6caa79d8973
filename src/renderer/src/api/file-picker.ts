/**
 * The ONE way the renderer asks the clerk for a file or a place to save one. Inside Electron the
 * preload exposes the operating system's dialogs (window.budgetdesk.dialog); in the browser mode
 * the page shows its own dialog (FileDialog.vue, browsing this computer through files:browse).
 * Callers get an absolute path, or null when the clerk cancelled, and never know which it was.
 */
import type { FileFilter, NativeOpenArg, NativeSaveArg } from '../../../shared/api/contract';

export type { FileFilter };

export interface OpenRequest {
  mode: 'open';
  title: string;
  filter: FileFilter;
  /** Folder to start in; absent: where the last dialog was, else the books folder. */
  dir?: string;
}

export interface SaveRequest {
  mode: 'save';
  title: string;
  filter: FileFilter;
  dir?: string;
  /** Proposed file name (with its extension). */
  name: string;
  /**
   * An existing file of that name: 'confirm' asks before replacing (exports); 'refuse' says to
   * choose another name (a new book never replaces a file).
   */
  existing: 'confirm' | 'refuse';
}

export type PickRequest = OpenRequest | SaveRequest;

/** A save location; `replace` is true only when the clerk agreed to replace an existing file. */
export interface SaveChoice {
  path: string;
  replace: boolean;
}

/** What the preload exposes in Electron (the main process's dialogs module answers it). */
export interface NativeDialogBridge {
  open(arg: NativeOpenArg): Promise<string | null>;
  save(arg: NativeSaveArg): Promise<string | null>;
}

/** The page's own dialog (the file-dialog store showing FileDialog.vue). */
export interface InPageDialog {
  open(request: OpenRequest): Promise<string | null>;
  save(request: SaveRequest): Promise<SaveChoice | null>;
}

/** Joins a folder and a name with the folder's own separator (C:\… or /…). */
export function joinPath(dir: string, name: string): string {
  if (!dir) return name;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** The folder part of a path ('' when it has none). */
export function folderOf(path: string): string {
  return path.replace(/[\\/][^\\/]*$/, '');
}

/** The last part of a path: the file name. */
export function nameOf(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

/** The name with the filter's first extension added when it has none of them. */
export function withExtension(name: string, filter: FileFilter): string {
  const lower = name.toLowerCase();
  return filter.extensions.some((x) => lower.endsWith(x)) ? name : name + filter.extensions[0];
}

interface FilePicker {
  readonly native: boolean;
  open(request: Omit<OpenRequest, 'mode'>): Promise<string | null>;
  save(request: Omit<SaveRequest, 'mode'>): Promise<SaveChoice | null>;
}

/**
 * The picker over whichever dialog is present, looked up at each call (the bridge is fixed
 * for a page's life, but tests swap it).
 */
export function createFilePicker(
  bridge: () => NativeDialogBridge | undefined,
  inPage: InPageDialog,
): FilePicker {
  return {
    get native() {
      return bridge() !== undefined;
    },
    async open(request) {
      const native = bridge();
      if (!native) return inPage.open({ mode: 'open', ...request });
      return native.open({
        title: request.title,
        filter: request.filter,
        defaultPath: request.dir,
      });
    },
    async save(request) {
      const native = bridge();
      if (!native) return inPage.save({ mode: 'save', ...request });
      const defaultPath = request.dir ? joinPath(request.dir, request.name) : request.name;
      const path = await native.save({ title: request.title, filter: request.filter, defaultPath });
      if (path === null) return null;
      // The system dialog itself asks before replacing a file, so a returned path is consent.
      return { path: withExtension(path, request.filter), replace: request.existing === 'confirm' };
    },
  };
}

export const BOOK_FILTER: FileFilter = { name: '预算文件（.sqlite）', extensions: ['.sqlite'] };
export const XLSX_FILTER: FileFilter = { name: 'Excel 工作簿（.xlsx）', extensions: ['.xlsx'] };
export const DOCX_FILTER: FileFilter = { name: 'Word 文档（.docx）', extensions: ['.docx'] };
export const PDF_FILTER: FileFilter = { name: 'PDF 文档（.pdf）', extensions: ['.pdf'] };
export const CATALOG_FILTER: FileFilter = {
  name: '科目表（.xlsx、.csv）',
  extensions: ['.xlsx', '.csv'],
};
