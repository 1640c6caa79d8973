/**
 * draftExplanation: 第三部分 情况说明 written from the book. Every figure comes from the derived
 * tables (1 and 7), the projects and the asset figures, compared with last year's imported
 * figures; only the reasons (“主要原因是…”) come from the clerk.
 */
import type { AssetFigures, BookSnapshot } from '../domain';
import type { TableModel } from '../tables/model';
import type { DocumentPack } from './document-pack';
import { adminSection, changesSection, threePublicSection } from './sections-budget';
import { assetsSection, keyProjectsSection, procurementSection } from './sections-facts';
import { MISSING_REASON, type DraftContext } from './slots';
import type { ExplanationDraft } from './types';

interface ExplanationInput {
  /** The book, with lastYear, reasons and indicators loaded. */
  book: BookSnapshot;
  /** The derived tables; must include those the pack's subjects name (1 and 7 for Jiangmen). */
  tables: readonly TableModel[];
  assets: AssetFigures | null;
  pack: DocumentPack;
}

export function draftExplanation(input: ExplanationInput): ExplanationDraft {
  const { book, pack } = input;
  const year = book.info.year;
  const ctx: DraftContext = {
    year,
    tables: input.tables,
    lastYear: book.lastYear ?? [],
    reasons: book.reasons ?? [],
    slots: [],
    warnings: [],
  };
  const sections = [
    changesSection(ctx, pack),
    threePublicSection(ctx, pack),
    adminSection(
      ctx,
      pack,
      book.units.map((u) => u.type),
    ),
    procurementSection(ctx, book.projects),
    assetsSection(ctx, input.assets),
    keyProjectsSection(ctx, book),
  ];
  const notCompared = ctx.slots.filter((s) => s.change.direction === 'noLastYear');
  if (notCompared.length > 0) {
    ctx.warnings.unshift(
      `尚未导入上年预算数（缺${notCompared.map((s) => s.label).join('、')}），第三部分无法与上年比较；请用“导入上年预算”导入上年公开表。`,
    );
  }
  const missing = ctx.slots.filter((s) => s.needed && s.reason === '');
  if (missing.length > 0) {
    ctx.warnings.push(
      `以下增减变化尚未填写主要原因，导出时将印为“${MISSING_REASON}”：${missing.map((s) => s.label).join('、')}。`,
    );
  }
  return {
    year,
    heading: `第三部分 ${year}年部门预算情况说明`,
    sections,
    slots: ctx.slots,
    warnings: ctx.warnings,
  };
}
