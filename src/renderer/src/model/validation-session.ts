/**
 * The 审核 side of the page's book: a copy of the book fed by the same change sets as the page's,
 * the table models the page derived (patched with only the rows that changed, shared/tables/
 * model-patch.ts), and the findings last sent. Each request is answered by an incremental run
 * (shared/validation/incremental.ts) with only the findings that changed since the last answer.
 * The worker (validation-worker.ts) runs one; the page's fallback runs the same code.
 */
import type { BookChanges } from '../../../shared/api/changes';
import { applyChanges } from '../../../shared/api/apply-changes';
import type { AssetFigures, BookSnapshot } from '../../../shared/domain';
import type { TableModel } from '../../../shared/tables/model';
import { applyModelPatch, type ModelPatch } from '../../../shared/tables/model-patch';
import type { Finding } from '../../../shared/validation/finding';
import type { FindingDelta } from '../../../shared/validation/finding-delta';
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
  | { type: 'changes'; id: number; changes: BookChanges; patches: ModelPatch[] };

/**
 * An answer: the whole list (after a reset), or what changed since the previous answer that
 * carried findings — the page applies every such answer in order, even one overtaken by a newer
 * request. An error leaves the findings as last answered.
 */
export type ValidationReply =
  | { id: number; findings: Finding[] }
  | { id: number; delta: FindingDelta }
  | { id: number; error: string };

export class ValidationSession {
  private snapshot: BookSnapshot | null = null;
  private models = new Map<number, TableModel>();
  private assets: AssetFigures | null = null;
  private state: ValidationState | null = null;
  /** The findings as of the last answer that carried them. */
  private answered: Finding[] | null = null;

  handle(msg: ValidationRequest): ValidationReply {
    try {
      return this.run(msg);
    } catch (e) {
      // A run consumes the state it starts from: after a failure the next one starts afresh.
      this.state = null;
      return { id: msg.id, error: e instanceof Error ? e.message : String(e) };
    }
  }

  private run(msg: ValidationRequest): ValidationReply {
    if (msg.type === 'reset') {
      this.snapshot = msg.snapshot;
      this.models = new Map(msg.models.map((m) => [m.number, m]));
      this.assets = msg.assets;
      this.state = null;
      this.answered = null;
    } else {
      if (!this.snapshot) return { id: msg.id, error: '审核尚未载入预算' };
      this.snapshot = applyChanges(this.snapshot, msg.changes).snapshot;
      if (msg.changes.assets) this.assets = msg.changes.assets;
      for (const p of msg.patches) {
        this.models.set(p.number, applyModelPatch(this.models.get(p.number), p));
      }
    }
    const ordered = [...this.models.values()].sort((a, b) => a.number - b.number);
    const before = this.state;
    this.state = validateIncrementally(this.snapshot, ordered, before, { assets: this.assets });
    const { findings, delta } = this.state;
    // The delta is from the last run's findings, which the page has unless that run failed.
    const since = before !== null && before.findings === this.answered;
    this.answered = findings;
    return delta && since ? { id: msg.id, delta } : { id: msg.id, findings };
  }
}
