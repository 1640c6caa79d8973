/**
 * What importing a 科目表 changes in a book's list: the file is the year's whole list for its
 * kind, so codes it lacks are removed — except those lines still use, which stay as 停用 (retired)
 * so the lines print and 审核 names them.
 */
import type { CatalogKind, ClassificationEntry } from './types';

interface CatalogRename {
  code: string;
  from: string;
  to: string;
}

/** A removed code that lines still use: kept as retired. `lines`: how many use it or a code under it. */
interface CatalogRetired extends ClassificationEntry {
  lines: number;
}

interface CatalogDiff {
  added: ClassificationEntry[];
  /** Removed and not used by any line. */
  removed: ClassificationEntry[];
  renamed: CatalogRename[];
  retired: CatalogRetired[];
  /** The book's list after the import: the file's entries plus the retired ones, by code. */
  result: ClassificationEntry[];
}

/** The preview the CLI prints and the 科目表 screen shows before 确认导入. */
export interface CatalogImportPreview extends Omit<CatalogDiff, 'result'> {
  previewId: string;
  kind: CatalogKind;
  fileName: string;
  /** Codes in the file. */
  total: number;
  /** Codes in the book's list before the import. */
  before: number;
}

/**
 * The diff of a book's list against an imported one. `usedCodes`: each distinct code the book's
 * lines carry for this kind, with its number of lines.
 */
export function diffCatalogList(
  current: readonly ClassificationEntry[],
  incoming: readonly ClassificationEntry[],
  usedCodes: ReadonlyMap<string, number>,
): CatalogDiff {
  const now = new Map(current.map((e) => [e.code, e]));
  const next = new Map(incoming.map((e) => [e.code, e]));
  const added = incoming.filter((e) => !now.has(e.code) || now.get(e.code)!.retired);
  const renamed = incoming.flatMap((e) => {
    const old = now.get(e.code);
    return old && !old.retired && old.name !== e.name
      ? [{ code: e.code, from: old.name, to: e.name }]
      : [];
  });
  const removed: ClassificationEntry[] = [];
  const retired: CatalogRetired[] = [];
  for (const e of current) {
    if (next.has(e.code)) continue;
    let lines = 0;
    for (const [code, n] of usedCodes) if (code.startsWith(e.code)) lines += n;
    if (lines > 0) retired.push({ code: e.code, name: e.name, retired: true, lines });
    else if (!e.retired) removed.push({ code: e.code, name: e.name });
  }
  const result = [
    ...incoming.map((e) => ({ code: e.code, name: e.name })),
    ...retired.map((e) => ({ code: e.code, name: e.name, retired: true as const })),
  ].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { added, removed, renamed, retired, result };
}

/** One line per change count, as the CLI prints it and the screen heads its preview. */
export function diffSummary(
  d: Pick<CatalogDiff, 'added' | 'removed' | 'renamed' | 'retired'>,
): string {
  const parts = [
    `新增 ${d.added.length} 个`,
    `删除 ${d.removed.length} 个`,
    `改名 ${d.renamed.length} 个`,
  ];
  if (d.retired.length) parts.push(`停用但仍有明细使用 ${d.retired.length} 个`);
  return parts.join('，');
}
