/**
 * Outrigger set-up on a rescue site (goals.ts `rescueSiteGoal`): the footprint of the 54 m platform
 * (catalogue: 6.5 m across the pads, pad lines 7 m apart, 0.6 m pads → 6.5 × 7.6 m, centred on the
 * body centre) must lie inside the site and clear of obstacles. A site that fits, one 1 m narrower
 * than the spread (shortfall 1 m across, derived), one with a bollard under a pad; and the same
 * through analyseAccess on the old tower sample.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Building } from '../../../models/schema/building.ts';
import type { SiteObstacle } from '../../../models/schema/site.ts';
import { VEHICLE_CATALOGUE } from '../../../models/vehicles/catalogue.ts';
import { loadBuildingText } from '../../../models/load/load-building.ts';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import { loadRapier, type Rapier } from '../../../sim-core/access/rapier.ts';
import { drivableRegion } from '../../../sim-core/access/drivable-region.ts';
import { createCollisionWorld } from '../../../sim-core/access/collision-world.ts';
import { vehicleGeometry } from '../../../sim-core/access/vehicle-geometry.ts';
import { rescueSiteGoal } from '../../../sim-core/access/goals.ts';
import { analyseAccess } from '../../../sim-core/access/analyse-access.ts';
import { rect } from '../../unit/shapes.ts';

let rapier: Rapier;
beforeAll(async () => {
  rapier = await loadRapier();
});

const aerial = VEHICLE_CATALOGUE.find((v) => v.id === 'aerial-54')!;
const out = aerial.aerial!;
const W = out.outriggerSpread;
const L = out.outriggerLength! + out.padSize!;

/** Goal on `site` (x from 0), the site inside a larger apron so the drivable edge is far away. */
function setupOn(site: [number, number][], obstacles: SiteObstacle[] = []) {
  const apron = rect(-10, -10, 40, 20);
  const world = createCollisionWorld(rapier, drivableRegion([apron, site]), obstacles);
  const g = vehicleGeometry(aerial);
  const goal = rescueSiteGoal(
    g,
    world.probe(g),
    site,
    out,
    obstacles.map((o) => o.id),
  );
  const setup = goal.setup!;
  // The shortfall is measured on first read, with the world still alive.
  void setup.shortfall;
  world.dispose();
  return setup;
}

describe('outrigger footprint on a rescue site', () => {
  it('the catalogue gives the 54 m platform a footprint narrower than long, and wider than the body', () => {
    expect(W).toBe(6.5);
    expect(L).toBeCloseTo(7.6, 9);
    expect(W).toBeGreaterThan(aerial.width);
  });

  it('a 20 × 10 m site fits: set-up poses remain, no shortfall', () => {
    const s = setupOn(rect(0, 0, 20, 10));
    expect(s.fit).toBeGreaterThan(0);
    expect(s.shortfall).toBeNull();
    expect(s.footprint).toEqual({ width: W, length: L, pad: out.padSize });
  });

  it('a site 1 m narrower than the spread: no pose fits, shortfall 1 m across and nothing along', () => {
    // The body (2.5 m) fits in the 5.5 m width; the 6.5 m footprint does not, wherever it slides.
    const s = setupOn(rect(0, 0, 20, W - 1));
    expect(s.tried).toBeGreaterThan(0);
    expect(s.fit).toBe(0);
    expect(s.shortfall!.across).toBeGreaterThanOrEqual(0.99);
    expect(s.shortfall!.across).toBeLessThanOrEqual(1.02);
    expect(s.shortfall!.along).toBe(0);
    expect(s.refused.length).toBeGreaterThan(0);
    expect(s.refused.every((r) => /off the site|outside the site/.test(r.en))).toBe(true);
    expect(s.refused.every((r) => r['zh-CN'].length > 0)).toBe(true);
    // 0.5 m narrower than the spread: shortfall 0.5 m.
    const half = setupOn(rect(0, 0, 20, W - 0.5));
    expect(half.shortfall!.across).toBeGreaterThanOrEqual(0.49);
    expect(half.shortfall!.across).toBeLessThanOrEqual(0.52);
  });

  it('a bollard under a pad refuses the only set-up poses and is named', () => {
    // 13 × 7 m: the 12.5 m body leaves ±0.25 m of play along, the 6.5 m footprint ±0.25 m across,
    // so the outriggers fit only with the body centre at (6.5, 3.5) (headings 0 and π; the body
    // itself is tried at y = 1.5 … 5.5). Heading 0 puts the front-left pad's centre at
    // (6.5 + 3.8 − 0.3, 3.5 + 3.25 − 0.3) = (10, 6.45); heading π puts the rear-right one there.
    const site = rect(0, 0, 13, 7);
    const clear = setupOn(site);
    expect(clear.fit).toBe(2);
    const bollard: SiteObstacle = {
      id: 'bollard-1',
      kind: 'bollard',
      polygon: rect(9.85, 6.3, 10.15, 6.6),
      height: 1,
    };
    const s = setupOn(site, [bollard]);
    expect(s.tried).toBeGreaterThan(2);
    expect(s.fit).toBe(0);
    expect(s.obstacles).toEqual([0]);
    const onPad = s.refused.filter((r) => r.en.includes('bollard-1'));
    expect(onPad.map((r) => [r.en, r.poses]).sort()).toEqual([
      ['front-left pad on obstacle bollard-1', 1],
      ['rear-right pad on obstacle bollard-1', 1],
    ]);
    expect(onPad[0]!['zh-CN']).toMatch(/支腿垫板压在障碍物 bollard-1 上/);
    // The body can move sideways (down, away from the bollard) but the site edge at y = 0 leaves
    // 6.3 m from there to the bollard's near side: 0.2 m narrower would fit; along, nothing.
    expect(s.shortfall!.across).toBeGreaterThanOrEqual(0.19);
    expect(s.shortfall!.across).toBeLessThanOrEqual(0.22);
    expect(s.shortfall!.along).toBe(0);
    // Moved 1 m away from the pad (still beside the body's own footprint), it refuses nothing.
    const moved = setupOn(site, [{ ...bollard, polygon: rect(9.85, 7.3, 10.15, 7.6) }]);
    expect(moved.fit).toBe(2);
  });
});

