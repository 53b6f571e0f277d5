/**
 * The access engine's entry point: for each vehicle, each site entrance and each target (rescue
 * sites for aerial appliances, pump inlets for the others), plan a route; when none exists, find
 * what blocks it; time the arrival. Pure and deterministic for the same building and options; the
 * Rapier module is passed in (loadRapier()) so the caller owns its initialisation.
 */
import type { Building } from '../../models/schema/building.ts';
import type { Vehicle } from '../../models/schema/vehicle.ts';
import { VEHICLE_CATALOGUE, DEFAULT_AERIAL_ID, DEFAULT_PUMPER_ID } from '../../models/vehicles/catalogue.ts';
import type { Rapier } from './rapier.ts';
import { drivableRegion } from './drivable-region.ts';
import { createCollisionWorld, type VehicleProbe } from './collision-world.ts';
import { vehicleGeometry, vehicleProblem, DEFAULT_CLEARANCE_MARGIN } from './vehicle-geometry.ts';
import { inletGoal, rescueSiteGoal, type OutriggerSetup, type SetupRefusal, type SiteGoal } from './goals.ts';
import { planRoute } from './route.ts';
import { analyseBlocking } from './blocking.ts';
import type { PlanOptions, PlanOutcome } from './hybrid-astar.ts';
import { arrivalTime, type ArrivalTime } from './timing.ts';
import { facadeRisk, facadeRiskBySide, type FacadeRisk, type SideRisk } from './facade-risk.ts';
import { buildingOutline } from './building-outline.ts';
import type { AccessCheck } from './code-check.ts';
import { fireLaneChecks } from './fire-lane-checks.ts';
import { rescueSiteChecks, type RescueSiteReport } from './rescue-site-checks.ts';
import { rescueWindowChecks } from './rescue-window-checks.ts';
import { aerialReach, openingBlocked, turntables, type AerialReach, type Blocked } from './aerial-reach.ts';
import { centreOffset } from './vehicle-geometry.ts';
import { pointLocator } from '../../models/geometry/point-locator.ts';
import { cleanRing } from '../../models/geometry/polygon.ts';

export interface AccessOptions {
  /** Vehicle ids to plan for (default: the scenario's, the file's, else the default pumper and aerial). */
  vehicles?: readonly string[];
  margin?: number;
  plan?: Partial<PlanOptions>;
}

export interface VehicleRoute {
  id: string;
  entrance: string;
  target: string;
  reached: boolean;
  outcome: PlanOutcome;
  /** Why the planner gave up, in words; null when reached. */
  reason: string | null;
  path: [number, number, number][];
  length: number;
  reversals: number;
  arrivalTime: number | null;
  timing: ArrivalTime | null;
  blockedBy: string[];
  removeToPass: string[] | null;
  removeToPassMinimal: boolean;
  stuckAt: [number, number] | null;
}

export interface OpeningReach {
  id: string;
  storey: string;
  /** Aerial appliances that reach it from a rescue site they can get to. */
  reachableBy: string[];
  blocked: Blocked;
}

export interface AccessReport {
  vehicles: VehicleRoute[];
  rescueSites: RescueSiteReport[];
  /** Per aerial appliance and reachable rescue site. */
  aerial: (AerialReach & {
    siteReached: boolean;
    unreachableStoreys: string[];
    outriggers: OutriggerReport | null;
  })[];
  openings: OpeningReach[];
  facade: FacadeRisk & { bySide: SideRisk[] };
  /** Every code check: fire lanes, rescue sites, rescue windows. */
  checks: AccessCheck[];
  problems: { path: string; message: { en: string; 'zh-CN': string } }[];
}

/** The outrigger check of one aerial appliance on one rescue site (goals.ts `OutriggerSetup`). */
export interface OutriggerReport {
  /** Set-up poses tried (body on the site and clear) and those where the outriggers fit too. */
  tried: number;
  fit: number;
  /** Outer width and length of the outrigger footprint and the pad side (m). */
  footprint: { width: number; length: number; pad: number };
  /** When no tried pose fits: how much narrower / shorter the footprint would have to be (m). */
  shortfall: { across: number; along: number } | null;
  /** Why poses were refused, most frequent first. */
  refused: SetupRefusal[];
  /** "outriggers do not fit …" when no pose fits; null otherwise. */
  message: { en: string; 'zh-CN': string } | null;
}

/** Top reasons named in a message. */
const REASONS_SHOWN = 3;

