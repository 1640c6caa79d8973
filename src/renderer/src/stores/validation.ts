/**
 * 审核 findings of the open book, kept live: after every change of the book copy (a load, or a
 * change set from this or another window) the findings are computed again from the copy and the
 * tables the page derived, by src/shared code in a worker (model/validation-runner.ts), re-running
 * only the identities over tables that changed. Also the clerk's 出错说明 per error finding.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ReviewNoteEntry } from '../../../shared/api/contract';
import type { TableModel } from '../../../shared/tables/model';
import { modelPatch, type ModelPatch } from '../../../shared/tables/model-patch';
import type { Finding, Severity } from '../../../shared/validation/finding';
import { applyFindingDelta } from '../../../shared/validation/finding-delta';
import { api } from '../api/client';
import { createValidationRunner, type ValidationReply } from '../model/validation-runner';
import { useBookDataStore } from './book-data';
import { useTablesStore } from './tables';

export const useValidationStore = defineStore('validation', () => {
  const data = useBookDataStore();
  // Created first, so the tables are derived before 审核 hears of the same change.
  const tables = useTablesStore();
  const findings = shallowRef<Finding[]>([]);
  const notes = computed(() => data.reviewNotes);
  const running = ref(false);
  const error = ref<string | null>(null);
  /** When the findings were last computed, for "审核于 hh:mm:ss". */
  const checkedAt = ref<Date | null>(null);
  /** Counts results shown (the benchmark waits for the one after an edit). */
  const revision = ref(0);
  let sent = 0;
  let answered = 0;
  let waiters: (() => void)[] = [];
  /** The models the runner has, by table number: only the rows that changed are sent again. */
  let known = new Map<number, TableModel>();
  /** The findings as of the runner's last answer (each answer says what changed since it). */
  let latest: Finding[] = [];

  function onReply(r: ValidationReply): void {
    answered = Math.max(answered, r.id);
    if ('findings' in r) latest = r.findings;
    else if ('delta' in r) latest = applyFindingDelta(latest, r.delta);
    if (r.id !== sent) return; // a newer request is on its way
    if ('error' in r) error.value = `无法审核：${r.error}`;
    else {
      findings.value = latest;
      error.value = null;
      checkedAt.value = new Date();
    }
    revision.value++;
    running.value = false;
    const done = waiters;
    waiters = [];
    for (const w of done) w();
  }
  const runner = createValidationRunner(onReply);

  /** The tables that changed since the runner last had them, as patches of their changed rows. */
  function patches(): ModelPatch[] {
    const out: ModelPatch[] = [];
    for (const m of tables.models) {
      const p = modelPatch(known.get(m.number), m);
      if (p) out.push(p);
      known.set(m.number, m);
    }
    return out;
  }

  data.follow(({ snapshot, applied, changes }) => {
    if (!snapshot) {
      findings.value = [];
      known = new Map();
      return;
    }
    running.value = true;
    const id = ++sent;
    if (!applied || !changes) {
      known = new Map(tables.models.map((m) => [m.number, m]));
      runner.post({
        type: 'reset',
        id,
        snapshot,
        models: tables.models,
        // A plain copy: a reactive proxy cannot be posted to the worker.
        assets: data.assets ? { ...data.assets } : null,
      });
    } else runner.post({ type: 'changes', id, changes, patches: patches() });
  });

  const counts = computed(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings.value) c[f.severity]++;
    return c;
  });
  const errors = computed(() => findings.value.filter((f) => f.severity === 'error'));
  /** Errors without a written 出错说明 (export asks for these). */
  const unexplained = computed(() => errors.value.filter((f) => !notes.value[f.key]?.trim()));

  /** Resolves once the findings are those of the latest change (export checks what it writes). */
  function run(): Promise<void> {
    if (answered >= sent) return Promise.resolve();
    return new Promise((resolve) => waiters.push(resolve));
  }

  /** Stores the 出错说明 of one finding (blank removes it); the copy follows the change set. */
  function setNote(findingKey: string, note: string): Promise<ReviewNoteEntry | null> {
    return api.call('review-notes:set', { findingKey, note });
  }

  return {
    findings,
    notes,
    running,
    error,
    checkedAt,
    revision,
    counts,
    errors,
    unexplained,
    run,
    setNote,
  };
});
