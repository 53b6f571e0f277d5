/**
 * A hydrant above the hydraulic grade line of its only source is dry, not at EPANET's negative
 * pressure: a reservoir at 25 m head feeds a riser with one hydrant at 10 m (15 m of static head)
 * and one at 40 m (15 m above the grade line). By hand: the lower one has 15 m, the upper none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Water } from '../../../models/schema/water.ts';
import { PASCALS_PER_METRE_HEAD } from '../../../models/units.ts';
import { loadEpanet, type Workspace } from '../../../sim-core/water/epanet-engine.ts';
import { WaterNetwork } from '../../../sim-core/water/network.ts';

let ws: Workspace;
beforeAll(async () => {
  ws = await loadEpanet();
});

const hose = { length: 25, diameter: 0.065 };
const water: Water = {
  reservoirs: [{ id: 'R', head: 25 }],
  junctions: [
    { id: 'low', elevation: 10 },
    { id: 'high', elevation: 40 },
  ],
  pipes: [
    { id: 'P1', from: 'R', to: 'low', length: 10, diameter: 0.1, roughness: 120 },
    { id: 'P2', from: 'low', to: 'high', length: 30, diameter: 0.1, roughness: 120 },
  ],
  hydrants: [
    { id: 'H-low', junction: 'low', storey: 'S1', at: [0, 0], hose, nozzle: { diameter: 0.019 } },
    { id: 'H-high', junction: 'high', storey: 'S2', at: [0, 0], hose, nozzle: { diameter: 0.019 } },
  ],
};

describe('above the hydraulic grade line', () => {
  for (const flowing of [false, true]) {
    it(`the upper hydrant is dry at zero pressure, the lower one is not (${flowing ? 'flowing' : 'static'})`, () => {
      const net = new WaterNetwork(ws, water);
      try {
        const k = flowing ? Array.from(net.nozzleK) : [0, 0];
        const s = net.solve({
          emitters: Float64Array.from(k),
          closedPumps: new Set(),
          tanks: 'given',
          engine: false,
        });
        expect(s.solved).toBe(true);
        expect(Array.from(s.hydrantDry)).toEqual([0, 1]);
        expect(s.outletPressure[1]).toBe(0);
        expect(s.nozzlePressure[1]).toBe(0);
        expect(s.hydrantFlow[1]).toBe(0);
        for (const p of [...s.outletPressure, ...s.nozzlePressure]) expect(p).toBeGreaterThanOrEqual(0);
        if (flowing) expect(s.hydrantFlow[0]!).toBeGreaterThan(0.001);
        else expect(s.outletPressure[0]! / PASCALS_PER_METRE_HEAD).toBeCloseTo(15, 6);
      } finally {
        net.close();
      }
    });
  }
});