function outriggerMessage(s: OutriggerSetup, site: string): OutriggerReport['message'] {
  if (s.fit > 0 || s.tried === 0) return null;
  const sf = s.shortfall ?? { across: 0, along: 0 };
  const f = s.footprint;
  const top = s.refused.slice(0, REASONS_SHOWN);
  return {
    en:
      `outriggers do not fit on rescue site ${site}: ${sf.across.toFixed(2)} m too wide, ` +
      `${sf.along.toFixed(2)} m too long at the best of ${s.tried} set-up poses ` +
      `(footprint ${f.width} × ${r2(f.length)} m, pads ${f.pad} m); ` +
      top.map((r) => `${r.en} (${r.poses} poses)`).join('; '),
    'zh-CN':
      `支腿在登高操作场地 ${site} 无法展开：在 ${s.tried} 个停车位姿中最好的一个，宽度缺 ${sf.across.toFixed(2)} m、` +
      `长度缺 ${sf.along.toFixed(2)} m（支腿占地 ${f.width} × ${r2(f.length)} m，垫板 ${f.pad} m）；` +
      top.map((r) => `${r['zh-CN']}（${r.poses} 个位姿）`).join('；'),
  };
}

export function resolveVehicles(
  b: Building,
  ids: readonly string[] | undefined,
): { found: Vehicle[]; missing: string[] } {
  const byId = new Map<string, Vehicle>();
  for (const v of VEHICLE_CATALOGUE) byId.set(v.id, v);
  for (const v of b.vehicles ?? []) byId.set(v.id, v);
  const want =
    ids ??
    ((b.vehicles?.length ?? 0) > 0 ? b.vehicles!.map((v) => v.id) : [DEFAULT_PUMPER_ID, DEFAULT_AERIAL_ID]);
  const found: Vehicle[] = [];
  const missing: string[] = [];
  for (const id of want) {
    const v = byId.get(id);
    if (v) found.push(v);
    else missing.push(id);
  }
  return { found, missing };
}

const r2 = (v: number): number => Math.round(v * 100) / 100;

