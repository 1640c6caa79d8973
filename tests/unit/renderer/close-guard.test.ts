// @vitest-environment happy-dom
/**
 * Closing never loses an edit, the renderer's half. Electron: main's before-close request
 * (preload onBeforeClose, here a fake bridge) commits the field being typed in and resolves only
 * once its save has been answered. Browser mode: beforeunload blurs the field and asks to
 * confirm leaving only while an edit is uncommitted or a save is on its way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../src/shared/api/contract';
import { installCloseGuard } from '../../../src/renderer/src/api/close-guard';
import { api } from '../../../src/renderer/src/api/client';

afterEach(() => {
  document.body.innerHTML = '';
  delete window.budgetdesk;
  vi.unstubAllGlobals();
});

/** A text field that saves on blur, as the views' fields do. */
function field(onCommit: (value: string) => void): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  document.body.appendChild(el);
  el.addEventListener('blur', () => onCommit(el.value));
  return el;
}

function typeInto(el: HTMLTextAreaElement, text: string): void {
  el.focus();
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('close guard', () => {
  it('Electron: the before-close callback commits the field and waits for its save', async () => {
    let beforeClose: (() => Promise<void>) | null = null;
    const answers: ((r: ApiResult<unknown>) => void)[] = [];
    window.budgetdesk = {
      invoke: () => new Promise((resolve) => answers.push(resolve)),
      onBeforeClose: (cb) => {
        beforeClose = cb;
      },
    };
    installCloseGuard(window);
    const el = field((value) => {
      void api.call('texts:set', {
        texts: { mainDuties: value, organization: '', budgetComposition: '' },
      });
    });
    typeInto(el, '主要职责');
    expect(beforeClose).not.toBeNull();
    let done = false;
    const closing = beforeClose!().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 60));
    expect(document.activeElement).not.toBe(el);
    expect(answers).toHaveLength(1);
    expect(done).toBe(false);
    answers[0]({ ok: true, data: {} });
    await closing;
    expect(done).toBe(true);
  });

  it('browser mode: asks before leaving only while an edit is uncommitted', () => {
    installCloseGuard(window);
    const committed: string[] = [];
    const el = field((v) => committed.push(v));
    const leave = (): boolean => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    el.focus();
    expect(leave()).toBe(false);
    typeInto(el, '机构设置');
    expect(leave()).toBe(true);
    expect(committed).toEqual(['', '机构设置']);
    expect(leave()).toBe(false);
  });
});
