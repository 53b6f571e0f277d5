/**
 * The hand-line nozzle: its discharge law and its solid-jet length, by the Chinese design method
 * (water-and-access.md §3.2; coefficients UNVERIFIED, cross-checked below). Heads in metres.
 */

/** Standard gravity (m/s²), CGPM 1901. */
export const G = 9.80665;

/**
 * Discharge coefficient K (m³/s per √m) in q = K·√H. The design tables give q = √(B·Hq) with
 * B = 1.577 for a 19 mm nozzle (0.793 for 16 mm): that is exactly the ideal orifice, B = (A·√(2g))²
 * in L/s (1.5771 for 19 mm; 0.7929 for 16 mm), so K = A·√(2g). Cross-check: the US smooth-bore
 * formula gpm = 29.7·d²·√NP gives 1.250 L/s per √m for 19 mm, within 1 % (§3.2).
 */
export function nozzleK(diameter: number): number {
  const area = (Math.PI * diameter * diameter) / 4;
  return area * Math.sqrt(2 * G);
}

/**
 * Lobachev's jet-loss coefficient φ = 0.25 / (d + (0.1·d)³), d in mm: it reproduces the design
 * table's φ = 0.0097 for 19 mm and 0.0124 for 16 mm (§3.2) to 0.3 %. The formula itself is from the
 * Chinese water-supply design handbooks — UNVERIFIED (secondary).
 */
export function jetPhi(diameter: number): number {
  const d = diameter * 1000;
  return 0.25 / (d + (0.1 * d) ** 3);
}

/** αf = 1.19 + 80·(0.01·Hm)⁴ (§3.2, UNVERIFIED). */
function alphaF(hm: number): number {
  return 1.19 + 80 * (0.01 * hm) ** 4;
}

/** Nozzle head Hq (m) needed for a solid jet Hm (m): Hq = αf·Hm / (1 − φ·αf·Hm); Infinity if unreachable. */
export function nozzleHeadForJet(jet: number, diameter: number): number {
  const a = alphaF(jet) * jet;
  const denominator = 1 - jetPhi(diameter) * a;
  return denominator > 0 ? a / denominator : Infinity;
}

/**
 * Solid-jet length Hm (m) for a nozzle head Hq (m): the inverse of nozzleHeadForJet, by bisection
 * (Hq rises monotonically with Hm up to the pole where φ·αf·Hm = 1). 60 halvings of a bracket under
 * 100 m give far below a millimetre; a fixed count keeps the cost fixed.
 */
export function jetForNozzleHead(head: number, diameter: number): number {
  if (!(head > 0)) return 0;
  let lo = 0;
  let hi = 1;
  while (nozzleHeadForJet(hi, diameter) < head && hi < 1e3) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (nozzleHeadForJet(mid, diameter) < head) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
