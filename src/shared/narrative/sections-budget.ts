/**
 * 第三部分 一 to 三: income and expenditure, “三公”经费 and its items, 机关运行经费. Sentence
 * patterns and punctuation follow the published 2021 document (its 一 and 二 use half-width
 * commas and semicolons, 三 onwards full-width ones).
 */
import type { UnitType } from '../domain';
import type { DocumentPack } from './document-pack';
import { comparedFigure, now, slotOf, text, type DraftContext } from './slots';
import { formatWan } from '../money';
import type { ExplanationSection } from './types';

export function changesSection(ctx: DraftContext, pack: DocumentPack): ExplanationSection {
  const income = slotOf(ctx, pack.subjects.income);
  const expenditure = slotOf(ctx, pack.subjects.expenditure);
  return {
    key: 'changes',
    heading: '一、部门预算收支增减变化情况',
    paragraphs: [
      [
        text(`${ctx.year}年本部门收入预算`),
        ...comparedFigure(income, ','),
        text(';支出预算'),
        ...comparedFigure(expenditure, ','),
        text('。'),
      ],
    ],
  };
}

export function threePublicSection(ctx: DraftContext, pack: DocumentPack): ExplanationSection {
  const s = pack.subjects;
  const total = slotOf(ctx, s.threePublic);
  const overseas = slotOf(ctx, s.overseas);
  const cars = slotOf(ctx, s.cars);
  const reception = slotOf(ctx, s.reception);
  const carsDetail = `(公务用车购置费${formatWan(now(ctx, s.carPurchase))}万元,公务用车运行维护费${formatWan(now(ctx, s.carRunning))}万元)`;
  return {
    key: 'threePublic',
    heading: '二、“三公”经费安排情况',
    paragraphs: [
      [
        text(`${ctx.year}年本部门财政拨款安排“三公”经费`),
        ...comparedFigure(total, ','),
        text('。其中:因公出国(境)费'),
        ...comparedFigure(overseas, ','),
        text(';公务用车购置及运行费'),
        ...comparedFigure(cars, ',', carsDetail),
        text(';公务接待费'),
        ...comparedFigure(reception, ','),
        text('。'),
      ],
    ],
  };
}

/** Units whose 财政拨款 basic expenditure counts as 机关运行经费. */
const ADMIN_UNIT_TYPES: readonly UnitType[] = ['行政单位', '参公事业单位'];

/**
 * 机关运行经费 is defined for 行政 and 参公 units only. A department without one prints 0.00 and
 * the fixed sentence saying why, instead of asking the clerk for a reason.
 */
export function adminSection(
  ctx: DraftContext,
  pack: DocumentPack,
  unitTypes: readonly UnitType[],
): ExplanationSection {
  const hasAdminUnits = unitTypes.some((t) => ADMIN_UNIT_TYPES.includes(t));
  const lead = text(`${ctx.year}年，本部门机关运行经费安排`);
  const paragraph = hasAdminUnits
    ? [lead, ...comparedFigure(slotOf(ctx, pack.subjects.admin), '，'), text('。')]
    : [
        lead,
        text(`${formatWan(now(ctx, pack.subjects.admin.cell))}万元，${pack.adminNoneSentence}`),
      ];
  return {
    key: 'admin',
    heading: '三、机关运行经费安排情况',
    paragraphs: [[text(pack.adminDefinition)], paragraph],
  };
}
