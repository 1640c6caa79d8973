/**
 * Typing is never overwritten by a save that comes back while the clerk types on. A save of one
 * field re-renders its screen; Vue then writes every bound `value` again, and a box holding text
 * not yet committed (it commits on leaving) would lose it — "≥1" became "1". The rule here: a
 * box that has the keyboard keeps what is in it; it shows the stored value again once left.
 */
import type { Directive } from 'vue';

/** Whether the element with this id holds the keyboard focus. */
export function hasFocus(id: string): boolean {
  return typeof document !== 'undefined' && document.activeElement?.id === id;
}

/**
 * v-stored-value="text": an input showing a stored value, one way (it commits on change), that
 * is not written while it has the focus.
 */
export const vStoredValue: Directive<HTMLInputElement, string> = {
  mounted(el, binding) {
    el.value = binding.value ?? '';
  },
  updated(el, binding) {
    if (el.ownerDocument.activeElement === el) return;
    const v = binding.value ?? '';
    if (el.value !== v) el.value = v;
  },
};
