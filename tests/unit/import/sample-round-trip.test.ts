import { describe, expect, it } from 'vitest';
import { exportLinesCsv } from '../../../src/main/export/lines-csv';
import { importLinesFile } from '../../../src/main/import/lines-import';
import { BookDb } from '../../../src/main/ledger/book-db';
import { loadSnapshot, writeSnapshot } from '../../../src/main/ledger/snapshot';
import {
  SAMPLE_INFO,
  SAMPLE_LINES,
  SAMPLE_PLAN,
  SAMPLE_PROJECTS,
  SAMPLE_UNIT,
} from '../../../src/shared/sample/jiangmen-2021';
import { utf8 } from '../../helpers/lines-csv';

describe('lines CSV round trip of the built-in 2021 sample', () => {
  it('export → import into a new book gives the same lines, units and project tree', async () => {
    const init = { year: SAMPLE_INFO.year, packId: SAMPLE_INFO.packId, unit: SAMPLE_UNIT };
    const source = BookDb.openMemory(init);
    writeSnapshot(source, {
      units: [SAMPLE_UNIT],
      projects: [...SAMPLE_PROJECTS],
      lines: SAMPLE_LINES,
      plan: [...SAMPLE_PLAN],
    });
    const csv = exportLinesCsv(source);
    const target = BookDb.openMemory(init);
    const res = await importLinesFile(target, 'sample.csv', utf8(csv));
    expect(res.imported).toBe(SAMPLE_LINES.length);

    const strip = (b: BookDb) => loadSnapshot(b).lines.map(({ id: _id, ...l }) => l);
    expect(strip(target)).toEqual(strip(source));
    // The CSV carries the project tree (codes, names, parents), not the 项目库 amounts.
    const tree = (b: BookDb) =>
      loadSnapshot(b).projects.map((p) => [p.code, p.name, p.level, p.parentCode, p.unitCode]);
    expect(tree(target)).toEqual(tree(source));
    expect(exportLinesCsv(target)).toBe(csv);
    source.close();
    target.close();
  });
});
