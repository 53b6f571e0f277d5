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

  it('feeds an old tower from the city main with no pumps and no reducing devices', () => {
    const w = water({ storeys: 24, water: { supply: 'city-main', roofTankVolume: 6 } });
    expect(w.pumps).toEqual([]);
    expect(w.reservoirs!.map((r) => r.id)).toEqual(['city-main']);
    expect(w.hydrants!.some((h) => h.reducer)).toBe(false);
    expect(w.valves).toEqual([]);
  });

  it('zones by the duty pump’s shut-off head too: every top-zone hydrant ≤ 1.0 MPa static at no flow', () => {
    const b = generateTower({ storeys: 33 });
    const w = b.water!;
    const p1 = w.pumps!.find((p) => p.id === 'P1')!;
    const shutOff = -3 + p1.curve[0]![1];
    // Storeys not behind a PRV: those whose junction is reached from J-S1 without passing a PRV.
    const prvOutlets = new Set(w.valves!.map((v) => v.to));
    expect(prvOutlets.size).toBeGreaterThan(0);
    const lowestPrvZoneTop = Math.max(
      ...[...prvOutlets].map((id) => w.junctions!.find((j) => j.id === id)!.elevation),
    );
    for (const j of w.junctions!.filter((x) => x.id.startsWith('J-F') && x.elevation > lowestPrvZoneTop))
      expect(((shutOff - j.elevation) * PASCALS_PER_METRE_HEAD) / 1e6).toBeLessThanOrEqual(1);
    // And PRV zones span at most 50 m below their PRV (0.45 MPa + 50 m < 1.0 MPa static).
    for (const v of w.valves!) expect(v.setting).toBe(450000);
  });

  it('fits reducing orifices where the hand estimate exceeds 0.46 MPa: more drop lower in a zone', () => {
    const w = water({ storeys: 33 });
    const drop = (storey: string): number => w.hydrants!.find((h) => h.storey === storey)!.reducer?.drop ?? 0;
    // The top storey is what the pump is sized for: it needs the least in its zone.
    expect(drop('F33')).toBeLessThan(drop('F30'));
    expect(drop('F1')).toBeGreaterThan(drop('F6'));
    for (const h of w.hydrants!.filter((x) => x.reducer)) {
      expect(h.reducer!.type).toBe('orifice');
      // Sized at the flow a hydrant gives at 0.42 MPa outlet: 25 m of 65 mm hose, 19 mm nozzle ≈ 7.6 L/s.
      expect(h.reducer!.flow).toBeGreaterThan(0.007);
      expect(h.reducer!.flow).toBeLessThan(0.008);
      expect(h.reducer!.drop).toBeLessThan(1e6);
    }
  });
});
