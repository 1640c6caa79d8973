/**
 * The income plan (控制数) per unit and fund source, and its comparison with what the lines
 * allocate. Reads the live copy of the book (tables store); writes through the API, one undo
 * step per change.
 */
import { defineStore } from 'pinia';
import { computed } from 'vue';
import type { Fen, FundSource } from '../../../shared/domain';
import { formatYuan } from '../../../shared/money';
import { api } from '../api/client';
import { incomeSummary, type IncomeSummary } from '../model/income';
import { useHistoryStore } from './history';
import { useTablesStore } from './tables';

export const usePlanStore = defineStore('plan', () => {
  const tables = useTablesStore();
  const history = useHistoryStore();

  /** The comparison for one unit, or for the whole book (unitCode null). */
  function summary(unitCode: string | null): IncomeSummary | null {
    const snap = tables.snapshot;
    return snap ? incomeSummary(snap, unitCode) : null;
  }

  const entries = computed(() => tables.snapshot?.plan ?? []);

  function current(unitCode: string, fundSource: FundSource): Fen | null {
    const e = entries.value.find((x) => x.unitCode === unitCode && x.fundSource === fundSource);
    return e ? e.amountFen : null;
  }

  async function write(unitCode: string, fundSource: FundSource, fen: Fen | null): Promise<void> {
    if (fen === null) await api.call('plan:clear', { unitCode, fundSource });
    else await api.call('plan:set', { entry: { unitCode, fundSource, amountFen: fen } });
  }

  /** Sets (or with null clears) one 控制数; nothing happens when it is unchanged. */
  function setAmount(unitCode: string, fundSource: FundSource, fen: Fen | null): Promise<void> {
    return history.exec(async () => {
      const before = current(unitCode, fundSource);
      if (before === fen) return;
      await write(unitCode, fundSource, fen);
      history.record({
        label:
          fen === null
            ? `清除${fundSource}控制数`
            : `${fundSource}控制数设为 ${formatYuan(fen)} 元`,
        undo: () => write(unitCode, fundSource, before),
        redo: () => write(unitCode, fundSource, fen),
      });
    });
  }

  return { entries, summary, current, setAmount };
});
