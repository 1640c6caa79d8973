/** rerunner: one read at a time; asked during a read, one more read after it, however often asked. */
import { describe, expect, it } from 'vitest';
import { rerunner } from '../../../src/renderer/src/lib/rerun';

describe('rerunner', () => {
  it('runs once more after the running read when asked meanwhile, never in parallel', async () => {
    let active = 0;
    let most = 0;
    let reads = 0;
    let release: () => void = () => undefined;
    const run = rerunner(async () => {
      active++;
      most = Math.max(most, active);
      reads++;
      await new Promise<void>((r) => (release = r));
      active--;
    });
    const first = run();
    void run();
    void run();
    release();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    release();
    await first;
    expect(reads).toBe(2);
    expect(most).toBe(1);
    const later = run();
    release();
    await later;
    expect(reads).toBe(3);
  });

  it('a failed read ends the run and lets the next one start', async () => {
    let fail = true;
    const run = rerunner(async () => {
      if (fail) throw new Error('读失败');
    });
    await expect(run()).rejects.toThrow('读失败');
    fail = false;
    await expect(run()).resolves.toBeUndefined();
  });
});
