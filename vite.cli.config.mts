/**
 * Build of the command line: src/main/cli/main.ts bundled to CommonJS in out/cli/main.js, so
 * `budgetdesk` starts as plain JavaScript instead of transpiling TypeScript at every run.
 * Node built-ins and every npm dependency stay external (better-sqlite3 is native; exceljs, docx
 * and playwright-core are loaded by `import()` only in the code paths that need them, and each
 * such import becomes its own chunk).
 */
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const root = import.meta.dirname;
const deps = Object.keys(pkg.dependencies);
const external = (id: string): boolean =>
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  deps.some((d) => id === d || id.startsWith(`${d}/`));

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
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
      },
    },
  },
});
