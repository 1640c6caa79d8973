/**
 * Closing never loses an edit. Every edit is sent to main the moment it is committed (a field
 * commits when it loses focus), so what can be lost on closing is only (a) the field still being
 * typed in and (b) saves still on their way. Browser mode: on `beforeunload` the field is blurred,
 * so its save is sent (as a keepalive request that outlives the page), and while anything was
 * uncommitted or in flight the browser is asked to confirm leaving. Electron: main asks before
 * closing (preload onBeforeClose) and waits until the field is committed and the saves are done.
 */
import { pendingWrites, whenIdle } from './client';

/** Fields typed in since they took focus: their blur will send an edit. */
const typedIn = new WeakSet<EventTarget>();

const isTextField = (t: unknown): t is HTMLElement =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Blurs the field being typed in; true when it held an edit that its blur now commits. */
function commitActiveField(doc: Document = document): boolean {
  const el = doc.activeElement;
  if (!isTextField(el)) return false;
  const edited = typedIn.has(el);
  el.blur();
  return edited;
}

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves when no save is in flight — after giving a just-committed edit the moment it needs
 * to start (saves queue behind one another) — or when `timeoutMs` ran out (false).
 */
async function settleWrites(timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await tick(20);
    if (pendingWrites() === 0) {
      await tick(20);
      if (pendingWrites() === 0) return true;
    }
    const left = deadline - Date.now();
    if (left <= 0 || !(await whenIdle(left))) return false;
  }
}

/** Installs the guard once, at startup. */
export function installCloseGuard(win: Window = window): void {
  const doc = win.document;
  doc.addEventListener('input', (e) => e.target && typedIn.add(e.target), true);
  doc.addEventListener('focusout', (e) => e.target && typedIn.delete(e.target), true);
  const bridge = win.budgetdesk;
  if (bridge) {
    // Electron: main waits for this before closing; a beforeunload refusal would instead
    // cancel the close silently, so none is installed there.
    bridge.onBeforeClose?.(async () => {
      commitActiveField(doc);
      await settleWrites(5000);
    });
    return;
  }
  win.addEventListener('beforeunload', (e) => {
    const uncommitted = commitActiveField(doc);
    if (uncommitted || pendingWrites() > 0) {
      e.preventDefault();
      // Older Chromium needs returnValue set to show its "leave site?" prompt.
      e.returnValue = '';
    }
  });
}
