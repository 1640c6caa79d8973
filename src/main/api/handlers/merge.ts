/**
 * 汇总下属单位 over the API: preview a merge of unit books into the open department book (stores
 * nothing), commit it (refused with every reason, nothing stored, when any check fails), and
 * list the merged units with whether each source file changed since.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { catalogOfBook } from '../../../shared/catalogs';
import { mergeAudit } from '../../../shared/merge/audit';
import { mergeProblems } from '../../../shared/merge/check';
import { unitPreview } from '../../../shared/merge/preview';
import type { MergePreview, MergeResult } from '../../../shared/merge/types';
import { PackError } from '../../../shared/tables/packs';
import { TableDataError } from '../../../shared/tables/prepare';
import type { BookDb } from '../../ledger/book-db';
import { readUnitBook, writeMerge, type UnitBook } from '../../ledger/merge';
import { listMergeSources, mergeSourceStatus } from '../../ledger/merge-sources';
import { loadSnapshot } from '../../ledger/snapshot';
import { recordMergeSources, snapshotBeforeChange } from '../book-facts';
import { ApiFailure, recordChanges, requireBook, type HandlerContext } from '../context';

type MergeChannels = 'merge:preview' | 'merge:commit' | 'merge:sources';

interface Planned {
  units: UnitBook[];
  preview: MergePreview;
}

function pathsOf(arg: { paths?: unknown }): string[] {
  const paths = arg.paths;
  if (
    !Array.isArray(paths) ||
    paths.length === 0 ||
    paths.some((p) => typeof p !== 'string' || !p)
  ) {
    throw new ApiFailure('BAD_INPUT', '请选择至少一本下属单位的预算文件（.sqlite）');
  }
  return paths as string[];
}

/** Reads the unit books and checks the merge; table errors of a unit book become reasons. */
function plan(book: BookDb, paths: string[]): Planned {
  const dept = loadSnapshot(book);
  const records = listMergeSources(book);
  const units = paths.map(readUnitBook);
  const inputs = units.map((u) => ({ path: u.path, snapshot: u.snapshot }));
  const problems = mergeProblems(dept, records, inputs, catalogOfBook(dept));
  const previews = [];
  for (const u of units) {
    try {
      previews.push(unitPreview(dept, records, u.path, u.snapshot));
    } catch (e) {
      if (!(e instanceof TableDataError || e instanceof PackError)) throw e;
      problems.push(`“${u.path}”无法生成报表：${e.message}`);
    }
  }
  return { units, preview: { units: previews, problems } };
}

function commit(ctx: HandlerContext, book: BookDb, paths: string[]): MergeResult {
  const { units, preview } = plan(book, paths);
  if (preview.problems.length > 0) {
    throw new ApiFailure(
      'MERGE_REFUSED',
      `未汇总，部门预算未作任何改动：${preview.problems.length} 个问题需先解决`,
      preview.problems,
    );
  }
  // 历史版本 records the department book as it was before each merge.
  snapshotBeforeChange(ctx, book, 'before-merge');
  writeMerge(book, units, new Date().toISOString());
  const after = loadSnapshot(book);
  const records = listMergeSources(book).filter((r) =>
    units.some((u) => u.snapshot.info.unitCode === r.unitCode),
  );
  return { units: preview.units, audit: mergeAudit(after, records) };
}

export function mergeHandlers(ctx: HandlerContext): Pick<ApiHandlers, MergeChannels> {
  return {
    'merge:preview': async (arg) => plan(requireBook(ctx), pathsOf(arg)).preview,
    'merge:commit': async (arg) => {
      const book = requireBook(ctx);
      const result = commit(ctx, book, pathsOf(arg));
      // Units, lines, projects, plan, texts and assets of each merged unit were replaced: the
      // windows of the book read it again, and list the merged units anew.
      recordChanges(ctx, { reload: true });
      recordMergeSources(ctx, book);
      return result;
    },
    'merge:sources': async () => mergeSourceStatus(requireBook(ctx)),
  };
}
