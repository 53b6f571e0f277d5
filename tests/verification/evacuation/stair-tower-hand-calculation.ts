/**
 * The SFPE hand calculation (Nelson & Mowrer method) for the 10-storey stair tower of stairs.test.ts
 * and sfpe-hand-calculations.test.ts, written independently of both engines. The lowest flight
 * carries everyone, so the time is the first arrival at the exit plus N / Fc:
 *   k for tread/riser, linear between the SFPE rows 191/254 mm (1.00) and 178/279 mm (1.08);
 *   effective width We = W − 2 × 0.15 m (SFPE stair boundary layers);
 *   Fc = min(Fsm·We, IMO 1.1 p/(m·s) × W), Fsm = k / (4a), a = 0.266 (reference §6.2).
 * First arrival: the nearest F2 person walks ≈ 5 m to the landing door at 1.34 m/s, one flight
 * (two 1.5 m half-rises over 8.5 treads, plus π·W of turns) at the free stair speed k(1 − a·0.54),
 * then ≈ 2 m to the exit.
 */
export const SFPE_A = 0.266;

export function stairTowerHandCalculation(p: {
  riser: number;
  tread: number;
  width: number;
  persons: number;
}): {
  time: number;
  /** Stair flow capacity Fc (p/s). */
  fc: number;
} {
  const ratio = p.tread / p.riser;
  const k = 1.0 + ((ratio - 0.254 / 0.191) / (0.279 / 0.178 - 0.254 / 0.191)) * (1.08 - 1.0);
  const fc = Math.min((k / (4 * SFPE_A)) * (p.width - 0.3), 1.1 * p.width);
  const flight = 2 * Math.hypot(8.5 * p.tread, 1.5) + Math.PI * p.width;
  const first = 5 / 1.34 + flight / (k * (1 - SFPE_A * 0.54)) + 2 / 1.34;
  return { time: first + p.persons / fc, fc };
}
