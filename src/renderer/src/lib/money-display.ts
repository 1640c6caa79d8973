/**
 * The workspace's 元 / 万元 display switch, shared by every view that shows amounts. Entry is
 * always in 元; only the display changes. The choice survives a reload of the page.
 */
import { ref, watch } from 'vue';
import type { Fen } from '../../../shared/domain';
import { formatWan, formatYuan } from '../../../shared/money';

export type DisplayUnit = 'yuan' | 'wan';

const KEY = 'budgetdesk.displayUnit';

function initial(): DisplayUnit {
  try {
    return localStorage.getItem(KEY) === 'wan' ? 'wan' : 'yuan';
  } catch {
    return 'yuan';
  }
}

export const displayUnit = ref<DisplayUnit>(initial());

watch(displayUnit, (u) => {
  try {
    localStorage.setItem(KEY, u);
  } catch {
    // A page without storage simply forgets the choice.
  }
});

/** Amount text in the chosen unit: "1,234.56" (元) or "0.12" (万元). */
export function formatAmount(fen: Fen, unit: DisplayUnit = displayUnit.value): string {
  return unit === 'wan' ? formatWan(fen, { thousands: true }) : formatYuan(fen);
}

export function unitCaption(unit: DisplayUnit = displayUnit.value): string {
  return unit === 'wan' ? '万元' : '元';
}
