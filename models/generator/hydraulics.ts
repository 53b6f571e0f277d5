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

/**
 * Flow (m³/s) of one indoor hydrant at an outlet pressure head (m): the outlet head is spent in the
 * hydrant valve, the hose and the nozzle, h = (r_valve + r_hose + 1/K²)·q². The same figures as the
 * water engine (sim-core/water: hose.ts, nozzle.ts, network.ts), restated because models/ may not
 * import sim-core/: hose S per 20 m 0.035 for 65 mm (water-and-access.md §3.1, UNVERIFIED), valve
 * loss 2 m at 5.4 L/s (§3.2, UNVERIFIED), nozzle K = A·√(2g) (B = 1.577 for 19 mm, §3.2).
 */
export function hydrantFlowAt(
  outletHead: number,
  hose: { length: number; diameter: number },
  nozzle: number,
): number {
  const s = Math.abs(hose.diameter - 0.065) < 0.002 ? 0.035 : 0.035 * (0.065 / hose.diameter) ** 5;
  const rHose = (hose.length / 20) * s * 1e6;
  const rValve = 2 / 0.0054 ** 2;
  const k = ((Math.PI * nozzle * nozzle) / 4) * Math.sqrt(2 * 9.80665);
  return Math.sqrt(Math.max(0, outletHead) / (rValve + rHose + 1 / (k * k)));
}

/** Head (m) of a pump curve at flow q (m³/s), by linear interpolation (flat beyond the last point). */
export function curveHead(curve: readonly Point[], q: number): number {
  for (let i = 1; i < curve.length; i++) {
    const [q0, h0] = curve[i - 1]!;
    const [q1, h1] = curve[i]!;
    if (q <= q1) return h0 + ((h1 - h0) * (q - q0)) / (q1 - q0);
  }
  return curve[curve.length - 1]![1];
}
