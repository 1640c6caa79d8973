/** Building line-item files for import tests: CSV text from rows, and a few valid sample rows. */
import ExcelJS from 'exceljs';
import { LINE_COLUMNS } from '../../src/main/import/lines-layout';

export const HEADER: string[] = [...LINE_COLUMNS];

export const L1_CODE = '440700210000000035573';
export const L2_CODE = '440700210000000099001';

/** Valid rows for a 2021 book of unit 404011 (事业单位). */
export function validRows(): string[][] {
  return [
    [
      '404011',
      '江门市人力资源和社会保障局信息中心',
      '事业单位',
      '2080199',
      '30101',
      '',
      '基本支出-人员经费',
      '',
      '',
      '',
      '',
      '一般公共预算',
      '537,400.00',
    ],
    [
      '404011',
      '江门市人力资源和社会保障局信息中心',
      '事业单位',
      '2080199',
      '31007',
      '50306',
      '项目支出',
      L1_CODE,
      '专项业务支出',
      L2_CODE,
      '网络信息安全加固项目, "一期"',
      '一般公共预算',
      '1000000',
    ],
    [
      '404011',
      '江门市人力资源和社会保障局信息中心',
      '事业单位',
      '2080199',
      '',
      '',
      '结转下年',
      '',
      '',
      '',
      '',
      '上年结转结余',
      '0.05',
    ],
    [
      '404012',
      '江门市下属单位',
      '行政单位',
      '2080199',
      '30201',
      '',
      '基本支出-公用经费',
      '',
      '',
      '',
      '',
      '事业收入',
      '-12.30',
    ],
  ];
}

function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV text (CRLF) of a header and rows. */
export function csvText(rows: string[][], header: string[] = HEADER): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function utf8(text: string, bom = false): Uint8Array {
  return new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8'));
}

/** An .xlsx with the header and rows as text cells, except amounts as numbers when asked. */
export async function xlsxBytes(
  rows: (string | number)[][],
  header: string[] = HEADER,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('明细');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
