/**
 * Workbook limits: a zip whose shared strings inflate beyond 200 MB is refused from its central
 * directory before anything is inflated, and a workbook whose used range exceeds 5,000,000 cells
 * is refused after loading; both in Chinese naming the file, for the 上年数 reader and the lines
 * import alike.
 */
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readLinesFile } from '../../../src/main/import/lines-file';
import { loadWorkbook } from '../../../src/main/import/official/load-workbook';
import {
  MAX_UNCOMPRESSED_BYTES,
  statedUncompressedSize,
} from '../../../src/main/import/xlsx-limits';

/** A minimal zip (deflated entries, central directory, end record). */
function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = deflateRawSync(e.data, { level: 9 });
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(e.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}

describe('workbook limits', () => {
  it('refuses a zip bomb from its central directory, before inflating it', async () => {
    const huge = Buffer.alloc(MAX_UNCOMPRESSED_BYTES + 1024 * 1024, 'a');
    const bomb = zip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/sharedStrings.xml', data: huge },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(statedUncompressedSize(bomb)).toBe(huge.length + 8);
    await expect(loadWorkbook('炸弹.xlsx', bomb)).rejects.toThrow(
      /“炸弹\.xlsx”解压后有 201 MB，超过本程序读取工作簿的上限（200 MB），未读取/,
    );
    await expect(readLinesFile('炸弹.xlsx', bomb)).rejects.toThrow(/超过本程序读取工作簿的上限/);
  });

  it('refuses a workbook whose used range exceeds the cell limit', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表1');
    ws.getCell(1, 1).value = '部门预算';
    ws.getCell(3000, 2000).value = 1;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(loadWorkbook('大表.xlsx', bytes)).rejects.toThrow(
      /“大表\.xlsx”的工作表共有约 6,000,000 个单元格，超过本程序读取的上限（5,000,000 个）/,
    );
  });

  it('an ordinary workbook loads', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表1').getCell(1, 1).value = '部门预算';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await loadWorkbook('小表.xlsx', bytes)).worksheets).toHaveLength(1);
  });
});
