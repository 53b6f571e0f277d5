/**
 * How the drill texts say numbers: durations in min/s, pressures in MPa, storey ranges. SI values come
 * in; the conversions happen here, at the edge, through models/units.ts.
 */
import type { LocalizedText } from '../models/validation/issue.ts';
import { seconds, toMegapascals, pascals, formatMinSec } from '../models/units.ts';

export type Bilingual = LocalizedText;

export const both = (en: string, zh: string): Bilingual => ({ en, 'zh-CN': zh });

/** `872` → "14 min 32 s" / "14 分 32 秒" (a trainer reads a sentence, not a clock). */
export function duration(t: number): Bilingual {
  if (!Number.isFinite(t)) return both('--', '--');
  const total = Math.max(0, Math.round(t));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return both(`${s} s`, `${s} 秒`);
  if (s === 0) return both(`${m} min`, `${m} 分`);
  return both(`${m} min ${s} s`, `${m} 分 ${s} 秒`);
}

/** min:s as in the plan and tables (models/units.ts formatMinSec). */
export const minSec = (t: number | null): string => (t === null ? '--:--' : formatMinSec(seconds(t)));

/** Pa → "0.35" (MPa, 2 decimals; 3 when below 0.1 MPa so a near-dry outlet is not shown as 0.0). */
export function mpa(pa: number): string {
  const v = toMegapascals(pascals(pa));
  return v < 0.1 ? v.toFixed(3) : v.toFixed(2);
}

/** 1024 → "1 024" in English (the thin-space grouping of SI); Chinese text keeps plain digits. */
export function count(n: number): Bilingual {
  const en = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return both(en, String(n));
}

/**
 * Storey ids as ranges in building order: ["F19","F20","F21","F23"] → "F19–F21, F23". `order` is every
 * storey id bottom to top.
 */
export function storeyRanges(ids: readonly string[], order: readonly string[]): string {
  const want = new Set(ids);
  const parts: string[] = [];
  let start: string | null = null;
  let prev: string | null = null;
  for (const id of [...order, '\u0000end']) {
    if (want.has(id)) {
      start ??= id;
      prev = id;
      continue;
    }
    if (start !== null && prev !== null) parts.push(start === prev ? start : `${start}–${prev}`);
    start = prev = null;
  }
  // Ids not in the order (should not happen) are listed as they are rather than lost.
  for (const id of ids) if (!order.includes(id)) parts.push(id);
  return parts.join(', ');
}
