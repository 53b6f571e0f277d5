import { describe, expect, it } from 'vitest';
import { classify, hydrantFlow, roofTankVolume } from '../../../models/generator/codes.ts';
import { hazenWilliamsLoss } from '../../../models/generator/hydraulics.ts';
import { generateTower, type TowerOptions } from '../../../models/generator/tower.ts';
import type { Water } from '../../../models/schema/water.ts';
import { PASCALS_PER_METRE_HEAD } from '../../../models/units.ts';

/** Head (m) a pump curve gives at flow q, by linear interpolation. */
function headAt(curve: readonly (readonly [number, number])[], q: number): number {
  for (let i = 1; i < curve.length; i++) {
    const [q0, h0] = curve[i - 1]!;
    const [q1, h1] = curve[i]!;
    if (q <= q1) return h0 + ((h1 - h0) * (q - q0)) / (q1 - q0);
  }
  return curve.at(-1)![1];
}

function water(o: Partial<TowerOptions>): Water {
  return generateTower(o).water!;
}

describe('water design', () => {
  it('sizes the roof tank by GB 50974 5.2.1', () => {
    expect(roofTankVolume(classify('residential', 99))).toBe(18);
    expect(roofTankVolume(classify('residential', 120))).toBe(36);
    expect(roofTankVolume(classify('residential', 45))).toBe(12);
    expect(roofTankVolume(classify('office', 45))).toBe(18);
    expect(roofTankVolume(classify('office', 90))).toBe(36);
    expect(roofTankVolume(classify('office', 120))).toBe(50);
    expect(roofTankVolume(classify('office', 200))).toBe(100);
    for (const [use, storeys, volume] of [
      ['residential', 33, 18],
      ['office', 52, 100],
    ] as const) {
      const t = water({ use, storeys, storeyHeight: use === 'office' ? 4.2 : 3 }).tanks!.find(
        (x) => x.id === 'roof-tank',
      )!;
      const effective = (Math.PI / 4) * t.diameter ** 2 * (t.maxLevel - t.minLevel);
      expect(effective).toBeGreaterThanOrEqual(volume);
      expect(effective).toBeLessThan(volume * 1.15);
      expect(t.level).toBe(t.maxLevel);
    }
  });

  it('has pump curves with flow increasing and head decreasing, duty + standby + jockey', () => {
    const w = water({ storeys: 33 });
    expect(w.pumps!.map((p) => `${p.id}:${p.role}`)).toEqual(['P1:fire', 'P2:fire', 'JP1:jockey']);
    expect(w.pumps!.find((p) => p.id === 'P2')!.status).toBe('closed');
    for (const p of w.pumps!) {
      for (let i = 1; i < p.curve.length; i++) {
        expect(p.curve[i]![0]).toBeGreaterThan(p.curve[i - 1]![0]);
        expect(p.curve[i]![1]).toBeLessThan(p.curve[i - 1]![1]);
      }
    }
    expect(w.inlets).toHaveLength(2);
  });

  it('gives the top hydrant ≥ 0.35 MPa at one riser’s design flow (hand check)', () => {
    for (const o of [
      { storeys: 33 },
      { storeys: 12 },
      { storeys: 25, use: 'office' as const, storeyHeight: 4 },
    ]) {
      const b = generateTower(o);
      const w = b.water!;
      const top = w.junctions!.find((j) => j.id === `J-${b.storeys.at(-1)!.id}`)!;
      const q =
        hydrantFlow(classify(b.use as 'residential' | 'office', b.storeys.length * b.storeys[0]!.height))
          .perRiser / 1000;
      const pumpHead = headAt(w.pumps!.find((p) => p.id === 'P1')!.curve, q);
      const friction = hazenWilliamsLoss(q, top.elevation + 10, 0.1, 120);
      const pressure = ((pumpHead - (top.elevation - -3) - friction) * PASCALS_PER_METRE_HEAD) / 1e6;
      expect(pressure).toBeGreaterThanOrEqual(0.35);
    }
  });

  it('splits a super-high-rise into stages with a transfer tank and PRV zones', () => {
    const w = water({ use: 'office', storeys: 52, storeyHeight: 4.2 });
    expect(w.tanks!.map((t) => t.id)).toEqual(['T1', 'roof-tank']);
    expect(w.pumps!.filter((p) => p.id.startsWith('TP'))).toHaveLength(2);
    expect(w.pumps!.find((p) => p.id === 'P3')!.from).toBe('T1');
    expect(w.valves!.length).toBeGreaterThan(0);
    expect(w.valves!.every((v) => v.type === 'PRV')).toBe(true);
    // No pump's shut-off head exceeds 2.4 MPa of system working pressure (GB 50974 6.2.1).
    for (const p of w.pumps!) expect((p.curve[0]![1] * PASCALS_PER_METRE_HEAD) / 1e6).toBeLessThan(2.4);
  });

  it('keeps every hydrant within the static limit of the tank above its zone', () => {
    // Storeys fed directly by a stage main: static head from the stabilising tank ≤ 1.0 MPa.
    const b = generateTower({ storeys: 33 });
    const tank = b.water!.tanks![0]!;
    const lowest = b.water!.junctions!.find((j) => j.id === 'J-F1')!;
    expect(
      ((tank.elevation + tank.maxLevel - lowest.elevation) * PASCALS_PER_METRE_HEAD) / 1e6,
    ).toBeLessThanOrEqual(1);
  });

  it('Hazen–Williams matches a hand value', () => {
    // 10 L/s through 100 m of DN100, C = 120: ≈ 2.2 m (water-and-access.md §3.3).
    expect(hazenWilliamsLoss(0.01, 100, 0.1, 120)).toBeCloseTo(2.22, 1);
  });

  it('feeds an old tower from the city main with no pumps', () => {
    const w = water({ storeys: 24, water: { supply: 'city-main', roofTankVolume: 6 } });
    expect(w.pumps).toEqual([]);
    expect(w.reservoirs!.map((r) => r.id)).toEqual(['city-main']);
  });
});