describe('outriggers through analyseAccess (old tower, site cleared)', () => {
  const text = readFileSync(
    new URL('../../../models/samples/old-tower-1998-24f.json', import.meta.url),
    'utf8',
  );
  const base: Building = loadBuildingText(text).building!;
  const cleared = applyScenario(
    base,
    base.scenarios!.find((s) => s.id === 'site-cleared')!,
  );
  const withSite = (polygon: [number, number][], extra: SiteObstacle[] = []): Building => ({
    ...cleared,
    site: {
      ...cleared.site!,
      drivable: cleared.site!.drivable!.map((d) => (d.id === 'rs-1' ? { ...d, polygon } : d)),
      obstacles: [...(cleared.site!.obstacles ?? []), ...extra],
    },
  });

  it('a rescue site 1 m narrower than the spread: "outriggers do not fit" with the shortfall', () => {
    // rs-1 is y ∈ [−15, −5] along the lane (y ≤ −15); keep the lane side, cut it to 5.5 m.
    const r = analyseAccess(rapier, withSite(rect(0, -15, 33.8, -15 + W - 1)), { vehicles: ['aerial-54'] });
    const a = r.aerial.find((x) => x.site === 'rs-1')!;
    expect(a.outriggers!.fit).toBe(0);
    expect(a.outriggers!.shortfall!.across).toBeCloseTo(1, 1);
    expect(a.outriggers!.message!.en).toMatch(
      /^outriggers do not fit on rescue site rs-1: 1\.0\d m too wide/,
    );
    expect(a.outriggers!.message!['zh-CN']).toMatch(/支腿在登高操作场地 rs-1 无法展开/);
    expect(a.siteReached).toBe(false);
    expect(a.reachable).toEqual([]);
    const routes = r.vehicles.filter((v) => v.target === 'rs-1');
    expect(routes.length).toBe(cleared.site!.entrances!.length);
    for (const v of routes) {
      expect(v.reached).toBe(false);
      expect(v.reason!.startsWith(`${a.outriggers!.message!.en} (route: `)).toBe(true);
    }
  });

  it('the cleared site as drawn: the outriggers fit, no message', () => {
    const r = analyseAccess(rapier, cleared, { vehicles: ['aerial-54'] });
    const a = r.aerial.find((x) => x.site === 'rs-1')!;
    expect(a.outriggers!.fit).toBeGreaterThan(0);
    expect(a.outriggers!.fit).toBe(a.setups);
    expect(a.outriggers!.message).toBeNull();
    expect(a.siteReached).toBe(true);
  });
});
