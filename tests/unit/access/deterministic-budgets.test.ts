/**
 * The planner gives up on counts, not on the clock (hybrid-astar.ts `maxNodes`, `proofNodes`,
 * `stuckNodes`, the fine pass's own budget; blocking.ts MAX_PLANS): on a site where no route exists
 * and the space is too large to exhaust, it ends with a node budget and says so, and the same input
 * gives the very same answer (outcome, expansions, stuck pose, reason) twice. The wall-clock limit
 * `maxMillis` is a safety net for users only: it defaults far above what the node budgets allow.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Point } from '../../../models/schema/common.ts';
import type { SiteObstacle } from '../../../models/schema/site.ts';
import { VEHICLE_CATALOGUE } from '../../../models/vehicles/catalogue.ts';
import { mulberry32 } from '../../../models/generator/random.ts';
import { loadBuildingText } from '../../../models/load/load-building.ts';
import { loadRapier, type Rapier } from '../../../sim-core/access/rapier.ts';
import { drivableRegion } from '../../../sim-core/access/drivable-region.ts';
import { createCollisionWorld } from '../../../sim-core/access/collision-world.ts';
import { vehicleGeometry } from '../../../sim-core/access/vehicle-geometry.ts';
import { rescueSiteGoal } from '../../../sim-core/access/goals.ts';
import { planRoute } from '../../../sim-core/access/route.ts';
import { DEFAULT_PLAN_OPTIONS } from '../../../sim-core/access/hybrid-astar.ts';
import { MAX_PLANS } from '../../../sim-core/access/blocking.ts';
import { analyseAccess } from '../../../sim-core/access/analyse-access.ts';
import { rect } from '../shapes.ts';

let rapier: Rapier;
beforeAll(async () => {
  rapier = await loadRapier();
});

const pumper = VEHICLE_CATALOGUE.find((v) => v.id === 'pumper-CB10/60')!;
/** vitest's own wall-clock limit (ms): generous, for a loaded machine; the planner never reads the clock here. */
const SLOW = 300_000;

/** A 60 × 60 m yard of 0.3 m bollards 2.9 m apart (gaps 2.6 m < the 3.0 m body): no way through. */
function bollards() {
  const rng = mulberry32(7);
  const obstacles: SiteObstacle[] = [];
  for (let i = 0; i < 20; i++)
    for (let j = 0; j < 20; j++) {
      const x = 5 + i * 2.9 + (rng() - 0.5) * 0.2;
      const y = -30 + j * 2.9 + (rng() - 0.5) * 0.2;
      obstacles.push({
        id: `b-${i}-${j}`,
        kind: 'bollard',
        polygon: rect(x, y, x + 0.3, y + 0.3),
        height: 1,
      });
    }
  const site = rect(65, -5, 85, 5);
  const world = createCollisionWorld(rapier, drivableRegion([rect(-15, -31, 65, 31), site]), obstacles);
  const g = vehicleGeometry(pumper);
  const probe = world.probe(g);
  const goal = rescueSiteGoal(g, probe, site, undefined);
  return { world, g, probe, goal, gate: { id: 'gate', at: [-15, 0] as Point, heading: 0 } };
}

describe('deterministic budgets', () => {
  it('the wall-clock limit is only an outer safety net (well above any node-budgeted run)', () => {
    expect(DEFAULT_PLAN_OPTIONS.maxMillis).toBeGreaterThanOrEqual(30_000);
    expect(Number.isFinite(DEFAULT_PLAN_OPTIONS.maxNodes)).toBe(true);
    expect(Number.isFinite(DEFAULT_PLAN_OPTIONS.proofNodes)).toBe(true);
    expect(Number.isFinite(DEFAULT_PLAN_OPTIONS.stuckNodes)).toBe(true);
  });

  it(
    'a hopeless yard ends on its node budgets, says why, and gives the same answer twice',
    () => {
      const budgets = {
        maxMillis: Infinity,
        maxNodes: 4000,
        proofNodes: 3000,
        refine: { ...DEFAULT_PLAN_OPTIONS.refine, maxNodes: 2000 },
      };
      const run = () => {
        const { world, g, probe, goal, gate } = bollards();
        const r = planRoute(world, g, probe, gate, goal, budgets);
        world.dispose();
        return r;
      };
      const a = run();
      expect(a.outcome).not.toBe('reached');
      expect(a.outcome).not.toBe('time-budget');
      expect(a.reason.length).toBeGreaterThan(10);
      if (a.outcome === 'node-budget') expect(a.reason).toMatch(/node budget of \d+ poses/);
      // Bounded: every search within its budget (coarse + detours ≤ 1.5 × maxNodes, the proof, the fine pass).
      expect(a.expanded).toBeLessThanOrEqual(1.5 * 4000 + 3000 + 1.5 * 2000 + 3000);
      expect(a.stuck.every(Number.isFinite)).toBe(true);
      const b = run();
      expect(b.outcome).toBe(a.outcome);
      expect(b.expanded).toBe(a.expanded);
      expect(b.stuck).toEqual(a.stuck);
      expect(b.reason).toBe(a.reason);
    },
    SLOW,
  );

  it(
    'the blocking analysis stops after MAX_PLANS re-plans and says its set may not be minimal, the same every time',
    () => {
      // The old tower's west gate for the 101 m platform: six cars on its route, the subset search
      // runs out of plans before it shrinks the set (docs/access.md).
      const text = readFileSync(
        new URL('../../../models/samples/old-tower-1998-24f.json', import.meta.url),
        'utf8',
      );
      const b = loadBuildingText(text).building!;
      const run = () =>
        analyseAccess(rapier, b, { vehicles: ['aerial-101'], plan: { maxMillis: Infinity } }).vehicles.find(
          (v) => v.entrance === 'gate-W',
        )!;
      const a = run();
      expect(a.reached).toBe(false);
      expect(a.removeToPass).not.toBeNull();
      expect(a.removeToPassMinimal).toBe(false);
      expect(MAX_PLANS).toBeGreaterThan(0);
      const again = run();
      expect(again.removeToPass).toEqual(a.removeToPass);
      expect(again.blockedBy).toEqual(a.blockedBy);
      expect(again.stuckAt).toEqual(a.stuckAt);
    },
    SLOW,
  );
});
