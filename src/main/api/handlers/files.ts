/**
 * The browser mode's equivalent of a file dialog (list a folder), and main's reading of a file
 * the clerk chose in either dialog: imports name the file by path and main reads it, so its
 * bytes never travel through the page (exports are written by main likewise, export-target.ts).
 * The HTTP server answers only this machine's page holding the launch token, and still every
 * path must be absolute (no guessing against a working folder) and reads are limited to the
 * file types the app imports (never a book or a program).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import type { ApiHandlers, FolderEntry, WorkbookSource } from '../../../shared/api/contract';
import { ApiFailure, booksDirOf, type HandlerContext } from '../context';

/** Largest file an import reads (a workbook or 科目表 far beyond any real one). */
export const MAX_READ_BYTES = 40 * 1024 * 1024;
const READABLE_EXTENSIONS = ['.xlsx', '.csv'];

const byName = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

function requireAbsolute(path: unknown, what: string): string {
  if (typeof path !== 'string' || path.trim() === '') {
    throw new ApiFailure('BAD_INPUT', `请选择${what}。`);
  }
  if (!isAbsolute(path.trim())) {
    throw new ApiFailure(
      'BAD_INPUT',
      `“${path}”不是完整路径，请从文件夹开始填写${what}，例如 D:\\预算\\… 或 /home/…。`,
    );
  }
  return resolve(path.trim());
}

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return '不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有访问权限';
  if (code === 'ENOTDIR') return '不是文件夹';
  return e instanceof Error ? e.message : String(e);
}

function entryOf(dir: string, name: string, extensions: string[]): FolderEntry | null {
  const path = join(dir, name);
  try {
    // stat (not the dirent) so a link to a folder is browsable like the folder itself.
    const st = statSync(path);
    if (st.isDirectory()) return { name, path, kind: 'dir' };
    if (!st.isFile() || !extensions.includes(extname(name).toLowerCase())) return null;
    return { name, path, kind: 'file', size: st.size, modified: st.mtime.toISOString() };
  } catch {
    // A broken link or an entry vanishing while listed is simply not offered.
    return null;
  }
}

function browse(ctx: HandlerContext, dirArg: string | undefined, extArg: unknown) {
  const dir =
    dirArg === undefined || dirArg.trim() === ''
      ? resolve(booksDirOf(ctx))
      : requireAbsolute(dirArg, '要打开的文件夹');
  const extensions = (Array.isArray(extArg) ? extArg : [])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => (x.startsWith('.') ? x : `.${x}`).toLowerCase());
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new ApiFailure(
      'FOLDER_UNREADABLE',
      `无法打开文件夹“${dir}”：${errorText(e)}。请检查路径，或回到上一级另选文件夹。`,
    );
  }
  const entries = names
    .filter((n) => !n.startsWith('.'))
    .map((n) => entryOf(dir, n, extensions))
    .filter((e): e is FolderEntry => e !== null)
    .sort((a, b) =>
      a.kind !== b.kind ? (a.kind === 'dir' ? -1 : 1) : byName.compare(a.name, b.name),
    );
  const parent = dirname(dir);
  return { dir, parent: parent === dir ? null : parent, entries };
}

/** A file the clerk chose (absolute path; .xlsx or .csv; size-limited), read by main. */
function readChosenFile(pathArg: unknown): { fileName: string; bytes: Buffer } {
  const path = requireAbsolute(pathArg, '要读取的文件');
  if (!READABLE_EXTENSIONS.includes(extname(path).toLowerCase())) {
    throw new ApiFailure(
      'BAD_INPUT',
      `“${basename(path)}”：本程序只读取 ${READABLE_EXTENSIONS.join('、')} 文件，请另选文件或改正扩展名。`,
    );
  }
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ApiFailure('BAD_INPUT', `“${path}”不是文件，请选择一个文件。`);
    size = st.size;
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    throw new ApiFailure('FILE_UNREADABLE', `无法读取“${path}”：${errorText(e)}。请重新选择。`);
  }
  if (size > MAX_READ_BYTES) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    throw new ApiFailure(
      'FILE_TOO_LARGE',
      `“${path}”有 ${mb(size)} MB，超过 ${mb(MAX_READ_BYTES)} MB 上限。请只保留需要的工作表后另存再选择。`,
    );
  }
  return { fileName: basename(path), bytes: readFileSync(path) };
}

/**
 * The file of an import (WorkbookSource): read by main from the chosen path (`source`), or the
 * content an in-process caller sent; `missing` asks for the file when there is neither.
 */
export function sourceFile(
  arg: WorkbookSource,
  missing: string,
): { fileName: string; bytes: Buffer } {
  if (typeof arg.source === 'string') return readChosenFile(arg.source);
  if (
    typeof arg.fileName !== 'string' ||
    arg.fileName.trim() === '' ||
    typeof arg.contentBase64 !== 'string'
  ) {
    throw new ApiFailure('BAD_INPUT', missing);
  }
  return { fileName: arg.fileName.trim(), bytes: Buffer.from(arg.contentBase64, 'base64') };
}

export function fileHandlers(ctx: HandlerContext): Pick<ApiHandlers, 'files:browse'> {
  return {
    'files:browse': async (arg) => browse(ctx, arg.dir, arg.extensions),
  };
}
