/**
 * The Scenario tab's text fields, read strictly: a value the user typed is either understood
 * exactly or refused with a reason (never silently rounded or clamped).
 */
import { formatMinSec, seconds } from '../../../models/index.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/** `"8:30"` → 510 s; `"8"` → 480 s (whole minutes); empty → undefined (the field is unset). */
export function parseMinSec(text: string): Parsed<number | undefined> {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  const ms = /^(\d+):([0-5]\d)$/.exec(t);
  if (ms) return { ok: true, value: Number(ms[1]) * 60 + Number(ms[2]) };
  if (/^\d+(\.\d+)?$/.test(t)) return { ok: true, value: Math.round(Number(t) * 60) };
  return { ok: false };
}

export function showMinSec(s: number | undefined): string {
  return s === undefined ? '' : formatMinSec(seconds(s));
}

/** A whole number ≥ `min`; empty → undefined. */
export function parseInteger(text: string, min = 0): Parsed<number | undefined> {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(t)) return { ok: false };
  const n = Number(t);
  return Number.isSafeInteger(n) && n >= min ? { ok: true, value: n } : { ok: false };
}

/** A finite number ≥ 0 (decimal point or comma); empty → undefined. */
export function parseNonNegative(text: string): Parsed<number | undefined> {
  const t = text.trim().replace(',', '.');
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d+(\.\d+)?$/.test(t)) return { ok: false };
  return { ok: true, value: Number(t) };
}

/** A finite number, negative allowed (coordinates). */
export function parseNumber(text: string): Parsed<number> {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return { ok: false };
  return { ok: true, value: Number(t) };
}
