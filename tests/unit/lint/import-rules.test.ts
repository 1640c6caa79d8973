/**
 * The import arrows of STYLE.md are lint rules; these cases prove each one fires where it must and
 * stays quiet where the import is allowed, by linting snippets as if they lived in each folder.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The no-restricted-imports messages for `code` linted as the file `file`. */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, {
    filePath: resolve(root, file),
  });
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

type Case = [file: string, code: string];

const mustFire: Case[] = [
  ['src/shared/api/a.ts', "import x from 'electron';"],
  ['src/shared/a.ts', "import x from 'better-sqlite3';"],
  ['src/shared/tables/a.ts', "import x from 'exceljs';"],
  ['src/shared/a.ts', "import { readFileSync as x } from 'node:fs';"],
  ['src/shared/a.ts', "import { join as x } from 'path';"],
  ['src/shared/a.ts', "import x from 'fs';"],
  ['src/shared/a.ts', "import { readFile as x } from 'fs/promises';"],
  ['src/shared/api/a.ts', "import { ApiFailure as x } from '../../main/api/context';"],
  ['src/shared/a.ts', "import x from '../renderer/src/api/client';"],
  ['src/shared/a.ts', "import x from '../preload';"],
  ['src/shared/a.ts', "export { x } from '../main/api/context';"],
  ['src/main/ledger/a.ts', "import { app as x } from 'electron';"],
  ['src/main/export/a.ts', "import { dialog as x } from 'electron';"],
  ['src/main/import/a.ts', "import x from 'electron';"],
  ['src/main/api/handlers/a.ts', "import { ipcMain as x } from 'electron';"],
  ['src/main/cli/commands/a.ts', "import { app as x } from 'electron/main';"],
  ['src/main/transport/http-server.ts', "import { app as x } from 'electron';"],
  ['src/main/browser-mode.ts', "import { app as x } from 'electron';"],
  ['src/main/api/a.ts', "import x from '../../renderer/src/api/client';"],
  ['src/renderer/src/a.ts', "import { ipcRenderer as x } from 'electron';"],
  ['src/renderer/src/a.ts', "import { join as x } from 'node:path';"],
  ['src/renderer/src/a.ts', "import x from 'fs';"],
  ['src/renderer/src/stores/a.ts', "import x from 'better-sqlite3';"],
  ['src/renderer/src/a.ts', "import x from 'exceljs';"],
  ['src/renderer/src/stores/a.ts', "import { ApiFailure as x } from '../../../main/api/context';"],
  ['src/renderer/src/a.ts', "import type { HandlerContext as x } from '../../main/api/context';"],
  ['src/renderer/src/a.ts', "import x from '../../preload/index';"],
  ['src/preload/a.ts', "import { readFileSync as x } from 'node:fs';"],
  ['src/preload/a.ts', "import x from '../main/transport/envelope';"],
];

const mayImport: Case[] = [
  ['src/shared/tables/a.ts', "import { toWanYuan as x } from '../money';"],
  ['src/shared/api/a.ts', "import type { Unit as x } from '../domain';"],
  ['src/main/ledger/a.ts', "import { readFileSync as x } from 'node:fs';"],
  ['src/main/ledger/a.ts', "import x from 'better-sqlite3';"],
  ['src/main/export/a.ts', "import x from 'exceljs';"],
  ['src/main/index.ts', "import { app as x } from 'electron';"],
  ['src/main/transport/ipc.ts', "import { ipcMain as x } from 'electron';"],
  ['src/main/electron/dialogs.ts', "import { dialog as x } from 'electron';"],
  ['src/renderer/src/a.ts', "import { ref as x } from 'vue';"],
  ['src/renderer/src/a.ts', "import type { Channel as x } from '../../shared/api/contract';"],
  ['src/preload/a.ts', "import { contextBridge as x } from 'electron';"],
  ['src/preload/a.ts', "import { CHANNELS as x } from '../shared/api/contract';"],
];

describe('import rules of STYLE.md', () => {
  it.each(mustFire)('%s: refuses %s', async (file, code) => {
    const messages = await restricted(file, code);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/不得|只能/);
  });

  it.each(mayImport)('%s: allows %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });

  it('applies to Vue components of the renderer too', async () => {
    const [result] = await eslint.lintText(
      `<script setup lang="ts">\nimport { readFileSync } from 'node:fs';\nreadFileSync('x');\n</script>\n<template><div /></template>\n`,
      { filePath: resolve(root, 'src/renderer/src/views/Bad.vue') },
    );
    expect(result.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
