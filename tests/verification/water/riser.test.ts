/**
 * Hand-calculated cases: a single riser fed by a reservoir, one hydrant (25 m of 65 mm hose, 19 mm
 * nozzle). The answer follows by hand from static head, the Hazen–Williams loss and the nozzle law:
 *   H0 − z = hf(Q) + (r_hose + r_valve)·Q² + (Q/K)²,   hf = 10.67·L·Q^1.852 / (C^1.852·D^4.87)
 * solved here by bisection on Q (the hand method, not EPANET), and compared with the engine.
 * Tolerance: 0.5 % in flow and 0.05 m in pressure head — EPANET's Hazen–Williams constant (4.727 in
 * US units) and the SI 10.67 differ by ~0.2 %, and EPANET converges to 0.1 % relative flow change.
 * Sources: the nozzle law and S values, water-and-access.md §3.1–3.2; Hazen–Williams in SI, e.g.
 * EPANET 2.2 manual Table 3.1 (4.727 C^-1.852 d^-4.871 L in ft) and its SI form 10.67.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Water } from '../../../models/schema/water.ts';
import { PASCALS_PER_METRE_HEAD } from '../../../models/units.ts';
import { loadEpanet, type Workspace } from '../../../sim-core/water/epanet-engine.ts';
import { HYDRANT_VALVE_LOSS, WaterNetwork } from '../../../sim-core/water/network.ts';
import { hoseHeadLoss, hoseResistance } from '../../../sim-core/water/hose.ts';
import { nozzleHeadForJet, nozzleK } from '../../../sim-core/water/nozzle.ts';

let ws: Workspace;
beforeAll(async () => {
  ws = await loadEpanet();
});

const H0 = 80; // reservoir head (m)
const Z = 30; // hydrant outlet elevation (m)
const L = 60; // riser length (m)
const D = 0.1; // DN100
const C = 120;
const HOSE = { length: 25, diameter: 0.065, friction: 0.035 };

function riser(head = H0): Water {
  return {
    reservoirs: [{ id: 'R', head }],
    junctions: [{ id: 'J', elevation: Z }],
    pipes: [{ id: 'P', from: 'R', to: 'J', length: L, diameter: D, roughness: C }],
    hydrants: [{ id: 'H', junction: 'J', storey: 'S', at: [0, 0], hose: HOSE, nozzle: { diameter: 0.019 } }],
  };
}

const hazenWilliams = (q: number): number => (10.67 * L * q ** 1.852) / (C ** 1.852 * D ** 4.87);
const rValve = HYDRANT_VALVE_LOSS.head / HYDRANT_VALVE_LOSS.flow ** 2;

/** The hand calculation: bisection on Q of the head balance. */
function handFlow(): number {
  const K = nozzleK(0.019);
  const residual = (q: number): number =>
    H0 - Z - hazenWilliams(q) - (hoseResistance(HOSE.length, HOSE.friction) + rValve) * q * q - (q / K) ** 2;
  let lo = 0;
  let hi = 0.1;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (residual(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function solve(water: Water, flowing: boolean): ReturnType<WaterNetwork['solve']> {
  const net = new WaterNetwork(ws, water);
  try {
    const emitters = Float64Array.from([flowing ? net.nozzleK[0]! : 0]);
    return net.solve({ emitters, closedPumps: new Set(), tanks: 'given', engine: false });
  } finally {
    net.close();
  }
}

describe('single riser, by hand', () => {
  it('static: outlet pressure is the static head H0 − z', () => {
    const s = solve(riser(), false);
    expect(s.solved).toBe(true);
    expect(s.outletPressure[0]! / PASCALS_PER_METRE_HEAD).toBeCloseTo(H0 - Z, 6);
    expect(Math.abs(s.hydrantFlow[0]!)).toBeLessThan(1e-6); // m³/s: EPANET's residual, < 1 mL/s
  });

  it('flowing: flow and pressures match the hand calculation', () => {
    const q = handFlow();
    // The hand result itself: about 8.2 L/s for 50 m of static head.
    expect(q).toBeGreaterThan(0.007);
    expect(q).toBeLessThan(0.01);
    const s = solve(riser(), true);
    expect(Math.abs(s.hydrantFlow[0]! - q) / q).toBeLessThan(0.005);
    const outlet = H0 - Z - hazenWilliams(q);
    expect(Math.abs(s.outletPressure[0]! / PASCALS_PER_METRE_HEAD - outlet)).toBeLessThan(0.05);
    const nozzle = (q / nozzleK(0.019)) ** 2;
    expect(Math.abs(s.nozzlePressure[0]! / PASCALS_PER_METRE_HEAD - nozzle)).toBeLessThan(0.05);
  });

  it('emitter law: the engine keeps q = K·√p at the nozzle (to 1e-5 relative, its convergence)', () => {
    for (const head of [40, 60, 120]) {
      const s = solve(riser(head), true);
      const p = s.nozzlePressure[0]! / PASCALS_PER_METRE_HEAD;
      expect(Math.abs(s.hydrantFlow[0]! - nozzleK(0.019) * Math.sqrt(p)) / s.hydrantFlow[0]!).toBeLessThan(
        1e-5,
      );
    }
  });

  it('hose and valve loss: outlet − nozzle = (n·S + r_valve)·Q² (to 1e-3 m)', () => {
    const s = solve(riser(), true);
    const q = s.hydrantFlow[0]!;
    const drop = (s.outletPressure[0]! - s.nozzlePressure[0]!) / PASCALS_PER_METRE_HEAD;
    expect(Math.abs(drop - hoseHeadLoss(HOSE.length, HOSE.friction, q) - rValve * q * q)).toBeLessThan(1e-3);
  });

  it("a nozzle above the supply draws no water back and EPANET's negative-pressure warning is surfaced", () => {
    const water = riser(Z - 5);
    // EPANET warns of negative pressures only at nodes with a demand: give the riser a small one.
    water.junctions![0]!.demand = 0.0001;
    const s = solve(water, true);
    expect(s.solved).toBe(true);
    expect(s.hydrantFlow[0]!).toBeLessThanOrEqual(1e-9);
    expect(s.warnings.map((w) => w.code)).toContain(6);
  });
});

describe('hose friction against the S table (water-and-access.md §3.1, derived comparison)', () => {
  it('65 mm at 5.4 L/s over 20 m: 1.02 m; 80 mm at 13 L/s over 20 m: 2.54 m', () => {
    // The reference rounds to centimetres (1.0206 → 1.02, 2.535 → 2.54): within half a centimetre.
    expect(Math.abs(hoseHeadLoss(20, 0.035, 0.0054) - 1.02)).toBeLessThan(0.0051);
    expect(Math.abs(hoseHeadLoss(20, 0.015, 0.013) - 2.54)).toBeLessThan(0.0051);
  });
  it('the design form A_z·L·q² agrees: A_z × 20 = 0.0344 (65 mm) and 0.015 (80 mm), within 2 %', () => {
    expect(Math.abs(0.00172 * 20 - 0.035) / 0.035).toBeLessThan(0.02);
    expect(Math.abs(0.00075 * 20 - 0.015) / 0.015).toBeLessThan(0.02);
  });
});

describe('nozzle design method (water-and-access.md §3.2)', () => {
  it('13 m solid jet from a 19 mm nozzle: Hq = 18.6 m, q = 5.4 L/s; 10 m jet: Hq = 13.6 m, q = 4.6 L/s', () => {
    const hq13 = nozzleHeadForJet(13, 0.019);
    expect(hq13).toBeCloseTo(18.6, 1);
    expect(nozzleK(0.019) * Math.sqrt(hq13) * 1000).toBeCloseTo(5.4, 1);
    // The reference used the table's φ = 0.0097 (13.555 m → 13.6); Lobachev's formula gives 0.009668
    // (13.549 m): 0.05 % apart.
    const hq10 = nozzleHeadForJet(10, 0.019);
    expect(Math.abs(hq10 - 13.6)).toBeLessThan(0.06);
    expect(nozzleK(0.019) * Math.sqrt(hq10) * 1000).toBeCloseTo(4.6, 1);
  });
  it('B = 1.577 for 19 mm and the US smooth-bore cross-check within 1 %', () => {
    expect((nozzleK(0.019) * 1000) ** 2).toBeCloseTo(1.577, 3);
    // gpm = 29.7·d²·√NP (d in inches, NP in psi) → L/s per √m for 19 mm: 1.250.
    const d = 0.019 / 0.0254;
    const us = 29.7 * d * d * Math.sqrt(1 / 0.70307) * 0.0630902;
    expect(Math.abs(us - nozzleK(0.019) * 1000) / us).toBeLessThan(0.01);
  });
});
