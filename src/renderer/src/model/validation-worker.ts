/**
 * The 审核 worker: keeps its own copy of the book, fed by the same change sets as the page's, and
 * the table models the page derived (only those that changed are sent), and answers each request
 * with the findings of an incremental run (src/shared/validation/incremental.ts). Runs off the
 * page's thread, so checking a 10,000-line book never delays typing or the tables.
 */
import { applyChanges } from '../../../shared/api/apply-changes';
import type { AssetFigures, BookSnapshot } from '../../../shared/domain';
import type { TableModel } from '../../../shared/tables/model';
import {
  validateIncrementally,
  type ValidationState,
} from '../../../shared/validation/incremental';
import type { ValidationReply, ValidationRequest } from './validation-runner';

let snapshot: BookSnapshot | null = null;
let models = new Map<number, TableModel>();
let state: ValidationState | null = null;
let assets: AssetFigures | null = null;

function handle(msg: ValidationRequest): ValidationReply {
  if (msg.type === 'reset') {
    snapshot = msg.snapshot;
    models = new Map(msg.models.map((m) => [m.number, m]));
    assets = msg.assets;
    state = null;
  } else {
    if (!snapshot) return { id: msg.id, error: '审核尚未载入预算' };
    snapshot = applyChanges(snapshot, msg.changes).snapshot;
    if (msg.changes.assets) assets = msg.changes.assets;
    for (const m of msg.models) models.set(m.number, m);
  }
  const ordered = [...models.values()].sort((a, b) => a.number - b.number);
  state = validateIncrementally(snapshot, ordered, state, { assets });
  return { id: msg.id, findings: state.findings };
}

self.onmessage = (e: MessageEvent<ValidationRequest>) => {
  let reply: ValidationReply;
  try {
    reply = handle(e.data);
  } catch (err) {
    reply = { id: e.data.id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
