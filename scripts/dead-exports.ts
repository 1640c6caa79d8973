/**
 * Lists exports of src/ that no other file imports (src, tests, bench, scripts, configs), with
 * the TypeScript compiler's parser: each file's exports, each file's imports and re-exports
 * resolved to files (a `*` import or a dynamic import counts as using everything). An export also
 * used in its own file only needs its `export` dropped; one used nowhere is dead code. Exports
 * imported only by tests are listed apart. Run: npx tsx scripts/dead-exports.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const SCANNED = ['src', 'tests', 'bench', 'scripts'];
const CONFIGS = ['electron.vite.config.ts', 'vite.cli.config.mts', 'vitest.config.mts'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|mts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A file's TypeScript: the <script> blocks of a .vue file. */
function sourceOf(path: string): ts.SourceFile {
  let text = readFileSync(path, 'utf8');
  if (path.endsWith('.vue'))
    text = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
}

function resolveModule(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.mts`, join(base, 'index.ts')])
    if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

const hasExport = (n: ts.Node): boolean =>
  ts.canHaveModifiers(n) &&
  (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

interface FileInfo {
  exports: Set<string>;
  /** Names re-exported from another file: name here → [file, name there]. */
  reexports: Map<string, [string, string]>;
  stars: string[];
  source: ts.SourceFile;
}

const files = [
  ...SCANNED.flatMap((d) => walk(join(ROOT, d))),
  ...CONFIGS.map((c) => join(ROOT, c)),
];
const info = new Map<string, FileInfo>();
/** file → names used by other files ('*' = all). */
const used = new Map<string, Set<string>>();
const usedByApp = new Map<string, Set<string>>();
const isTest = (f: string): boolean => !relative(ROOT, f).startsWith('src');

function use(file: string, name: string, by: string): void {
  for (const map of isTest(by) ? [used] : [used, usedByApp]) {
    if (!map.has(file)) map.set(file, new Set());
    map.get(file)!.add(name);
  }
}

for (const file of files) {
  const source = sourceOf(file);
  const fi: FileInfo = { exports: new Set(), reexports: new Map(), stars: [], source };
  info.set(file, fi);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      const target = arg && ts.isStringLiteral(arg) ? resolveModule(file, arg.text) : null;
      if (target) use(target, '*', file);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      const target = ts.isStringLiteral(lit) ? resolveModule(file, lit.text) : null;
      if (target) use(target, '*', file);
    }
    ts.forEachChild(node, visit);
  };
  for (const st of source.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const target = resolveModule(file, st.moduleSpecifier.text);
      const clause = st.importClause;
      if (!target || !clause) continue;
      if (clause.name) use(target, 'default', file);
      const b = clause.namedBindings;
      if (b && ts.isNamespaceImport(b)) use(target, '*', file);
      if (b && ts.isNamedImports(b))
        for (const el of b.elements) use(target, (el.propertyName ?? el.name).text, file);
    } else if (ts.isExportDeclaration(st)) {
      const spec = st.moduleSpecifier;
      const target = spec && ts.isStringLiteral(spec) ? resolveModule(file, spec.text) : null;
      if (!st.exportClause) {
        if (target) fi.stars.push(target);
      } else if (ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) {
          fi.exports.add(el.name.text);
          if (target) fi.reexports.set(el.name.text, [target, (el.propertyName ?? el.name).text]);
        }
      }
    } else if (ts.isExportAssignment(st)) {
      fi.exports.add('default');
    } else if (hasExport(st)) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations)
          if (ts.isIdentifier(d.name)) fi.exports.add(d.name.text);
      } else if ('name' in st && st.name && ts.isIdentifier(st.name as ts.Node)) {
        fi.exports.add((st.name as ts.Identifier).text);
      }
    }
    visit(st);
  }
}

/** Follows a use of `name` in `file` through re-exports and `export *` to where it is declared. */
function settle(map: Map<string, Set<string>>): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const [file, names] of map) {
      const fi = info.get(file);
      if (!fi) continue;
      for (const name of [...names]) {
        const targets: [string, string][] = [];
        const re = fi.reexports.get(name);
        if (re) targets.push(re);
        if (name === '*') targets.push(...[...fi.reexports.values()]);
        if (name === '*' || !fi.exports.has(name))
          for (const star of fi.stars) targets.push([star, name]);
        for (const [t, n] of targets) {
          if (!map.has(t)) map.set(t, new Set());
          if (!map.get(t)!.has(n)) {
            map.get(t)!.add(n);
            changed = true;
          }
        }
      }
    }
  }
}
settle(used);
settle(usedByApp);

/** Uses of `name` in a file as an identifier (not as a property: `x.name`; a spread `...name` is). */
function occurrences(source: ts.SourceFile, name: string): number {
  const text = source.text;
  const re = new RegExp(`(?<![\\w$])${name.replace('$', '\\$')}(?![\\w$])`, 'g');
  return [...text.matchAll(re)].filter(
    (m) => text[m.index - 1] !== '.' || text.slice(m.index - 3, m.index) === '...',
  ).length;
}

const dead: string[] = [];
const testOnly: string[] = [];
for (const [file, fi] of info) {
  if (isTest(file)) continue;
  for (const name of fi.exports) {
    const all = used.get(file);
    const where = `${relative(ROOT, file)}: ${name}`;
    if (all?.has('*') || all?.has(name)) {
      const app = usedByApp.get(file);
      if (!app?.has('*') && !app?.has(name)) testOnly.push(where);
      continue;
    }
    const local = name !== 'default' && occurrences(fi.source, name) > 1;
    dead.push(`${where}${local ? '  (used in its own file: drop `export`)' : ''}`);
  }
}
console.log(`Exports nothing imports (${dead.length}):\n  ${dead.sort().join('\n  ')}`);
console.log(`\nExports only tests import (${testOnly.length}):\n  ${testOnly.sort().join('\n  ')}`);
