/**
 * Named errors of the budget book. Each carries a machine `code` and a Chinese message that says
 * which file, what is wrong, that the file was left as it was, and what the clerk can do.
 */

export class BookError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The book was written by a newer BudgetDesk: opening it here could lose what it knows. */
export class BookTooNewError extends BookError {
  constructor(path: string, bookVersion: number, appVersion: number) {
    super(
      'BOOK_TOO_NEW',
      `预算文件“${path}”由较新版本的 BudgetDesk 保存（数据结构第 ${bookVersion} 版，本程序只支持到第 ${appVersion} 版）。` +
        '文件未作任何改动。请升级 BudgetDesk 后再打开。',
    );
  }
}

/** The book's applied migrations are not the ones this app ships: it was edited or forked. */
export class MigrationHistoryMismatchError extends BookError {
  constructor(path: string, detail: string) {
    super(
      'MIGRATION_HISTORY_MISMATCH',
      `预算文件“${path}”的数据结构升级记录与本程序不一致（${detail}）。` +
        '文件未作任何改动。它可能被其他工具修改过，或来自不同来源的 BudgetDesk；请改用原来的程序打开，或联系技术支持。',
    );
  }
}

/** Not an SQLite file, or an SQLite file that is not a BudgetDesk book. */
export class NotABookError extends BookError {
  constructor(path: string, why: string) {
    super(
      'NOT_A_BOOK',
      `“${path}”不是 BudgetDesk 预算文件（${why}）。文件未作任何改动。请选择用 BudgetDesk 新建的 .sqlite 预算文件。`,
    );
  }
}

/** `create` never overwrites: an existing file may be someone's book. */
export class BookExistsError extends BookError {
  constructor(path: string) {
    super(
      'BOOK_EXISTS',
      `文件“${path}”已存在，为免覆盖未新建预算。请换一个文件名，或先移走原文件。`,
    );
  }
}

export class BookNotFoundError extends BookError {
  constructor(path: string) {
    super('BOOK_NOT_FOUND', `找不到预算文件“${path}”。请检查路径是否正确。`);
  }
}

/** The app's own migrations folder is missing or malformed: a packaging defect, not the clerk's. */
export class MigrationsFolderError extends BookError {
  constructor(message: string) {
    super('MIGRATIONS_FOLDER', `程序安装不完整：${message}。请重新安装 BudgetDesk。`);
  }
}

/** The folder to create a book in does not exist. */
export class BookFolderMissingError extends BookError {
  constructor(path: string, folder: string) {
    super(
      'CANNOT_OPEN',
      `无法创建“${path}”：文件夹“${folder}”不存在。请先建好文件夹，或换一个保存位置。`,
    );
  }
}

/** A read-only book of an older BudgetDesk: it cannot be upgraded where it is. */
export class BookReadOnlyUpgradeError extends BookError {
  constructor(path: string) {
    super(
      'READ_ONLY',
      `预算文件“${path}”是只读的（只读文件、只读文件夹或写保护的 U 盘），而它由较早版本的 BudgetDesk 保存，` +
        '需要先升级数据结构才能打开。文件未作任何改动。请把它复制到可写的文件夹后再打开。',
    );
  }
}
