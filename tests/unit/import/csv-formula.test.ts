/**
 * CSV output never hands Excel or WPS a formula: cells starting with = + - @ tab or CR get a
 * leading apostrophe, and import-lines reads them back to the same value, so `lines --csv` →
 * `import-lines` stays an exact round trip, names full of formula characters included.
 */
import { describe, expect, it } from 'vitest';
import { exportLinesCsv } from '../../../src/main/export/lines-csv';
import { csvField, neutralise, parseCsv, unneutralise } from '../../../src/main/import/csv';
import { importLinesFile } from '../../../src/main/import/lines-import';
import { BookDb } from '../../../src/main/ledger/book-db';
import { loadSnapshot, writeSnapshot } from '../../../src/main/ledger/snapshot';
import { centerProject, INIT_2021 } from '../../helpers/book-fixtures';
import { utf8 } from '../../helpers/lines-csv';

const NASTY = [
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  "'=already quoted",
  "''+two",
  "'plain apostrophe",
  '普通名称',
];

describe('CSV formula neutralisation', () => {
  it('puts an apostrophe before formula starts and takes exactly one away on reading', () => {
    expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('普通名称')).toBe('普通名称');
    for (const v of NASTY) {
      const [cell] = parseCsv(csvField(v))[0].cells;
      expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      expect(unneutralise(cell)).toBe(v);
    }
    // A hand-made cell with an apostrophe before ordinary text keeps it.
    expect(unneutralise("'abc")).toBe("'abc");
    expect(neutralise('abc')).toBe('abc');
  });

  it('lines --csv → import-lines is an exact round trip with formula-like project names', async () => {
    const source = BookDb.openMemory(INIT_2021);
    // The import trims blanks around names (as every entry form does), so names starting with a
    // tab or CR are covered by the cell-level test above, not here.
    const names = NASTY.filter((n) => !/^[\t\r]/.test(n));
    const projects = [centerProject('P1', names[0], null)];
    names.slice(1).forEach((name, i) => projects.push(centerProject(`P1-${i}`, name, 'P1')));
    const lines = projects.slice(1).map((p, i) => ({
      unitCode: '404011',
      functionCode: '2080199',
      deptEconCode: '30201',
      govEconCode: '50201',
      kind: '项目支出' as const,
      projectCode: p.code,
      fundSource: '一般公共预算' as const,
      amountFen: (i + 1) * 12345,
    }));
    writeSnapshot(source, { units: [INIT_2021.unit], projects, lines, plan: [] });
    const csv = exportLinesCsv(source);
    for (const row of parseCsv(csv.slice(1)).slice(1)) {
      for (const cell of row.cells) expect(/^[=+@\t\r]|^-(?!\d)/.test(cell)).toBe(false);
    }
    const target = BookDb.openMemory(INIT_2021);
    const res = await importLinesFile(target, 'lines.csv', utf8(csv));
    expect(res.imported).toBe(lines.length);
    const tree = (b: BookDb) => loadSnapshot(b).projects.map((p) => [p.code, p.name]);
    expect(tree(target)).toEqual(tree(source));
    expect(exportLinesCsv(target)).toBe(csv);
  });
});
