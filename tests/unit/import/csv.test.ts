import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvField, decodeCsv, parseCsv } from '../../../src/main/import/csv';

describe('CSV reading', () => {
  it('parses quotes, escaped quotes, embedded commas and line breaks, CRLF and LF', () => {
    const text = 'a,"b,1","say ""hi"""\r\n"multi\nline",,x\nlast,"",z';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['a', 'b,1', 'say "hi"'] },
      { line: 2, cells: ['multi\nline', '', 'x'] },
      { line: 4, cells: ['last', '', 'z'] },
    ]);
  });

  it('does not invent a record for the final line break, and keeps blank lines as records', () => {
    expect(parseCsv('a,b\r\n')).toHaveLength(1);
    expect(parseCsv('a\n\nb\n').map((r) => r.cells)).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => parseCsv('a\nb,"open\n')).toThrow(/第 2 行的引号没有闭合/);
    expect(() => parseCsv('"a"b')).toThrow(/引号后面应是逗号或换行/);
  });

  it('detects UTF-8 with and without BOM, and GBK', () => {
    const s = '单位编码,江门市人力资源和社会保障局信息中心';
    expect(decodeCsv(Buffer.from('\uFEFF' + s, 'utf8'))).toEqual({ text: s, encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from(s, 'utf8'))).toEqual({ text: s, encoding: 'utf-8' });
    expect(decodeCsv(iconv.encode(s, 'gbk'))).toEqual({ text: s, encoding: 'gbk' });
  });

  it('quotes only fields that need it, and parsing undoes it', () => {
    const values = ['plain', 'a,b', 'say "x"', 'two\r\nlines', ' padded '];
    const line = values.map(csvField).join(',');
    expect(line).toBe('plain,"a,b","say ""x""","two\r\nlines"," padded "');
    expect(parseCsv(line)[0].cells).toEqual(values);
  });
});
