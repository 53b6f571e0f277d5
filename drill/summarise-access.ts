/** An access report (sim-core/access analyseAccess) → the drill's access summary. */
import type { Building } from '../models/schema/building.ts';
import type { AccessReport } from '../sim-core/access/analyse-access.ts';
import type { AccessSummary, AccessVehicleSummary } from './summary-types.ts';

const MAX_PATH_POINTS = 200;

function thin(path: readonly (readonly number[])[]): [number, number][] {
  const step = Math.max(1, Math.ceil(path.length / MAX_PATH_POINTS));
  const out: [number, number][] = [];
  for (let i = 0; i < path.length; i += step) out.push([path[i]![0]!, path[i]![1]!]);
  const last = path[path.length - 1];
  if (last && (path.length - 1) % step !== 0) out.push([last[0]!, last[1]!]);
  return out;
}

export function vehicleSummaries(r: AccessReport): AccessVehicleSummary[] {
  const ids = [...new Set(r.vehicles.map((v) => v.id))];
  return ids.map((id) => {
    const routes = r.vehicles.filter((v) => v.id === id);
    const reached = routes
      .filter((v) => v.reached && v.arrivalTime !== null)
      .sort((a, b) => a.arrivalTime! - b.arrivalTime!);
    const best = reached[0];
    return {
      id,
      best: best
        ? {
            entrance: best.entrance,
            target: best.target,
            arrivalTime: best.arrivalTime!,
            reversals: best.reversals,
          }
        : null,
      blocked: routes
        .filter((v) => !v.reached)
        .map((v) => ({
          entrance: v.entrance,
          target: v.target,
          blockedBy: v.blockedBy,
          removeToPass: v.removeToPass,
        })),
    };
  });
}

/** The highest of the aerial appliances' highest storeys, in building order. */
export function highestReachable(b: Building, r: AccessReport): string | null {
  const order = b.storeys.map((s) => s.id);
  let best: string | null = null;
  for (const a of r.aerial)
    if (a.highestStorey !== null && (best === null || order.indexOf(a.highestStorey) > order.indexOf(best)))
      best = a.highestStorey;
  return best;
}

export function summariseAccess(
  b: Building,
  r: AccessReport,
  towing: AccessSummary['towing'],
): AccessSummary {
  return {
    vehicles: vehicleSummaries(r),
    aerial: r.aerial.map((a) => ({
      vehicle: a.vehicle,
      site: a.site,
      siteReached: a.siteReached,
      highestStorey: a.highestStorey,
      unreachableStoreys: a.unreachableStoreys,
    })),
    highestReachableStorey: highestReachable(b, r),
    towing,
    canopy: { share: r.facade.canopyShare, riskClass: r.facade.riskClass },
    checks: r.checks.map(({ message, ...rest }) => ({ ...rest, text: message })),
    paths: r.vehicles
      .filter((v) => v.path.length > 0)
      .map((v) => ({ vehicle: v.id, entrance: v.entrance, reached: v.reached, points: thin(v.path) })),
    problems: r.problems.map((p) => p.message),
  };
}

/**
 * The obstacles to tow so every vehicle that gets in from no entrance can: per such vehicle, its
 * smallest `removeToPass` set; null when every vehicle gets in somewhere (or nothing removable helps).
 */
export function towList(vehicles: readonly AccessVehicleSummary[]): string[] | null {
  const remove = new Set<string>();
  for (const v of vehicles) {
    if (v.best) continue;
    const sets = v.blocked.map((x) => x.removeToPass).filter((s): s is string[] => s !== null);
    sets.sort((a, b) => a.length - b.length);
    for (const id of sets[0] ?? []) remove.add(id);
  }
  return remove.size > 0 ? [...remove].sort() : null;
}
