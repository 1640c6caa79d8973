/**
 * Build of the three Electron parts. Main keeps native and heavy Node modules (better-sqlite3,
 * exceljs, docx, iconv-lite, playwright-core) external, loaded from node_modules at run time; the preload is one self-contained file
 * because a sandboxed preload cannot require other files.
 */
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = __dirname;

/**
 * The dev server injects styles inline and talks to the page over a websocket; the built page
 * keeps the strict policy of index.html.
 */
const devCsp: Plugin = {
  name: 'budgetdesk-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws:"),
};

export default defineConfig({
  main: {
    build: {
      externalizeDeps: {
        include: ['better-sqlite3', 'exceljs', 'docx', 'iconv-lite', 'playwright-core'],
      },
      rollupOptions: { input: { index: resolve(root, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(root, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [vue(), devCsp],
    build: {
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
  },
});
