import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBuilding } from '../../../models/load/load-building.ts';
import { generateTower, type TowerOptions } from '../../../models/generator/tower.ts';
import type { Building } from '../../../models/schema/building.ts';

const options: fc.Arbitrary<Partial<TowerOptions>> = fc.record({
  // Mostly small towers so the property runs in a few seconds; now and then a tall one.
  storeys: fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 20 }), weight: 9 },
    { arbitrary: fc.integer({ min: 21, max: 120 }), weight: 1 },
  ),
  storeyHeight: fc.integer({ min: 260, max: 600 }).map((cm) => cm / 100),
  units: fc.integer({ min: 1, max: 16 }),
  stairs: fc.constantFrom('single' as const, 'two' as const, 'scissor' as const),
  fireLift: fc.boolean(),
  occupantsPerUnit: fc.integer({ min: 0, max: 20 }),
  laneWidth: fc.integer({ min: 30, max: 120 }).map((dm) => dm / 10),
  parkedCars: fc.integer({ min: 0, max: 30 }),
  use: fc.constantFrom('residential' as const, 'office' as const),
  seed: fc.nat(),
});

function errorsOf(b: Building): string[] {
  return validateBuilding(b).errors.map((e) => `${e.path}: ${e.text.en}`);
}

function area(poly: readonly (readonly [number, number])[]): number {
  let a = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i]!;
    const [x2, y2] = poly[(i + 1) % poly.length]!;
    a += x1 * y2 - x2 * y1;
  }
  return Math.abs(a) / 2;
}

describe('generateTower', () => {
  it('always generates a building with no validation errors', () => {
    fc.assert(
      fc.property(options, (o) => {
        expect(errorsOf(generateTower(o))).toEqual([]);
      }),
      { numRuns: 30, seed: 20261129 },
    );
  });

  it('is deterministic', () => {
    const o = { storeys: 9, units: 5, stairs: 'two', seed: 77 } as const;
    expect(JSON.stringify(generateTower(o))).toBe(JSON.stringify(generateTower(o)));
  });

  it('builds the default 33-storey scissor tower as asked', () => {
    const b = generateTower();
    expect(errorsOf(b)).toEqual([]);
    expect(b.storeys).toHaveLength(33);
    expect(b.storeys.map((s) => s.elevation).slice(0, 3)).toEqual([0, 3, 6]);
    const [a, bb] = b.stairs;
    expect(a!.scissor).toBe('B');
    expect(bb!.scissor).toBe('A');
    expect(a!.enclosure).toBe('smokeproof');
    expect(b.elevators!.filter((e) => e.fire)).toHaveLength(1);
    for (const s of b.storeys) {
      const units = s.spaces.filter((sp) => sp.unit !== undefined);
      expect(units).toHaveLength(8);
      for (const u of units) expect(u.occupants?.count).toBe(3);
      // Both scissor stairs sit in one shaft: two stair spaces side by side.
      const stairs = s.spaces.filter((sp) => sp.kind === 'stair');
      expect(stairs).toHaveLength(2);
      // Every unit has at least one opening on this storey.
      const openings = new Set(b.facade!.openings!.filter((o) => o.storey === s.id).map((o) => o.unit));
      expect(openings.size).toBe(8);
    }
    // Final exits only at ground level.
    const exits = b.storeys.flatMap((s) =>
      (s.doors ?? []).filter((d) => d.spaces[1] === 'outside').map(() => s.id),
    );
    expect(new Set(exits)).toEqual(new Set(['F1']));
  });

  it('follows the stair kind and lift options', () => {
    const single = generateTower({ storeys: 10, stairs: 'single', fireLift: false });
    expect(single.stairs.map((s) => s.id)).toEqual(['A']);
    expect(single.elevators!.some((e) => e.fire)).toBe(false);
    const two = generateTower({ storeys: 10, stairs: 'two', use: 'office', fireLift: true });
    expect(two.stairs.map((s) => s.id)).toEqual(['A', 'B']);
    expect(two.stairs.every((s) => s.scissor === undefined)).toBe(true);
    expect(two.elevators!.filter((e) => e.fire)).toHaveLength(1);
    // A one-storey building has no stairs or lifts (a stair needs two landings).
    const one = generateTower({ storeys: 1, units: 1 });
    expect(one.stairs).toEqual([]);
    expect(one.elevators).toEqual([]);
    expect(errorsOf(one)).toEqual([]);
  });

  it('puts a code-sized rescue site 5–10 m from the facade and the cars on the lane', () => {
    const b = generateTower({ storeys: 20, laneWidth: 5, parkedCars: 7 });
    const rs = b.site!.drivable!.find((d) => d.kind === 'rescue-site')!.polygon;
    const xs = rs.map((p) => p[0]);
    const ys = rs.map((p) => p[1]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThanOrEqual(10);
    // Facade at y = 0, the site to the south: its near edge 5–10 m away (GB 50016 7.2.2).
    expect(-Math.max(...ys)).toBeGreaterThanOrEqual(5);
    expect(-Math.max(...ys)).toBeLessThanOrEqual(10);
    const lane = b.site!.drivable!.find((d) => d.kind === 'road')!.polygon;
    const laneYs = lane.map((p) => p[1]);
    expect(Math.max(...laneYs) - Math.min(...laneYs)).toBeCloseTo(5);
    const cars = b.site!.obstacles!.filter((o) => o.kind === 'parked-car');
    expect(cars).toHaveLength(7);
    for (const c of cars) {
      expect(c.removable).toBe(true);
      expect(c.height).toBe(1.5);
      for (const [, y] of c.polygon) {
        expect(y).toBeGreaterThanOrEqual(Math.min(...laneYs));
        expect(y).toBeLessThanOrEqual(Math.max(...laneYs));
      }
    }
  });

  it('adds refuge floors at most 50 m apart above 100 m', () => {
    const b = generateTower({ storeys: 40, storeyHeight: 3 }); // 120 m
    const refuge = b.storeys.filter((s) => s.refuge);
    expect(refuge.length).toBeGreaterThan(0);
    let previous = 0;
    for (const s of [...refuge.map((r) => r.elevation), b.storeys.at(-1)!.elevation]) {
      expect(s - previous).toBeLessThanOrEqual(50);
      previous = s;
    }
    for (const s of refuge) {
      expect(s.spaces.some((sp) => sp.kind === 'refuge')).toBe(true);
      expect(s.spaces.some((sp) => sp.occupants)).toBe(false);
    }
    expect(generateTower({ storeys: 33 }).storeys.some((s) => s.refuge)).toBe(false);
  });

  it('keeps openings within the storey height and spaces at sensible sizes', () => {
    const b = generateTower({ storeys: 3, storeyHeight: 2.6, units: 16, use: 'office' });
    for (const o of b.facade!.openings!) expect(o.sill + o.height).toBeLessThanOrEqual(2.6);
    expect(b.facade!.openings!.some((o) => o.kind === 'rescue-window')).toBe(true);
    for (const s of b.storeys) for (const sp of s.spaces) expect(area(sp.polygon)).toBeGreaterThan(4);
  });
});