export function analyseAccess(rapier: Rapier, b: Building, options: AccessOptions = {}): AccessReport {
  const problems: AccessReport['problems'] = [];
  const site = b.site ?? {};
  const drivable = site.drivable ?? [];
  const outline = buildingOutline(b);
  const obstacles = site.obstacles ?? [];
  const { found, missing } = resolveVehicles(b, options.vehicles);
  const rescueSites = drivable
    .filter((d) => d.kind === 'rescue-site')
    .map((d) => rescueSiteChecks(b, outline, d, obstacles));
  const checks: AccessCheck[] = [
    ...drivable.filter((d) => d.kind === 'road').flatMap((d) => fireLaneChecks(b, d, obstacles, found)),
    ...rescueSites.flatMap((r) => r.checks),
    ...rescueWindowChecks(b),
  ];
  const openingList = b.facade?.openings ?? [];
  const reachBy = openingList.map(() => new Set<string>());
  const report: AccessReport = {
    vehicles: [],
    rescueSites,
    aerial: [],
    openings: [],
    facade: { ...facadeRisk(b), bySide: facadeRiskBySide(b, outline) },
    checks,
    problems,
  };
  const finishOpenings = (): void => {
    const index = new Map(openingList.map((o, i) => [o.id, i] as const));
    for (const a of report.aerial) for (const id of a.reachable) reachBy[index.get(id)!]!.add(a.vehicle);
    report.openings = openingList.map((o, i) => ({
      id: o.id,
      storey: o.storey,
      reachableBy: [...reachBy[i]!].sort(),
      blocked: openingBlocked(o),
    }));
  };
  if (drivable.length === 0) {
    finishOpenings();
    problems.push({
      path: '/site/drivable',
      message: { en: 'no drivable areas: no route can be planned', 'zh-CN': '没有可行驶区域，无法规划路线' },
    });
    return report;
  }
  for (const id of missing)
    problems.push({
      path: '/vehicles',
      message: { en: `unknown vehicle "${id}"`, 'zh-CN': `未知车辆“${id}”` },
    });
  const region = drivableRegion(drivable.map((d) => d.polygon));
  const world = createCollisionWorld(rapier, region, obstacles);
  const obstacleIds = obstacles.map((o) => o.id);
  const travel = site.station?.travelTime ?? 0;
  const inlets = b.water?.inlets ?? [];
  try {
    for (const v of found) {
      const bad = vehicleProblem(v);
      if (bad) {
        problems.push({ path: `/vehicles/${v.id}`, message: { en: bad, 'zh-CN': `车辆尺寸不一致：${bad}` } });
        continue;
      }
      const g = vehicleGeometry(v, options.margin ?? DEFAULT_CLEARANCE_MARGIN);
      const probe = world.probe(g);
      const targets: { id: string; goal: (p: VehicleProbe) => SiteGoal; site?: boolean }[] = [];
      if (v.kind === 'aerial') {
        for (const d of drivable)
          if (d.kind === 'rescue-site')
            targets.push({
              id: d.id,
              goal: (p) => rescueSiteGoal(g, p, d.polygon, v.aerial, obstacleIds),
              site: true,
            });
      } else if (inlets.length > 0) {
        targets.push({
          id: inlets.map((i) => i.id).join('|'),
          goal: (p) =>
            inletGoal(
              g,
              p,
              region,
              inlets.map((i) => i.at),
            ),
        });
      }
      for (const t of targets) {
        // Goal poses depend only on the world and the vehicle: one set per target for every gate.
        const goal = t.goal(probe);
        let reachedOnce = false;
        // The body fits on the site but the outriggers fit nowhere: the route's reason says so first
        // (the planner still runs: the blocking analysis may find removable obstacles that free a
        // set-up, since its goal is rebuilt with them removed).
        const noSetup = goal.setup && goal.setup.fit === 0 && goal.setup.tried > 0 ? goal.setup : undefined;
        for (const entrance of site.entrances ?? []) {
          const route = planRoute(world, g, probe, entrance, goal, options.plan);
          const rec: VehicleRoute = {
            id: v.id,
            entrance: entrance.id,
            target: t.id,
            reached: route.outcome === 'reached',
            outcome: route.outcome,
            reason:
              route.outcome === 'reached'
                ? null
                : noSetup
                  ? `${outriggerMessage(noSetup, t.id)!.en} (route: ${route.reason})`
                  : route.reason,
            path: [],
            length: r2(route.length),
            reversals: route.reversals,
            arrivalTime: null,
            timing: null,
            blockedBy: [],
            removeToPass: null,
            removeToPassMinimal: true,
            stuckAt: null,
          };
          if (rec.reached) {
            for (let k = 0; k + 3 < route.path.length; k += 4)
              rec.path.push([
                r2(route.path[k]!),
                r2(route.path[k + 1]!),
                r2((route.path[k + 2]! * 180) / Math.PI),
              ]);
            const timing = arrivalTime(
              travel,
              route.length - route.reverseLength,
              route.reverseLength,
              route.reversals,
              v.setupTime ?? 0,
            );
            rec.timing = timing;
            rec.arrivalTime = r2(timing.total);
          } else {
            rec.stuckAt = [r2(route.stuck[0]), r2(route.stuck[1])];
            const bl = analyseBlocking(world, g, probe, entrance, t.goal, route.stuck, options.plan, route);
            rec.blockedBy = bl.blockedBy.map((i) => obstacles[i]!.id);
            rec.removeToPass = bl.removeToPass ? bl.removeToPass.map((i) => obstacles[i]!.id) : null;
            rec.removeToPassMinimal = bl.minimal;
            // Nothing to tow and no obstacle to blame: the passage itself is too narrow or tight.
            // Name the drivable area(s) where the vehicle got stuck.
            if (rec.removeToPass === null && rec.blockedBy.length === 0)
              for (const d of drivable)
                if (pointLocator(cleanRing(d.polygon)).locate(route.stuck[0], route.stuck[1]) >= 0)
                  rec.blockedBy.push(d.id);
          }
          report.vehicles.push(rec);
          reachedOnce ||= rec.reached;
        }
        if (t.site && v.aerial) {
          // Set-ups only where the appliance can drive to: none if no gate reaches the site.
          const setups = reachedOnce ? turntables(goal.poses, centreOffset(g)) : [];
          const reach = aerialReach(b, v, t.id, setups);
          const ok = new Set(reach.reachable);
          const storeysWithOpenings = new Set(openingList.map((o) => o.storey));
          const reachedStoreys = new Set(openingList.filter((o) => ok.has(o.id)).map((o) => o.storey));
          const setup = goal.setup;
          report.aerial.push({
            ...reach,
            outriggers: setup
              ? {
                  tried: setup.tried,
                  fit: setup.fit,
                  footprint: setup.footprint,
                  shortfall: setup.shortfall,
                  refused: setup.refused,
                  message: outriggerMessage(setup, t.id),
                }
              : null,
            siteReached: reachedOnce,
            unreachableStoreys: b.storeys
              .map((s) => s.id)
              .filter((s) => storeysWithOpenings.has(s) && !reachedStoreys.has(s)),
          });
        }
      }
    }
  } finally {
    world.dispose();
  }
  finishOpenings();
  return report;
}
