/**
 * The measured CSV a trainer picks for the debrief: its bytes → text → measurements (drill/debrief.ts
 * `parseMeasurements`, the same reader as `lifeline debrief`). Pure: no DOM, unit-tested as is.
 *
 * Spreadsheets save CSV in UTF-8 (with or without a BOM) or, in a Chinese-locale Excel, in GB18030
 * (its "CSV (逗号分隔)" format uses the system code page, GBK). Bytes that are not valid UTF-8 are read
 * as GB18030, which covers GBK, so a note in Chinese comes through instead of failing the file.
 */
import type { LocalizedText } from '../../../models/index.ts';
import { parseMeasurements, type ParsedMeasurements } from '../../../drill/debrief.ts';

/** A measured CSV has a few dozen rows; anything this large is not one (and would stall the UI). */
export const MAX_CSV_BYTES = 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'gb18030';

export interface MeasuredCsv {
  name: string;
  encoding: CsvEncoding;
  parsed: ParsedMeasurements;
}

export type ReadMeasured = { ok: true; csv: MeasuredCsv } | { ok: false; reason: LocalizedText };

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Why a file of `size` bytes is not read at all (checked before reading it), or null. */
export function csvTooLarge(name: string, size: number): LocalizedText | null {
  if (size <= MAX_CSV_BYTES) return null;
  const mb = (size / 1024 / 1024).toFixed(1);
  return {
    en: `${name} is ${mb} MB: a measured drill CSV is a few kilobytes (limit 1 MB).`,
    'zh-CN': `${name} 有 ${mb} MB：演练实测 CSV 通常只有几 KB（上限 1 MB）。`,
  };
}

export function readMeasuredCsv(name: string, bytes: Uint8Array): ReadMeasured {
  const large = csvTooLarge(name, bytes.length);
  if (large !== null) return { ok: false, reason: large };
  if (bytes.includes(0))
    return {
      ok: false,
      reason: {
        en: `${name} is not a text file (it contains NUL bytes): save the sheet as CSV.`,
        'zh-CN': `${name} 不是文本文件（含有 NUL 字节）：请将表格另存为 CSV。`,
      },
    };
  const { text, encoding } = decodeCsv(bytes);
  return { ok: true, csv: { name, encoding, parsed: parseMeasurements(text) } };
}
