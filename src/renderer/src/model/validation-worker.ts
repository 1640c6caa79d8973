/**
 * The 审核 worker: one ValidationSession (validation-session.ts) off the page's thread, so checking
 * a 10,000-line book never delays typing or the tables.
 */
import { ValidationSession, type ValidationRequest } from './validation-session';

const session = new ValidationSession();

self.onmessage = (e: MessageEvent<ValidationRequest>) => {
  self.postMessage(session.handle(e.data));
};
