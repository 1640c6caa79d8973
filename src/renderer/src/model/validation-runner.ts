/**
 * Where 审核 runs: in a Web Worker (model/validation-worker.ts) when the page can start one, else
 * on the page's thread with the same code (unit tests, a page that refuses workers). Either way
 * it is incremental: the identities over unchanged tables keep their outcome.
 */
import type { BookChanges } from '../../../shared/api/changes';
import { applyChanges } from '../../../shared/api/apply-changes';
import type { AssetFigures, BookSnapshot } from '../../../shared/domain';
import type { TableModel } from '../../../shared/tables/model';
import type { Finding } from '../../../shared/validation/finding';
import {
  validateIncrementally,
  type ValidationState,
} from '../../../shared/validation/incremental';

export type ValidationRequest =
  | {
      type: 'reset';
      id: number;
      snapshot: BookSnapshot;
      models: TableModel[];
      /** 国有资产 (null: none entered): its check runs as in main's 审核. */
      assets: AssetFigures | null;
    }
  | { type: 'changes'; id: number; changes: BookChanges; models: TableModel[] };

export type ValidationReply = { id: number; findings: Finding[] } | { id: number; error: string };

interface ValidationRunner {
  /** Sends a request; the reply arrives through the callback given at creation. */
  post(request: ValidationRequest): void;
}

/** The same work as the worker, on this thread, answering in a later task. */
function inThread(onReply: (r: ValidationReply) => void): ValidationRunner {
  let snapshot: BookSnapshot | null = null;
  let models = new Map<number, TableModel>();
  let state: ValidationState | null = null;
  let assets: AssetFigures | null = null;
  return {
    post(msg) {
      setTimeout(() => {
        try {
          if (msg.type === 'reset') {
            snapshot = msg.snapshot;
            models = new Map(msg.models.map((m) => [m.number, m]));
            assets = msg.assets;
            state = null;
          } else if (snapshot) {
            snapshot = applyChanges(snapshot, msg.changes).snapshot;
            if (msg.changes.assets) assets = msg.changes.assets;
            for (const m of msg.models) models.set(m.number, m);
          }
          if (!snapshot) return;
          const ordered = [...models.values()].sort((a, b) => a.number - b.number);
          state = validateIncrementally(snapshot, ordered, state, { assets });
          onReply({ id: msg.id, findings: state.findings });
        } catch (e) {
          onReply({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
        }
      }, 0);
    },
  };
}

export function createValidationRunner(onReply: (r: ValidationReply) => void): ValidationRunner {
  if (typeof Worker === 'undefined') return inThread(onReply);
  try {
    const worker = new Worker(new URL('./validation-worker.ts', import.meta.url), {
      type: 'module',
    });
    const fallback = inThread(onReply);
    let failed = false;
    let lastReset: ValidationRequest | null = null;
    const pending: ValidationRequest[] = [];
    worker.onmessage = (e: MessageEvent<ValidationReply>) => {
      pending.splice(0, pending.findIndex((p) => p.id === e.data.id) + 1);
      onReply(e.data);
    };
    // A worker that cannot start (a policy, a missing file): the same work on this thread.
    worker.onerror = () => {
      failed = true;
      worker.terminate();
      const redo = pending.splice(0);
      if (lastReset && !redo.includes(lastReset)) redo.unshift(lastReset);
      for (const p of redo) fallback.post(p);
    };
    return {
      post(msg) {
        if (failed) return fallback.post(msg);
        if (msg.type === 'reset') lastReset = msg;
        pending.push(msg);
        worker.postMessage(msg);
      },
    };
  } catch {
    return inThread(onReply);
  }
}
