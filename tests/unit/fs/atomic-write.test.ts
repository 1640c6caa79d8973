/**
 * writeFileAtomic on real files: the new content replaces the old in one step, a failure half way
 * (a write refused by the OS) keeps the old bytes and removes the temp file, and the sweep at the
 * next start removes what a killed run left, never the files of a running one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../src/main/fs/atomic-write';
import { sweepStaleTemps } from '../../../src/main/fs/temp-sweep';
import { useTempDirs } from '../../helpers/temp-dir';

// writeSync can be made to fail for one test (as a full disk does); otherwise it is the real one.
const failWrite = { on: false };
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    writeSync: ((...args: Parameters<typeof fs.writeSync>) => {
      if (failWrite.on)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      return (real.writeSync as (...a: unknown[]) => number)(...args);
    }) as typeof fs.writeSync,
  };
});

const tempDir = useTempDirs('bd-atomic-');
afterEach(() => {
  failWrite.on = false;
});

/** The id of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

describe('writeFileAtomic', () => {
  it('replaces a file with the new content and leaves nothing else', () => {
    const dir = tempDir();
    const path = join(dir, '表.csv');
    writeFileSync(path, '旧');
    writeFileAtomic(path, '新的内容');
    expect(readFileSync(path, 'utf8')).toBe('新的内容');
    expect(readdirSync(dir)).toEqual(['表.csv']);
  });

  it('keeps the old file and removes its temp file when a write fails', () => {
    const dir = tempDir();
    const path = join(dir, '表.csv');
    writeFileSync(path, '旧');
    failWrite.on = true;
    let err: NodeJS.ErrnoException | undefined;
    try {
      writeFileAtomic(path, '新的内容');
    } catch (e) {
      err = e as NodeJS.ErrnoException;
    }
    expect(err?.code).toBe('ENOSPC');
    // The error names the target, not the temp file, so the message tells the clerk which file.
    expect(err?.path).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe('旧');
    expect(readdirSync(dir)).toEqual(['表.csv']);
  });
});

describe('sweepStaleTemps', () => {
  it('removes the temp files of ended runs and keeps those of running ones and other files', () => {
    const dir = tempDir();
    const dead = deadPid();
    const stale = [
      `.表.xlsx.${dead}-1a2b3c4d.bdtmp`,
      `.预算.sqlite.${dead}-importing.bdtmp`,
      `.预算.sqlite.${dead}-importing.bdtmp-wal`,
      `旧.sqlite.importing-${dead}`,
    ];
    const kept = [
      `.表.xlsx.${process.pid}-99aa.bdtmp`,
      '预算.sqlite',
      '预算.sqlite-wal',
      '表.xlsx',
    ];
    for (const n of [...stale, ...kept]) writeFileSync(join(dir, n), 'x');
    expect(sweepStaleTemps(dir).sort()).toEqual([...stale].sort());
    expect(readdirSync(dir).sort()).toEqual([...kept].sort());
    for (const n of kept) expect(existsSync(join(dir, n))).toBe(true);
  });

  it('says nothing about a folder it cannot read', () => {
    expect(sweepStaleTemps(join(tempDir(), '没有'))).toEqual([]);
  });
});
