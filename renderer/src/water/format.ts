/** How the Water tab shows SI values: MPa, L/s, m (conversions through models/units.ts). */
import { cubicMetresPerSecond, pascals, toLitresPerSecond, toMegapascals } from '../../../models/units.ts';

/** Pa → "0.35" MPa (3 decimals below 0.1 MPa, so a near-dry outlet does not read 0.00). */
export function formatMpa(pa: number): string {
  const v = toMegapascals(pascals(pa));
  return Math.abs(v) < 0.1 ? v.toFixed(3) : v.toFixed(2);
}

/** m³/s → "5.0" L/s. */
export const formatLps = (q: number): string => toLitresPerSecond(cubicMetresPerSecond(q)).toFixed(1);

/** A check's value or limit in the unit users read: Pa → MPa, m³/s → L/s, fractions → %. */
export function formatCheckValue(v: number | null, unit: string): string {
  if (v === null || !Number.isFinite(v)) return '—';
  switch (unit) {
    case 'Pa':
      return `${formatMpa(v)} MPa`;
    case 'm3/s':
      return `${formatLps(v)} L/s`;
    case 'm3':
      return `${round(v, 1)} m³`;
    case 'm2':
      return `${round(v, 1)} m²`;
    case 'm':
      return `${round(v, 2)} m`;
    case 'fraction':
      return `${Math.round(v * 100)} %`;
    default:
      return String(round(v, 2));
  }
}

const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

/** Where a ladder cell stands against 7.4.12: ok, jet reached but pressure low, or neither. */
export type PressureClass = 'ok' | 'low' | 'fail';

export function pressureClass(cell: { ok: boolean; effective: boolean }): PressureClass {
  return cell.ok ? 'ok' : cell.effective ? 'low' : 'fail';
}
