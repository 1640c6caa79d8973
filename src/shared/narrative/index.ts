/** 第三部分 情况说明 and the whole disclosure document as data (pure; no Node, no Electron). */
export * from './types';
export { compareYears, changeClause, changeNeedsReason, wanCompact } from './change';
export { percentHundredths } from '../year-change';
export {
  documentPackFor,
  glossaryOf,
  type DocumentPack,
  type FigureCell,
  type GlossaryTerm,
  type NarrativeSubject,
} from './document-pack';
export { draftExplanation, type ExplanationInput } from './explanation';
export { MISSING_REASON, paragraphText, reasonBody } from './slots';
export { targetsText } from './sections-facts';
export { buildDocument, type DisclosureDocument, type DocumentInput } from './document';
