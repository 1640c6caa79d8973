/** 第三部分 情况说明 and the whole disclosure document as data (pure; no Node, no Electron). */
export * from './types';
export { compareYears, changeClause, wanCompact } from './change';
export { percentHundredths } from '../year-change';
export { documentPackFor, glossaryOf, type DocumentPack } from './document-pack';
export { draftExplanation } from './explanation';
export { MISSING_REASON, paragraphText, reasonBody } from './slots';
