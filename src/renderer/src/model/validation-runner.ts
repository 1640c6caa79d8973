/**
 * Where 审核 runs: in a Web Worker (model/validation-worker.ts) when the page can start one, else
 * on the page's thread with the same code (unit tests, a page that refuses workers). Either way
 * it is one ValidationSession, incremental, answering with what changed.
 */
import {
  ValidationSession,
  type ValidationReply,
  type ValidationRequest,
} from './validation-session';

export type { ValidationReply };

interface ValidationRunner {
  /** Sends a request; the reply arrives through the callback given at creation. */
  post(request: ValidationRequest): void;
}

/** The same work as the worker, on this thread, answering in a later task. */
function inThread(onReply: (r: ValidationReply) => void): ValidationRunner {
  const session = new ValidationSession();
  return {
    post(msg) {
      setTimeout(() => onReply(session.handle(msg)), 0);
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
    /** The last reset and every request since: what a fallback needs to reach the same state. */
    let history: ValidationRequest[] = [];
    worker.onmessage = (e: MessageEvent<ValidationReply>) => onReply(e.data);
    // A worker that cannot start (a policy, a missing file): the same work on this thread,
    // from the last reset on (its first answer is a whole list, which replaces the page's).
    worker.onerror = () => {
      failed = true;
      worker.terminate();
      for (const p of history) fallback.post(p);
      history = [];
    };
    return {
      post(msg) {
        if (failed) return fallback.post(msg);
        if (msg.type === 'reset') history = [];
        history.push(msg);
        worker.postMessage(msg);
      },
    };
  } catch {
    return inThread(onReply);
  }
}
