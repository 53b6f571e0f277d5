/**
 * Branded unit and coordinate types (after Excalidraw's branded points): free at run time, they stop
 * metres, seconds and pascals — and world and storey-local points — from mixing in APIs.
 * The building model itself is plain JSON numbers in SI units; brand values where they enter an API.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Metres = Brand<number, 'm'>;
export type Seconds = Brand<number, 's'>;
export type Pascals = Brand<number, 'Pa'>;
export type CubicMetresPerSecond = Brand<number, 'm3/s'>;

/** A point in the one building/site frame (x east, y north), metres. */
export type WorldPoint = Brand<readonly [number, number], 'world'>;
/** A point relative to a storey's own origin (importers, the plan view), metres. */
export type StoreyPoint = Brand<readonly [number, number], 'storey'>;

export const metres = (v: number): Metres => v as Metres;
export const seconds = (v: number): Seconds => v as Seconds;
export const pascals = (v: number): Pascals => v as Pascals;
export const cubicMetresPerSecond = (v: number): CubicMetresPerSecond => v as CubicMetresPerSecond;
export const worldPoint = (x: number, y: number): WorldPoint => [x, y] as const as WorldPoint;

/** Water density × standard gravity: 1 m of water head = 9 806.65 Pa (at 4 °C, g = 9.806 65 m/s²). */
export const PASCALS_PER_METRE_HEAD = 9806.65;

// Conversions at the edges (UI, reports, CLI): MPa, L/s, min:s.
export const toMegapascals = (p: Pascals): number => p / 1e6;
export const fromMegapascals = (mpa: number): Pascals => pascals(mpa * 1e6);
export const toLitresPerSecond = (q: CubicMetresPerSecond): number => q * 1000;
export const fromLitresPerSecond = (lps: number): CubicMetresPerSecond => cubicMetresPerSecond(lps / 1000);
export const headToPascals = (h: Metres): Pascals => pascals(h * PASCALS_PER_METRE_HEAD);
export const pascalsToHead = (p: Pascals): Metres => metres(p / PASCALS_PER_METRE_HEAD);

/** `872` → `"14:32"`; hours are folded into minutes (`"75:00"`), as drill timelines count minutes. */
export function formatMinSec(t: Seconds): string {
  if (!Number.isFinite(t)) return '--:--';
  const total = Math.max(0, Math.round(t));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${s.toString().padStart(2, '0')}`;
}
