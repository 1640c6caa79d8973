/**
 * Reading a pack file or a pack folder from disk into one parsed pack file. A folder holds
 * pack.json and, optionally, rules.json, document.json and tables/*.json (one table each), so a
 * whole pack can be reviewed part by part. Every problem names the file and the field path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { issueLines, REPORT_INPUT } from '../../shared/tables/packs/schema/issues';
import { packFileSchema, type PackFile } from '../../shared/tables/packs/schema/pack';
import { tablePatchSchema } from '../../shared/tables/packs/schema/tables';
import { parsePackFile, PackFileError } from '../../shared/tables/packs';

/** A pack source that cannot be read; each problem line names its file. */
export class PackLoadError extends Error {
  readonly code = 'BAD_PACK';
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(
      problems.length === 1
        ? `表式“${path}”有误，未加载：${problems[0]}`
        : `表式“${path}”有 ${problems.length} 处错误，未加载：`,
    );
  }
}

/** "第 3 行第 5 列" of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `第 ${before.length} 行第 ${before[before.length - 1].length + 1} 列`;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '找不到此文件' : code === 'EISDIR' ? '这是文件夹' : '无法读取';
    throw new PackLoadError(path, [`${path}：${why}（${code ?? String(e)}）`]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const where = pos === undefined ? '' : `${lineColumn(text, Number(pos))}附近`;
    throw new PackLoadError(path, [
      `${path}：${where}不是正确的 JSON，请检查逗号、引号和括号是否成对（${String(e instanceof Error ? e.message : e)}）`,
    ]);
  }
}

/** Checks one part file against its schema; problem lines name the file. */
function part<T>(schema: z.ZodType<T>, path: string, problems: string[]): T | undefined {
  const r = schema.safeParse(readJson(path), REPORT_INPUT);
  if (r.success) return r.data;
  problems.push(...issueLines(r.error.issues).map((l) => `${path}：${l}`));
  return undefined;
}

function readFolder(dir: string): unknown {
  const main = join(dir, 'pack.json');
  if (!existsSync(main))
    throw new PackLoadError(dir, [
      `${dir}：表式文件夹中须有 pack.json（名称、编号、继承自哪个表式）`,
    ]);
  const json = readJson(main);
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new PackLoadError(dir, [`${main}：（整个文件）：应为对象 { … }`]);
  const pack = json as Record<string, unknown>;
  const problems: string[] = [];
  const shape = packFileSchema.shape;
  const parts: [key: 'rules' | 'document', file: string, schema: z.ZodType<unknown>][] = [
    ['rules', 'rules.json', shape.rules],
    ['document', 'document.json', shape.document],
  ];
  for (const [key, file, schema] of parts) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    if (key in pack) problems.push(`${path}：pack.json 中已写了 ${key}，请只写在一处`);
    else pack[key] = part(schema, path, problems);
  }
  const tablesDir = join(dir, 'tables');
  if (existsSync(tablesDir)) {
    const files = readdirSync(tablesDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const tables = files.map((f) => part(tablePatchSchema, join(tablesDir, f), problems));
    if (Array.isArray(pack.tables) && files.length)
      problems.push(`${tablesDir}：pack.json 中已写了 tables，请只写在一处`);
    else if (files.length) pack.tables = tables;
  }
  if (problems.length) throw new PackLoadError(dir, problems);
  return pack;
}

/** The parsed pack file at `path` (a .json file or a pack folder). */
export function readPackSource(path: string): PackFile {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const json = isDir ? readFolder(path) : readJson(path);
  const shown = isDir ? join(path, 'pack.json') : path;
  try {
    return parsePackFile(json);
  } catch (e) {
    if (e instanceof PackFileError)
      throw new PackLoadError(
        path,
        e.problems.map((p) => `${shown}：${p}`),
      );
    throw e;
  }
}
