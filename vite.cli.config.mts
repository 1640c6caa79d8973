/**
 * Build of the command line: src/main/cli/main.ts bundled to CommonJS in out/cli/main.js, so
 * `budgetdesk` starts as plain JavaScript instead of transpiling TypeScript at every run.
 * Node built-ins and the npm dependencies stay external (better-sqlite3 is native; docx and
 * playwright-core load through `import()` only where used), except exceljs: it is bundled, with
 * its own dependencies, into one chunk (chunks/exceljs-*.js) that only the Excel code paths
 * load — one file instead of the ~280 modules Node would otherwise resolve and read at each
 * export (a quarter of the time of exporting the sample book).
 */
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const root = import.meta.dirname;
const BUNDLED = ['exceljs'];
const deps = Object.keys(pkg.dependencies).filter((d) => !BUNDLED.includes(d));
const external = (id: string): boolean =>
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  deps.some((d) => id === d || id.startsWith(`${d}/`));

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  // Decide what stays external by `external` below, not by vite's SSR default (all of node_modules).
  ssr: { noExternal: true },
  build: {
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { main: resolve(root, 'src/main/cli/main.ts') },
      external,
      output: {
        format: 'cjs',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Everything bundled from node_modules is exceljs and what it needs.
        codeSplitting: { groups: [{ name: 'exceljs', test: /[\\/]node_modules[\\/]/ }] },
      },
    },
  },
});
