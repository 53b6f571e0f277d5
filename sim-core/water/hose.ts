/**
 * Fire-hose friction in the Chinese fire-service form: h = n·S·Q², head loss in metres, Q in L/s and n
 * the number of 20 m hose lengths (water-and-access.md §3.1). S per 20 m of lined (胶里) hose:
 * 50 mm 0.15, 65 mm 0.035, 80 mm 0.015 — UNVERIFIED (secondary copies); the building-design form
 * A_z·L·q² (A_z = 0.00172 per m for 65 mm, 0.00075 for 80 mm) agrees with them to 2 %. The Chinese
 * coefficients are more conservative than the US ones (2½″: C = 2), so S is a parameter: a hydrant's
 * `hose.friction` overrides the table.
 */

/** Length of one hose section the S coefficients refer to (m). */
export const HOSE_SECTION_M = 20;

/** S per 20 m length, by nominal hose diameter (m); UNVERIFIED, water-and-access.md §3.1. */
export const HOSE_S_TABLE: readonly { diameter: number; s: number }[] = [
  { diameter: 0.05, s: 0.15 },
  { diameter: 0.065, s: 0.035 },
  { diameter: 0.08, s: 0.015 },
];

/**
 * S for a hose diameter: the table's value for a diameter within 2 mm of an entry; otherwise scaled
 * from the nearest entry by (d₀/d)^5, the Darcy–Weisbach dependence at a fixed friction factor (a
 * derivation, flagged by `tabulated: false`).
 */
export function hoseS(diameter: number): { s: number; tabulated: boolean } {
  let best = HOSE_S_TABLE[0]!;
  for (const e of HOSE_S_TABLE) {
    if (Math.abs(e.diameter - diameter) < Math.abs(best.diameter - diameter)) best = e;
  }
  if (Math.abs(best.diameter - diameter) <= 0.002) return { s: best.s, tabulated: true };
  return { s: best.s * (best.diameter / diameter) ** 5, tabulated: false };
}

/** A hose's quadratic loss coefficient r (m per (m³/s)²): h = r·Q², Q in m³/s. */
export function hoseResistance(length: number, s: number): number {
  // n·S·(1000·Q)²: S is per 20 m length with Q in L/s.
  return (length / HOSE_SECTION_M) * s * 1e6;
}

/** Head loss (m) of a hose carrying Q (m³/s). */
export function hoseHeadLoss(length: number, s: number, flow: number): number {
  return hoseResistance(length, s) * flow * flow;
}
