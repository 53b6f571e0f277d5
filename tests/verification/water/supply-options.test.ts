/**
 * The fire-engine supply options against hand calculations and against each other: a hose up the
 * stairs (closed form with EPANET's one-point pump curve), relay pumping (two engines in series
 * reach higher than one), and the engine-alone ladder through the inlet.
 *
 * EPANET turns a one-point curve (q0, h0) into h = 4/3·h0 − (h0/3)·(q/q0)² (EPANET 2.2 manual,
 * "Pump Curve"), so with a hose h = r·q² and a nozzle h = (q/K)² above a rise z the flow is
 *   q² = (4/3·h0 − z) / (h0/(3·q0²) + r + 1/K²).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../../models/load/load-building.ts';
import type { Building } from '../../../models/schema/building.ts';
import { PASCALS_PER_METRE_HEAD } from '../../../models/units.ts';
import { loadEpanet, type Workspace } from '../../../sim-core/water/epanet-engine.ts';
import { hoseResistance } from '../../../sim-core/water/hose.ts';
import { analyseWater } from '../../../sim-core/water/index.ts';
import { jetForNozzleHead, nozzleK } from '../../../sim-core/water/nozzle.ts';
import { STAIR_HOSE_PER_METRE, stairLay } from '../../../sim-core/water/stair-lay.ts';

const sample = (name: string): Building =>
  loadBuildingText(readFileSync(new URL(`../../../models/samples/${name}.json`, import.meta.url), 'utf8'))
    .building!;

let ws: Workspace;
beforeAll(async () => {
  ws = await loadEpanet();
});

describe('hose up the stairs (no building system)', () => {
  it('matches the closed form at every storey, to 0.1 % in flow', () => {
    const b = sample('old-tower-1998-24f');
    const q0 = 0.01;
    const h0 = 60;
    const r = stairLay(ws, b, { curve: [[q0, h0]], jet: 13 });
    expect(r.rungs).toHaveLength(24);
    const K = nozzleK(0.019);
    for (const rung of r.rungs) {
      const storey = b.storeys.find((s) => s.id === rung.storey)!;
      const z = storey.elevation + 1;
      expect(rung.hoseLength).toBeCloseTo(40 + STAIR_HOSE_PER_METRE * storey.elevation, 9);
      const rHose = hoseResistance(rung.hoseLength, 0.035);
      const q = Math.sqrt(((4 / 3) * h0 - z) / (h0 / (3 * q0 * q0) + rHose + 1 / (K * K)));
      expect(Math.abs(rung.flow - q) / q).toBeLessThan(1e-3);
      const hq = (q / K) ** 2;
      expect(Math.abs(rung.nozzlePressure / PASCALS_PER_METRE_HEAD - hq)).toBeLessThan(0.05);
      expect(rung.effective).toBe(
        jetForNozzleHead(rung.nozzlePressure / PASCALS_PER_METRE_HEAD, 0.019) >= 13,
      );
    }
    // Nozzle pressure falls with height: the highest effective storey is where it crosses 18.6 m.
    const top = r.rungs.findLast((x) => x.effective)!;
    expect(r.highestEffectiveStorey).toBe(top.storey);
    expect(r.rungs.every((x, i) => i === 0 || x.nozzlePressure < r.rungs[i - 1]!.nozzlePressure)).toBe(true);
    expect(top.storey).not.toBe('F24');
  });
});

describe('supply options side by side', () => {
  it('yuzhong: two CB10/60 in relay reach higher than one, at a higher discharge pressure', async () => {
    const r = await analyseWater(sample('yuzhong-residential-33f'), {
      supply: { vehicle: 'pumper-CB10/60', relay: {} },
    });
    const by = Object.fromEntries(r.supplies!.map((s) => [s.option, s]));
    expect(Object.keys(by)).toEqual(['inlet', 'relay', 'stair-lay']);
    const storeyIndex = (id: string | null): number => (id === null ? -1 : Number(id.slice(1)));
    expect(storeyIndex(by['relay']!.highestAdequateStorey)).toBeGreaterThan(
      storeyIndex(by['inlet']!.highestAdequateStorey),
    );
    expect(by['relay']!.enginePressure).toBeGreaterThan(by['inlet']!.enginePressure);
    expect(by['relay']!.vehicles).toEqual(['pumper-CB10/60', 'pumper-CB10/60']);
    expect(by['stair-lay']!.highestAdequateStorey).toBeNull();
  });

  it('office: no engine at the ground inlets reaches the upper stage (GB 50974 5.4.6 relay connections)', async () => {
    const r = await analyseWater(sample('office-tower-52f'), {
      supply: { vehicle: 'high-pressure-40', relay: { vehicle: 'pumper-CB10/60' } },
    });
    for (const s of r.supplies!.filter((x) => x.option !== 'stair-lay'))
      expect(Number(s.highestEffectiveStorey!.slice(1))).toBeLessThanOrEqual(22);
  });

  it('refuses a relay vehicle without a pump', async () => {
    await expect(
      analyseWater(sample('old-tower-1998-24f'), { supply: { relay: { vehicle: 'aerial-32' } } }),
    ).rejects.toThrow(/no pump curve/);
  });
});

describe('hose and pump-inlet pressure ratings (typical PN 1.6 / 2.5 MPa, UNVERIFIED)', () => {
  it('office, 4.0 MPa engine: every option is above its rating (the stair lay at ≈ 4.2 MPa > 2.5 MPa)', async () => {
    const r = await analyseWater(sample('office-tower-52f'), {
      supply: { vehicle: 'high-pressure-40', relay: { vehicle: 'pumper-CB10/60' } },
    });
    const by = Object.fromEntries(r.supplies!.map((s) => [s.option, s.ratingCheck]));
    expect(by['inlet']!.limit).toBe(1.6e6);
    expect(by['relay']!.limit).toBe(1.6e6);
    expect(by['stair-lay']!.limit).toBe(2.5e6);
    expect(by['stair-lay']!.value).toBeGreaterThan(4.1e6);
    for (const c of Object.values(by)) {
      expect(c.ok).toBe(false);
      expect(c.verified).toBe(false);
      expect(c.unit).toBe('Pa');
      expect(c.message['zh-CN']).toContain('PN');
    }
    // Listed with the code checks too.
    expect(r.checks.filter((c) => c.clause.startsWith('pressure rating')).map((c) => c.ok)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('office, CB10/60 (1.0 MPa class, ≈ 1.3 MPa discharge): within the PN 1.6 rating', async () => {
    const r = await analyseWater(sample('office-tower-52f'), { supply: { vehicle: 'pumper-CB10/60' } });
    for (const s of r.supplies!) {
      expect(s.ratingCheck.limit).toBe(1.6e6);
      expect(s.ratingCheck.value).toBeGreaterThan(1e6);
      expect(s.ratingCheck.ok).toBe(true);
    }
  });
});
