/** The undo history: order of steps, the redo branch, queued edits, and a failing undo. */
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useHistoryStore } from '../../../src/renderer/src/stores/history';

beforeEach(() => setActivePinia(createPinia()));

/** A tiny "book": a list of values, edited through the history like the stores do. */
function book() {
  const values: string[] = [];
  const history = useHistoryStore();
  const add = (v: string) =>
    history.exec(async () => {
      await Promise.resolve();
      values.push(v);
      history.record({
        label: `添加 ${v}`,
        undo: async () => {
          values.splice(values.lastIndexOf(v), 1);
        },
        redo: async () => {
          values.push(v);
        },
      });
    });
  return { values, history, add };
}

describe('useHistoryStore', () => {
  it('undoes and redoes in order, with labels for the tooltips', async () => {
    const { values, history, add } = book();
    expect(history.canUndo).toBe(false);
    await add('a');
    await add('b');
    expect(history.undoLabel).toBe('添加 b');
    await history.undo();
    expect(values).toEqual(['a']);
    expect(history.redoLabel).toBe('添加 b');
    await history.undo();
    expect(await history.undo()).toBe(false);
    expect(values).toEqual([]);
    await history.redo();
    expect(values).toEqual(['a']);
    await add('c'); // a new edit ends the redo branch
    expect(history.canRedo).toBe(false);
    expect(values).toEqual(['a', 'c']);
  });

  it('queues an undo pressed while an edit is still saving behind that edit', async () => {
    const { values, history, add } = book();
    const saving = add('x');
    const undone = history.undo(); // pressed before the save came back
    await Promise.all([saving, undone]);
    expect(values).toEqual([]);
    expect(history.redoLabel).toBe('添加 x');
  });

  it('keeps a step whose undo failed and explains why in Chinese', async () => {
    const history = useHistoryStore();
    history.record({
      label: '修改金额',
      undo: async () => {
        throw new Error('明细行 7 不存在');
      },
      redo: async () => undefined,
    });
    const before = history.revision;
    expect(await history.undo()).toBe(false);
    expect(history.error).toBe('撤销“修改金额”失败：明细行 7 不存在');
    expect(history.canUndo).toBe(true);
    expect(history.revision).toBeGreaterThan(before);
  });
});
