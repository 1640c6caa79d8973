/**
 * The one map from operating-system and SQLite errors to Chinese, used by every entry point (the
 * app's handlers, the HTTP envelope, the CLI's last catch). Each message says what happened to
 * which file and what the clerk can do; the raw system text follows in brackets for support.
 */
import Database from 'better-sqlite3';

interface DescribedError {
  /** Machine code of the envelope (`DISK_FULL`, `READ_ONLY`, …); `INTERNAL` when unknown. */
  code: string;
  /** Chinese, naming the file and what to do. */
  message: string;
}

/** Chinese names of the book's keys, for constraint conflicts ("UNIQUE constraint failed: units.code"). */
const FIELD_NAMES: Record<string, string> = {
  'units.code': '单位编码',
  'projects.code': '项目编码',
  'line_items.id': '明细行序号',
  'income_plan.unit_code': '收入计划的单位',
  'income_plan.fund_source': '收入计划的资金来源',
  'change_reasons.subject_key': '增减变化原因',
  'review_notes.finding_key': '出错说明',
  'table_notes.table_no': '表注',
  'last_year_figures.table_no': '上年数',
  'performance_indicators.id': '绩效指标',
};

type Kind = { code: string; text: (where: string) => string };

const KINDS: Record<string, Kind> = {
  missing: {
    code: 'NOT_FOUND',
    text: (w) => `找不到${w}或它所在的文件夹。请检查路径是否正确、文件夹是否存在`,
  },
  permission: {
    code: 'NO_PERMISSION',
    text: (w) =>
      `没有读写${w}的权限。请把文件放到自己有写入权限的文件夹（如“文档”）后再操作，或请管理员开放权限`,
  },
  readOnly: {
    code: 'READ_ONLY',
    text: (w) =>
      `${w}是只读的（只读文件、只读文件夹或写保护的 U 盘），无法写入，未作任何修改。请把它复制到可写的文件夹后再打开`,
  },
  full: {
    code: 'DISK_FULL',
    text: (w) => `磁盘空间不足，未能写入${w}，原有文件未改动。请清理磁盘空间或另选保存位置后重试`,
  },
  tooLarge: {
    code: 'FILE_TOO_LARGE',
    text: (w) =>
      `${w}超过了系统允许的单个文件大小，未能写入，原有文件未改动。请另选保存位置（如本机硬盘）后重试`,
  },
  busy: {
    code: 'FILE_IN_USE',
    text: (w) =>
      `${w}正被其他程序使用（如 Excel、WPS 或另一个 BudgetDesk 窗口），未作修改。请关闭那个程序后重试`,
  },
  isDir: { code: 'BAD_INPUT', text: (w) => `${w}是一个文件夹，不是文件。请另选文件或另起文件名` },
  notDir: { code: 'NOT_FOUND', text: (w) => `${w}的路径中有一段不是文件夹。请检查路径` },
  damaged: {
    code: 'BOOK_DAMAGED',
    text: (w) =>
      `${w}已损坏（文件内容不完整或被改动），无法读取。请用“历史版本”中最近的完好快照恢复，或改用备份`,
  },
  io: {
    code: 'IO_ERROR',
    text: (w) => `读写${w}时磁盘出错，操作未完成。请检查磁盘或 U 盘是否已拔出，然后重试`,
  },
  cantOpen: {
    code: 'CANNOT_OPEN',
    text: (w) => `无法打开或创建${w}。请检查文件夹是否存在、是否有写入权限`,
  },
  tooManyFiles: {
    code: 'FILE_IN_USE',
    text: (w) => `打开的文件过多，未能打开${w}。请关闭一些程序后重试`,
  },
};

const ERRNO_KIND: Record<string, keyof typeof KINDS> = {
  ENOENT: 'missing',
  ENOTDIR: 'notDir',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'readOnly',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EFBIG: 'tooLarge',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EISDIR: 'isDir',
  EIO: 'io',
  EMFILE: 'tooManyFiles',
  ENFILE: 'tooManyFiles',
};

/** SQLite result codes by their primary part (SQLITE_IOERR_WRITE → SQLITE_IOERR). */
const SQLITE_KIND: Record<string, keyof typeof KINDS> = {
  SQLITE_READONLY: 'readOnly',
  SQLITE_FULL: 'full',
  SQLITE_TOOBIG: 'tooLarge',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_CORRUPT: 'damaged',
  SQLITE_NOTADB: 'damaged',
  SQLITE_IOERR: 'io',
  SQLITE_CANTOPEN: 'cantOpen',
  SQLITE_PERM: 'permission',
};

const HAS_CJK = /[\u4e00-\u9fff]/;

function where(file: string | undefined, fallback: string): string {
  return file ? `“${file}”` : fallback;
}

function constraint(
  e: InstanceType<typeof Database.SqliteError>,
  file: string | undefined,
): DescribedError {
  const w = where(file, '预算文件');
  const cols = /constraint failed: (.+)$/i.exec(e.message)?.[1]?.split(/,\s*/) ?? [];
  const names = cols.map((c) => FIELD_NAMES[c] ?? c).join('、');
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return {
      code: 'CONFLICT',
      message:
        `${w}中已有相同的${names || '记录'}，未作修改。可能另一个窗口或另一次导入刚刚添加了它：` +
        `请刷新后重试，或改用其他编码（${e.message}）`,
    };
  }
  if (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return {
      code: 'CONFLICT',
      message: `${w}中引用的单位或项目不存在（可能刚被删除），未作修改。请刷新后重新选择（${e.message}）`,
    };
  }
  return {
    code: 'BAD_INPUT',
    message: `数据不符合${w}的约束${names ? `（${names}）` : ''}，未作修改。请检查填写的内容（${e.message}）`,
  };
}

/** The machine code of an OS error (`ENOSPC`), or null for anything else. */
function errnoOf(e: unknown): string | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

/** True for errors this module translates from English (OS errno, SQLite). */
export function isSystemError(e: unknown): boolean {
  if (e instanceof Database.SqliteError) return true;
  const errno = errnoOf(e);
  return errno !== null && errno in ERRNO_KIND;
}

/**
 * The Chinese code and message for any error. Errors of the program that already speak Chinese
 * (named book errors, import refusals) keep their message; OS and SQLite errors are translated;
 * anything else is an internal error, said so in Chinese with the raw text in brackets.
 */
export function describeError(e: unknown, opts: { file?: string } = {}): DescribedError {
  const raw = e instanceof Error ? e.message : String(e);
  if (e instanceof Database.SqliteError) {
    if (e.code.startsWith('SQLITE_CONSTRAINT')) return constraint(e, opts.file);
    const kind = KINDS[SQLITE_KIND[e.code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')] ?? ''];
    if (kind)
      return { code: kind.code, message: `${kind.text(where(opts.file, '预算文件'))}（${raw}）` };
  }
  const errno = errnoOf(e);
  const kind = errno ? KINDS[ERRNO_KIND[errno] ?? ''] : undefined;
  if (kind) {
    // The file the OS failed on, else the one the caller was working on.
    const path = (e as NodeJS.ErrnoException).path ?? opts.file;
    return { code: kind.code, message: `${kind.text(where(path, '文件'))}（${raw}）` };
  }
  if (e instanceof Error && HAS_CJK.test(raw)) {
    const code = (e as { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'ERROR', message: raw };
  }
  return {
    code: 'INTERNAL',
    message: `程序内部错误：${raw}。所做的修改未保存；请重试，如仍出错请联系技术支持并提供此信息。`,
  };
}
