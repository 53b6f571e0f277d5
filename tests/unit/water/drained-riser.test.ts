/**
 * Drained risers (sim-core/water/network.ts solve): EPANET solves a pipe above the hydraulic grade
 * line as a sealed pipe under suction, so without the re-solve water "siphons" over a high point no
 * real riser holds water in. A reservoir at 25 m head feeds junction A (0 m); a pipe climbs to T at
 * 40 m (15 m above the grade line, a hydrant there) and comes down to B at 5 m (a hydrant). T's
 * riser junction is at negative pressure, so it is drained and nothing passes over it: B is fed only
 * by what else reaches it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Water } from '../../../models/schema/water.ts';
import { loadEpanet, type Workspace } from '../../../sim-core/water/epanet-engine.ts';
import { WaterNetwork, type NetworkSolution } from '../../../sim-core/water/network.ts';

let ws: Workspace;
beforeAll(async () => {
  ws = await loadEpanet();
});

const hose = { length: 25, diameter: 0.065 };
const pipe = (id: string, from: string, to: string, length: number, diameter = 0.1) => ({
  id,
  from,
  to,
  length,
  diameter,
  roughness: 120,
});

/** `over`: the climb over T; `direct`: a thin 200 m pipe A → B below the grade line; `tank`: a roof tank at T. */
function network(o: { over: boolean; direct: boolean; tank?: boolean }): Water {
  return {
    reservoirs: [{ id: 'R', head: 25 }],
    ...(o.tank
      ? { tanks: [{ id: 'TK', elevation: 45, level: 3, minLevel: 0.3, maxLevel: 4, diameter: 3 }] }
      : {}),
    junctions: [
      { id: 'A', elevation: 0 },
      { id: 'T', elevation: 40 },
      { id: 'B', elevation: 5 },
    ],
    pipes: [
      pipe('P1', 'R', 'A', 10),
      ...(o.over ? [pipe('P2', 'A', 'T', 40), pipe('P3', 'T', 'B', 40)] : []),
      ...(o.direct ? [pipe('P4', 'A', 'B', 200, 0.032)] : []),
      ...(o.tank ? [pipe('P5', 'TK', 'T', 10)] : []),
    ],
    hydrants: [
      { id: 'H-T', junction: 'T', storey: 'S2', at: [0, 0], hose, nozzle: { diameter: 0.019 } },
      { id: 'H-B', junction: 'B', storey: 'S1', at: [0, 0], hose, nozzle: { diameter: 0.019 } },
    ],
  } as Water;
}

function solve(w: Water, tanks: 'given' | 'empty' = 'given', net?: WaterNetwork): NetworkSolution {
  const n = net ?? new WaterNetwork(ws, w);
  try {
    const s = n.solve({
      emitters: Float64Array.from(n.nozzleK),
      closedPumps: new Set(),
      tanks,
      engine: false,
    });
    expect(s.solved).toBe(true);
    expect(s.warnings).toEqual([]);
    return s;
  } finally {
    if (!net) n.close();
  }
}

describe('a riser drained above the grade line passes no water on', () => {
  it('B reached only over the drained high point is dry (EPANET alone gives it 0.19 MPa by siphon)', () => {
    const s = solve(network({ over: true, direct: false }));
    expect(Array.from(s.hydrantDry)).toEqual([1, 1]);
    expect(Array.from(s.outletPressure)).toEqual([0, 0]);
    expect(Array.from(s.hydrantFlow)).toEqual([0, 0]);
  });

  it('with a second, thin path: B gets what that path alone gives, as if the climb over T did not exist', () => {
    const s = solve(network({ over: true, direct: true }));
    const alone = solve(network({ over: false, direct: true }));
    expect(Array.from(s.hydrantDry)).toEqual([1, 0]);
    // Equal within EPANET's convergence (relative 1e-4; measured 1.5e-5).
    expect(Math.abs(s.outletPressure[1]! / alone.outletPressure[1]! - 1)).toBeLessThan(1e-4);
    expect(Math.abs(s.hydrantFlow[1]! / alone.hydrantFlow[1]! - 1)).toBeLessThan(1e-4);
    // By hand: 20 m of static head, ≈ 19 m of it lost in 200 m of 32 mm pipe at ≈ 1.1 L/s
    // (Hazen–Williams C 120): under 0.02 MPa and 1.5 L/s at B — the siphon made it 0.19 MPa, 5.1 L/s.
    expect(s.outletPressure[1]!).toBeGreaterThan(0);
    expect(s.outletPressure[1]!).toBeLessThan(0.02e6);
    expect(s.hydrantFlow[1]!).toBeGreaterThan(0.0008);
    expect(s.hydrantFlow[1]!).toBeLessThan(0.0015);
  });

  it('drained junctions are forgotten by the next solve: a roof tank at T, full then empty then full', () => {
    const w = network({ over: true, direct: true, tank: true });
    const net = new WaterNetwork(ws, w);
    try {
      const full = solve(w, 'given', net);
      expect(Array.from(full.hydrantDry)).toEqual([0, 0]);
      // The tank at 45 m + 3 m feeds both hydrants well above what the thin pipe alone gives.
      expect(full.outletPressure[1]!).toBeGreaterThan(0.2e6);
      const empty = solve(w, 'empty', net);
      expect(Array.from(empty.hydrantDry)).toEqual([1, 0]);
      expect(empty.outletPressure[1]!).toBeLessThan(0.02e6);
      const again = solve(w, 'given', net);
      expect(Array.from(again.outletPressure)).toEqual(Array.from(full.outletPressure));
      expect(Array.from(again.hydrantFlow)).toEqual(Array.from(full.hydrantFlow));
    } finally {
      net.close();
    }
  });
});
