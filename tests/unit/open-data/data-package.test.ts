/**
 * `budgetdesk export-data`: the sample as a Fiscal Data Package — datapackage.json valid against
 * the schema in tests/fixtures/fiscal-data-package (ajv 8), every CSV matching its resource's
 * Table Schema, amounts in 元 that add up to the printed totals, the fiscal model pointing at
 * real fields, and no temporary file left behind.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli-run';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('bd-fdp-');
const SCHEMA = JSON.parse(
  readFileSync(resolve(__dirname, '../../fixtures/fiscal-data-package/schema.json'), 'utf8'),
) as object;
/** The standard's own profile, as the Frictionless `datapackage` package (npm) ships it. */
const OFFICIAL = JSON.parse(
  readFileSync(require.resolve('datapackage/lib/profiles/fiscal-data-package.json'), 'utf8'),
) as object;

interface Field {
  name: string;
  type: string;
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[] };
}
interface Descriptor {
  resources: Resource[];
  model: {
    measures: Record<string, { source: string; resource: string; phase: string; factor: number }>;
    dimensions: Record<string, { attributes: Record<string, { source: string }> }>;
  };
  amountUnit: { name: string; printedTablesUnit: string; printedTablesFactor: number };
}

/** A CSV of this writer (quoted cells, CRLF) back into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  return rows;
}

async function exportSample(): Promise<{ dir: string; pkg: Descriptor }> {
  const dir = tempDir();
  const book = join(dir, '示例.sqlite');
  expect((await cli('sample', book)).code).toBe(0);
  const out = join(dir, '开放数据');
  const r = await cli('export-data', book, '--out', out);
  expect(r.code, r.err).toBe(0);
  return { dir: out, pkg: JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) };
}

describe('export-data: a Fiscal Data Package', () => {
  it('datapackage.json is valid against the schema; the schema is not vacuous', async () => {
    const { pkg } = await exportSample();
    const validate = new Ajv({ allErrors: true }).compile(SCHEMA);
    expect(validate(pkg), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const broken = { ...pkg, model: { measures: {}, dimensions: {} } };
    expect(validate(broken)).toBe(false);
    const noPhase = structuredClone(pkg) as unknown as Descriptor;
    noPhase.model.measures.amount.phase = 'draft';
    expect(validate(noPhase)).toBe(false);
  });

  it('datapackage.json is valid against the official Fiscal Data Package profile', async () => {
    const { pkg } = await exportSample();
    const descriptor = pkg as unknown as Record<string, unknown>;
    expect(descriptor.profile).toBe('fiscal-data-package');
    // The profile (datapackage 1.1.10) is allOf [Tabular Data Package, the fiscal part]; its
    // first part names the tabular profile, so that one key is checked as the tabular package.
    const validate = new AjvDraft04({ allErrors: true, strict: false }).compile(OFFICIAL);
    const asTabular = { ...descriptor, profile: 'tabular-data-package' };
    expect(validate(asTabular), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...asTabular, model: undefined })).toBe(false);
    expect(validate({ ...asTabular, resources: [] })).toBe(false);
  });

  it('every resource’s CSV matches its Table Schema, and no temporary file is left', async () => {
    const { dir, pkg } = await exportSample();
    expect(pkg.resources.map((r) => r.name)).toEqual([
      'line-items',
      ...Array.from({ length: 13 }, (_, i) => `table-${String(i + 1).padStart(2, '0')}`),
    ]);
    for (const r of pkg.resources) {
      const [header, ...rows] = parseCsv(readFileSync(join(dir, r.path), 'utf8'));
      expect(header, r.path).toEqual(r.schema.fields.map((f) => f.name));
      for (const row of rows) {
        expect(row.length, `${r.path}: ${row.join(',')}`).toBe(header.length);
        r.schema.fields.forEach((f, i) => {
          if (f.type === 'number' && row[i] !== '') expect(row[i]).toMatch(/^-?\d+\.\d{2}$/);
          if (f.type === 'integer') expect(row[i]).toMatch(/^-?\d+$/);
        });
      }
    }
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('amounts are 元: the lines add up to table 3’s 合计, 968.73 万元 printed; phase proposed', async () => {
    const { dir, pkg } = await exportSample();
    const [lh, ...lines] = parseCsv(readFileSync(join(dir, 'line-items.csv'), 'utf8'));
    const amount = lh.indexOf('amount');
    const totalFen = lines.reduce((s, l) => s + Math.round(Number(l[amount]) * 100), 0);
    expect(lines).toHaveLength(25);
    const [th, ...t3] = parseCsv(readFileSync(join(dir, 'table-03.csv'), 'utf8'));
    const totalRow = t3.find((r) => r[0] === 'total')!;
    expect(Math.round(Number(totalRow[th.indexOf('合计')]) * 100)).toBe(totalFen);
    expect((totalFen / 1_000_000).toFixed(2)).toBe('968.73');
    expect(pkg.amountUnit).toMatchObject({
      name: '元',
      printedTablesUnit: '万元',
      printedTablesFactor: 10000,
    });
    const m = pkg.model.measures.amount;
    expect(m).toMatchObject({
      source: 'amount',
      resource: 'line-items',
      phase: 'proposed',
      factor: 1,
    });
    const fields = pkg.resources[0].schema.fields.map((f) => f.name);
    for (const d of Object.values(pkg.model.dimensions))
      for (const a of Object.values(d.attributes)) expect(fields).toContain(a.source);
    const fn = pkg.resources[0].schema.fields.find((f) => f.name === 'function_code') as Field & {
      classification: string;
    };
    expect(fn.classification).toContain('2021年政府收支分类科目·支出功能分类');
  });

  it('refuses an output path that is a file: exit 2, nothing written', async () => {
    const dir = tempDir();
    const book = join(dir, '示例.sqlite');
    await cli('sample', book);
    const file = join(dir, 'taken');
    writeFileSync(file, 'x');
    const r = await cli('export-data', book, '--out', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是文件夹');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});
