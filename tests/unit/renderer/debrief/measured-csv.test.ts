/** Reading the measured CSV: UTF-8 (BOM or not), GB18030 from a Chinese Excel, refusals in both languages. */
import { describe, expect, it } from 'vitest';
import {
  csvTooLarge,
  decodeCsv,
  MAX_CSV_BYTES,
  readMeasuredCsv,
} from '../../../../renderer/src/debrief/measured-csv.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('measured CSV bytes', () => {
  it('UTF-8 with a BOM reads as the CLI reads it, line numbers included', () => {
    const bytes = concat(
      new Uint8Array([0xef, 0xbb, 0xbf]),
      utf8('# 实测\nkind,id,value\nstorey-clear,F3,5:30\nexit-count,d-1,lots\n'),
    );
    const r = readMeasuredCsv('drill.csv', bytes);
    if (!r.ok) throw new Error('refused');
    expect(r.csv.encoding).toBe('utf-8');
    expect(r.csv.parsed.rows.map((x) => [x.line, x.kind, x.id, x.value])).toEqual([
      [3, 'storey-clear', 'F3', 330],
    ]);
    expect(r.csv.parsed.problems.map((p) => p.line)).toEqual([4]);
  });

  it('bytes that are not UTF-8 are read as GB18030 (GBK "测试" = B2 E2 CA D4)', () => {
    const bytes = concat(
      utf8('# '),
      new Uint8Array([0xb2, 0xe2, 0xca, 0xd4]),
      utf8('\nkind,id,value\nexit-count,d-1,12\n'),
    );
    const d = decodeCsv(bytes);
    expect(d.encoding).toBe('gb18030');
    expect(d.text.startsWith('# 测试\n')).toBe(true);
    const r = readMeasuredCsv('drill.csv', bytes);
    expect(r.ok && r.csv.parsed.rows.map((x) => x.value)).toEqual([12]);
  });

  it('a file too large, or binary (a spreadsheet not saved as CSV), is refused in both languages', () => {
    expect(csvTooLarge('a.csv', MAX_CSV_BYTES)).toBeNull();
    const big = csvTooLarge('a.csv', 3 * 1024 * 1024);
    expect(big?.en).toContain('3.0 MB');
    expect(big?.['zh-CN']).toContain('3.0 MB');
    const xlsx = readMeasuredCsv('drill.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(xlsx.ok).toBe(false);
    if (!xlsx.ok) {
      expect(xlsx.reason.en).toContain('save the sheet as CSV');
      expect(xlsx.reason['zh-CN']).toContain('另存为 CSV');
    }
  });
});
