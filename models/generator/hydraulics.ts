/**
 * Hand calculations the water design uses: Hazen–Williams friction and pump curves shaped as GB 50974
 * asks. These size the design; the water engine does the real network solve.
 */
import type { Point } from '../schema/common.ts';
import { r3 } from './geometry.ts';

/** Flows to 0.01 L/s. */
const flow = (q: number): number => Math.round(q * 1e5) / 1e5;

/** Hazen–Williams head loss (m) for a flow q (m³/s) through length (m) of diameter d (m), roughness C. */
export function hazenWilliamsLoss(q: number, length: number, d: number, c: number): number {
  return (10.67 * length * Math.pow(q, 1.852)) / (Math.pow(c, 1.852) * Math.pow(d, 4.87));
}

/**
 * A fire-pump curve through the rated point (q m³/s, head m). GB 50974-2014 5.1.6 (recalled,
 * UNVERIFIED): shut-off head ≤ 140 % (and preferably > 120 %) of the rated head; at 150 % of the rated
 * flow ≥ 65 % of the rated head. The generator uses 130 % and 70 %.
 */
export function firePumpCurve(q: number, head: number): Point[] {
  return [
    [0, r3(head * 1.3)],
    [flow(q), r3(head)],
    [flow(q * 1.5), r3(head * 0.7)],
  ];
}

/**
 * A jockey (pressure-maintenance) pump curve through 1 L/s at `head`. GB 50974-2014 5.3.2 (recalled,
 * UNVERIFIED): rated flow not below the system's leakage, typically 1 L/s for hydrant systems.
 */
export function jockeyPumpCurve(head: number): Point[] {
  return [
    [0, r3(head * 1.15)],
    [0.001, r3(head)],
    [0.0015, r3(head * 0.8)],
  ];
}
