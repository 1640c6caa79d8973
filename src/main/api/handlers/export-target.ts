/**
 * Where main writes an export (ExportTarget): the absolute path the clerk chose in a save dialog
 * — the system's in Electron, the app's own in the browser mode, both on this machine's disk.
 * The target is checked before anything is produced (a wrong place costs no export) and again
 * just before writing; the file is then written beside it and renamed over it, so a failure
 * leaves no partial file and an old file exactly as it was. An existing file is replaced only
 * when the clerk confirmed (`overwrite`).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import type { ExportTarget, ExportWritten } from '../../../shared/api/contract';
import { describeError } from '../../errors/os-errors';
import { writeFileAtomic } from '../../fs/atomic-write';
import { ApiFailure } from '../context';

/** What an export writes, for its messages: e.g. { extension: '.xlsx', what: 'Excel 工作簿' }. */
export interface ExportKind {
  extension: string;
  what: string;
}

/** The checked absolute path of `target` for a file of `kind` (see the module comment). */
export function exportPath(target: Partial<ExportTarget>, kind: ExportKind): string {
  const raw = typeof target.path === 'string' ? target.path.trim() : '';
  if (raw === '') throw new ApiFailure('BAD_INPUT', `请选择${kind.what}的保存位置和文件名。`);
  if (!isAbsolute(raw)) {
    throw new ApiFailure(
      'BAD_INPUT',
      `“${raw}”不是完整路径，请从文件夹开始填写${kind.what}的保存位置，例如 D:\\预算\\… 或 /home/…。`,
    );
  }
  const path = resolve(raw);
  if (extname(path).toLowerCase() !== kind.extension) {
    throw new ApiFailure(
      'BAD_INPUT',
      `“${basename(path)}”：${kind.what}应保存为 ${kind.extension} 文件，请改正扩展名或另起文件名。`,
    );
  }
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new ApiFailure(
      'FOLDER_MISSING',
      `找不到“${path}”或它所在的文件夹：文件夹“${folder}”不存在，请另选保存位置。`,
    );
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) {
      throw new ApiFailure('BAD_INPUT', `“${path}”是一个文件夹，请另起文件名。`);
    }
    if (target.overwrite !== true) {
      throw new ApiFailure('FILE_EXISTS', `“${path}”已存在。请确认替换，或另起文件名。`);
    }
  }
  return path;
}

/**
 * Writes the produced `bytes` at `target` (checked again: a file may have appeared meanwhile),
 * all or nothing; answers the written path and size.
 */
export function writeExport(
  target: Partial<ExportTarget>,
  kind: ExportKind,
  bytes: Uint8Array,
): ExportWritten {
  const path = exportPath(target, kind);
  try {
    writeFileAtomic(path, bytes);
  } catch (e) {
    // One code for the page (choose another place); the text says why and names the file.
    throw new ApiFailure('FILE_UNWRITABLE', describeError(e, { file: path }).message);
  }
  return { path, size: bytes.length };
}
