/**
 * Building blocks of the drafted sentences: a compared figure with its reason slot, and text
 * segments. Also the one place a paragraph becomes plain text (UI preview and both renderers).
 */
import type { ChangeReason, Fen, LastYearFigure } from '../domain';
import type { TableModel } from '../tables/model';
import { changeClause, changeNeedsReason, compareYears } from './change';
import type { FigureCell, NarrativeSubject } from './document-pack';
import { figureLast, figureNow } from './figures';
import type { Paragraph, ReasonSlot, Segment } from './types';

/** Printed where a needed reason has not been written yet. */
export const MISSING_REASON = '【请填写原因】';

export interface DraftContext {
  year: number;
  tables: readonly TableModel[];
  lastYear: readonly LastYearFigure[];
  reasons: readonly ChangeReason[];
  /** Collects the slots in reading order. */
  slots: ReasonSlot[];
  warnings: string[];
}

export const text = (t: string): Segment => ({ kind: 'text', text: t });

export function now(ctx: DraftContext, cell: FigureCell): Fen {
  return figureNow(ctx.tables, cell);
}

/** The slot of a subject: this year's and last year's figure, and the stored reason. */
export function slotOf(ctx: DraftContext, subject: NarrativeSubject): ReasonSlot {
  const change = compareYears(
    figureNow(ctx.tables, subject.cell),
    figureLast(ctx.lastYear, subject.cell),
  );
  const stored = ctx.reasons.find((r) => r.subjectKey === subject.reasonKey)?.reason ?? '';
  const slot: ReasonSlot = {
    subjectKey: subject.reasonKey,
    label: subject.label,
    change,
    needed: changeNeedsReason(change),
    reason: stored.trim(),
  };
  ctx.slots.push(slot);
  return slot;
}

/**
 * "<figure>万元,比上年…,主要原因是…" for a slot: the comparison clause (none when last year is
 * unknown) and the reason segment when the change needs one.
 */
export function comparedFigure(slot: ReasonSlot, comma: string, figureSuffix = ''): Segment[] {
  const clause = changeClause(slot.change, comma);
  const out: Segment[] = [
    text(`${slot.change.nowText}万元${figureSuffix}${clause ? comma + clause : ''}`),
  ];
  if (slot.needed) out.push({ kind: 'reason', slot, comma });
  return out;
}

/** A clerk's reason as printed: without a leading "主要原因是" they may have typed, and without closing punctuation. */
export function reasonBody(reason: string): string {
  return reason
    .trim()
    .replace(/^主要原因(是|为)[:：]?/, '')
    .replace(/[。；;，,、\s]+$/, '');
}

/** The paragraph as one string; a missing needed reason prints as MISSING_REASON. */
export function paragraphText(p: Paragraph): string {
  return p
    .map((s) => {
      if (s.kind === 'text') return s.text;
      const body = reasonBody(s.slot.reason);
      return `${s.comma}主要原因是${body || MISSING_REASON}`;
    })
    .join('');
}
