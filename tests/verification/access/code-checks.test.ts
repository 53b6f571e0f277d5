/**
 * Fire-lane and rescue-site checks, aerial reach and facade risk on the old tower sample
 * (models/samples/old-tower-1998-24f), with the expected numbers derived in the test from the
 * sample's own geometry, and edits of it that must flip single checks.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Building } from '../../../models/schema/building.ts';
import { loadBuildingText } from '../../../models/load/load-building.ts';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import { VEHICLE_CATALOGUE } from '../../../models/vehicles/catalogue.ts';
import { loadRapier, type Rapier } from '../../../sim-core/access/rapier.ts';
import { analyseAccess, type AccessReport } from '../../../sim-core/access/analyse-access.ts';
import { rect } from '../../unit/shapes.ts';

let rapier: Rapier;
const text = readFileSync(
  new URL('../../../models/samples/old-tower-1998-24f.json', import.meta.url),
  'utf8',
);
const base: Building = loadBuildingText(text).building!;
const cleared = applyScenario(
  base,
  base.scenarios!.find((s) => s.id === 'site-cleared')!,
);
const AERIAL = ['aerial-54'];
let baseline: AccessReport;
let clear: AccessReport;

beforeAll(async () => {
  rapier = await loadRapier();
  baseline = analyseAccess(rapier, base, { vehicles: AERIAL });
  clear = analyseAccess(rapier, cleared, { vehicles: AERIAL });
});

const check = (r: AccessReport, subject: string, clause: string) =>
  r.checks.filter((c) => c.subject === subject && c.clause.includes(clause));

describe('old tower: rescue site and lane', () => {
  it('baseline: the stalls and cars on the rescue site are listed, the lane is narrowed by the cars', () => {
    const site = baseline.rescueSites.find((s) => s.id === 'rs-1')!;
    expect(site.ok).toBe(false);
    const onSite = base.site!.obstacles!.filter(
      (o) => o.id.startsWith('stall-') || o.id.startsWith('rs-car-'),
    );
    expect(site.obstacles.sort()).toEqual(onSite.map((o) => o.id).sort());
    const width = check(baseline, 'lane-1', '7.1.8').find(
      (c) => c.unit === 'm' && c.value !== null && c.limit === 4 && c.message.en.includes('width'),
    )!;
    // Lane y ∈ [−19, −15]; the cars occupy y ∈ [−18.8, −17]: the wider free piece is −17 … −15.
    const lane = base.site!.drivable!.find((d) => d.id === 'lane-1')!.polygon;
    const car = base.site!.obstacles!.find((o) => o.id === 'car-1')!.polygon;
    const laneTop = Math.max(...lane.map((p) => p[1]));
    const carTop = Math.max(...car.map((p) => p[1]));
    expect(width.ok).toBe(false);
    expect(width.value).toBeCloseTo(laneTop - carTop, 6);
    expect(width.obstacles).toEqual(['car-1', 'car-2', 'car-3', 'car-4']);
  });
  it('site-cleared: every check passes, and the measured values are the drawn ones', () => {
    expect(clear.checks.filter((c) => !c.ok)).toEqual([]);
    const dist = check(clear, 'rs-1', '7.2.2(4)').find((c) => c.unit === 'm')!;
    expect(dist.value).toBeCloseTo(5, 9); // site edge y = −5, tower wall y = 0
    const size = check(clear, 'rs-1', '7.2.2(2)')[0]!;
    expect(size.value).toBeCloseTo(33.8 * 10, 6);
    expect(size.limit).toBe(200); // 20 × 10: the tower is 69.6 m > 50 m
    const along = check(clear, 'rs-1', '7.2.1').find(
      (c) => c.unit === 'm' && c.clause === 'GB 50016-2014 7.2.1',
    )!;
    expect(along.value).toBeCloseTo(33.8, 1);
    expect(along.limit).toBeCloseTo(33.8, 1);
  });
});

describe('old tower: aerial reach', () => {
  // The 54 m platform sets up with its 6.5 m outrigger footprint inside the 10 m deep site, whose near
  // edge is 5 m from the south wall: the turntable (body centre) is at least 5 + 6.5/2 m out; the
  // candidate set-ups are sampled on a 1 m grid, so at most 1 m farther. Both bounds must give the
  // same highest storey for the assertion to be meaningful.
  const v = VEHICLE_CATALOGUE.find((x) => x.id === 'aerial-54')!;
  const env = v.aerial!.envelope;
  const heightAt = (r: number): number => {
    for (let i = 1; i < env.length; i++) {
      const [r0, h0] = env[i - 1]!;
      const [r1, h1] = env[i]!;
      if (r <= r1) return h0 + ((h1 - h0) * (r - r0)) / (r1 - r0);
    }
    return -Infinity;
  };
  const highestSouth = (h: number): string => {
    const elev = new Map(base.storeys.map((s) => [s.id, s.elevation]));
    let best = '';
    let bestZ = -1;
    for (const o of base.facade!.openings!)
      if (o.at[1] === 0) {
        const z = elev.get(o.storey)! + o.sill;
        if (z <= h && z > bestZ) [best, bestZ] = [o.storey, z];
      }
    return best;
  };
  const near = 5 + v.aerial!.outriggerSpread / 2;
  it('site-cleared: the 54 m platform reaches up to the storey the envelope allows, not the 24th', () => {
    const expected = highestSouth(heightAt(near));
    expect(highestSouth(heightAt(near + 1))).toBe(expected);
    const a = clear.aerial.find((x) => x.vehicle === 'aerial-54' && x.site === 'rs-1')!;
    expect(a.siteReached).toBe(true);
    expect(a.highestStorey).toBe(expected);
    expect(expected).toBe('F18');
    expect(a.unreachableStoreys).toEqual(['F19', 'F20', 'F21', 'F22', 'F23', 'F24']);
    const f24 = clear.openings.filter((o) => o.storey === 'F24');
    expect(f24.every((o) => o.reachableBy.length === 0)).toBe(true);
  });
  it('baseline: the upper storeys are unreachable; reachable openings with cages are blocked by the net', () => {
    const a = baseline.aerial.find((x) => x.vehicle === 'aerial-54')!;
    expect(a.unreachableStoreys).toContain('F24');
    expect(a.unreachableStoreys.length).toBeGreaterThan(0);
    const caged = baseline.openings.filter((o) => o.blocked === 'net');
    expect(caged.length).toBe(baseline.facade.netsWithoutHatch);
  });
});

describe('old tower: facade risk per side', () => {
  it('the sides partition the openings and each class follows its share', () => {
    const sides = clear.facade.bySide;
    expect(sides.map((s) => s.side).sort()).toEqual(['E', 'N', 'S', 'W']);
    expect(sides.reduce((n, s) => n + s.openings, 0)).toBe(base.facade!.openings!.length);
    expect(sides.reduce((n, s) => n + s.netsWithoutHatch, 0)).toBe(clear.facade.netsWithoutHatch);
    for (const s of sides)
      expect(s.riskClass).toBe(s.canopyShare >= 0.6 ? 'high' : s.canopyShare >= 0.2 ? 'medium' : 'low');
  });
});

describe('edits that flip single checks', () => {
  const edited = (edit: (b: Building) => void): AccessReport => {
    const b = structuredClone(cleared);
    edit(b);
    return analyseAccess(rapier, b, { vehicles: [] });
  };
  it('an arch with 3.8 m clearance over the lane fails 7.1.8 clear height; 4.2 m passes', () => {
    for (const [clearance, ok] of [
      [3.8, false],
      [4.2, true],
    ] as const) {
      const r = edited((b) =>
        b.site!.obstacles!.push({ id: 'arch', kind: 'overhead', polygon: rect(40, -20, 41, -14), clearance }),
      );
      const c = check(r, 'lane-1', '7.1.8').find((x) => x.message.en.includes('height'))!;
      expect(c.value).toBe(clearance);
      expect(c.ok).toBe(ok);
    }
  });
  it('without the east gate the lane is an 83.8 m dead end; a 20 × 20 m plaza at its end is a turnaround', () => {
    const dead = edited((b) => {
      b.site!.entrances = b.site!.entrances!.filter((e) => e.id !== 'gate-E');
    });
    const c = check(dead, 'lane-1', '7.1.9')[0]!;
    expect(c.value).toBeCloseTo(83.8, 6);
    expect(c.ok).toBe(false);
    const turn = edited((b) => {
      b.site!.entrances = b.site!.entrances!.filter((e) => e.id !== 'gate-E');
      b.site!.drivable!.push({ id: 'plaza', kind: 'plaza', polygon: rect(50, -30, 70, -10) });
    });
    expect(check(turn, 'lane-1', '7.1.9')[0]!.ok).toBe(true);
  });
  it('a lane that ends in a corner or a T with another road is no dead end; one that stops short is', () => {
    const withRoad = (polygon: [number, number][]): ReturnType<typeof check>[number] =>
      check(
        edited((b) => {
          b.site!.entrances = b.site!.entrances!.filter((e) => e.id !== 'gate-E');
          b.site!.drivable!.push({ id: 'cross', kind: 'road', polygon });
        }),
        'lane-1',
        '7.1.9',
      )[0]!;
    // A road running north–south over the lane's last 4 m (an L or T corner, as a ring road's sides).
    expect(withRoad(rect(54.8, -60, 58.8, 40)).ok).toBe(true);
    expect(withRoad(rect(54.8, -60, 58.8, 40)).message.en).toMatch(/open at both ends/);
    // The same road 2 m past the lane's end: the lane stops short of it.
    expect(withRoad(rect(60.8, -60, 64.8, 40)).ok).toBe(false);
  });
  it('a rescue site moved 3 m farther out is 8 m from the wall and still passes; 6 m farther fails', () => {
    for (const [dy, ok] of [
      [3, true],
      [6, false],
    ] as const) {
      const r = edited((b) => {
        const rs = b.site!.drivable!.find((d) => d.id === 'rs-1')!;
        rs.polygon = rs.polygon.map(([x, y]) => [x, y - dy]);
      });
      const c = check(r, 'rs-1', '7.2.2(4)').filter((x) => x.unit === 'm');
      expect(c[0]!.value).toBeCloseTo(5 + dy, 9);
      expect(c.every((x) => x.ok)).toBe(ok);
    }
  });
});
