// @ts-check
/**
 * One lint setup for the repo: the TypeScript and Vue presets, Prettier for layout, and the import
 * arrows of STYLE.md as `no-restricted-imports` per folder, so a file cannot import what its
 * process cannot use. Each source file matches exactly one layer block below (a later block would
 * replace, not extend, an earlier block's no-restricted-imports).
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

/** Node's own modules under their bare names (fs, path, …); `node:*` is matched separately. */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !name.includes(':'));

const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'fetch', '__dirname'].map(
    (name) => [name, 'readonly'],
  ),
);

/**
 * Restricts packages (by name or subpath), optionally every `node:` module, and import paths (by
 * regex) for one layer.
 */
function restrict(layer, packages, regexes, { noNode = true } = {}) {
  return [
    'error',
    {
      paths: packages.map((name) => ({ name, message: `${layer} 不得导入“${name}”。` })),
      patterns: [
        ...packages.map((name) => ({
          regex: `^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`,
          message: `${layer} 不得导入“${name}”的任何部分。`,
        })),
        ...(noNode
          ? [{ regex: '^node:', message: `${layer} 不得导入 Node 内置模块（node:*）。` }]
          : []),
        ...regexes,
      ],
    },
  ];
}

/** A relative import reaching into one of the given top-level source folders. */
const into = (folders, message) => ({
  regex: `^(\\.\\.?/)+(src/)?(${folders.join('|')})(/|$)`,
  message,
});

const NATIVE = ['electron', 'better-sqlite3', 'exceljs'];

/** Electron may be imported only by the Electron glue. */
const ELECTRON_GLUE = ['src/main/index.ts', 'src/main/transport/ipc.ts', 'src/main/electron/**'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'coverage/**',
      'build/**',
      'artifacts/**',
      '**/*.d.ts.map',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    // TypeScript itself reports undefined names, with the DOM or Node types of each tsconfig.
    files: ['**/*.{ts,mts,cts,vue}'],
    rules: { 'no-undef': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // Layout belongs to Prettier; these Vue rules would fight it.
  {
    files: ['**/*.vue'],
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}', 'bin/**', 'scripts/**'],
    languageOptions: { globals: { ...NODE_GLOBALS, require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // ---- The layers (STYLE.md "Layers and who may import whom") ----
  {
    files: ['src/shared/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': restrict(
        'src/shared（纯 TypeScript，主进程和界面共用）',
        [...NATIVE, ...NODE_BUILTINS],
        [into(['main', 'renderer', 'preload'], 'src/shared 只能导入 src/shared 内的模块。')],
      ),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ELECTRON_GLUE,
    rules: {
      'no-restricted-imports': restrict(
        'src/main 的账簿、导出、导入、接口、命令行与传输代码（须能在普通 Node 中运行）',
        ['electron'],
        [into(['renderer', 'preload'], 'src/main 不得导入界面或 preload 的代码。')],
        { noNode: false },
      ),
    },
  },
  {
    files: ELECTRON_GLUE.map((p) => (p.endsWith('**') ? `${p}/*.ts` : p)),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [into(['renderer', 'preload'], 'src/main 不得导入界面或 preload 的代码。')] },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        'src/preload（沙箱中运行）',
        ['better-sqlite3', 'exceljs', ...NODE_BUILTINS],
        [into(['main', 'renderer'], 'src/preload 只能导入 electron 和 src/shared。')],
      ),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': restrict(
        'src/renderer（界面只经 API 客户端与主进程通信）',
        [...NATIVE, ...NODE_BUILTINS],
        [
          into(
            ['main', 'preload'],
            'src/renderer 不得导入 src/main 或 src/preload 的代码，请经 api/client.ts 调用接口。',
          ),
        ],
      ),
    },
  },
);
