/**
 * Which facade openings the basket of an aerial appliance can reach from a rescue site.
 *
 * Method. The candidate set-ups are the verified goal poses of the rescue site (goals.ts: body and
 * outrigger footprint inside the site and clear of obstacles, sampled every 1 m along the site's
 * edge headings). The turntable is taken at the body centre (TYPICAL, UNVERIFIED: on Chinese
 * 50 m-class platforms it sits between the cab and the rear axle; data sheets were not available,
 * water-and-access.md §4). An opening is the point at its `at` (on the outer wall line) at height
 * storey elevation + sill: where people climb out. It is reachable when, from some candidate set-up,
 * its horizontal distance to the turntable and its height lie inside the envelope
 * (aerial-envelope.ts) — so for each opening the turntable position that maximises reach (the
 * nearest one) is chosen; the appliance may be re-positioned within the site. The single set-up that
 * reaches the most openings (ties: the highest storey) is reported too. Not modelled: the boom's
 * clearance past balconies and canopies below the target, wind, slope of the site.
 *
 * Blocked: a reachable opening with a protruding window cage without an escape hatch cannot be
 * used ("net"); one under a combustible canopy (an awning that burns, sags and fouls the basket:
 * a modelling choice, TYPICAL) is "canopy".
 */
import type { Building } from '../../models/schema/building.ts';
import type { Opening } from '../../models/schema/facade.ts';
import type { Vehicle } from '../../models/schema/vehicle.ts';
import { insideEnvelope } from './aerial-envelope.ts';

export interface SetupPose {
  /** Turntable position (m) and body heading (degrees). */
  x: number;
  y: number;
  heading: number;
}

export interface AerialReach {
  vehicle: string;
  site: string;
  /** Candidate set-ups considered. */
  setups: number;
  /** The set-up reaching most openings, or null when there is none. */
  best: (SetupPose & { openings: number }) | null;
  /** Opening ids reachable from some set-up. */
  reachable: string[];
  /** Highest storey (id) with a reachable opening, and its elevation; null if none. */
  highestStorey: string | null;
  highestElevation: number | null;
}

export type Blocked = 'net' | 'canopy' | null;

export function openingBlocked(o: Opening): Blocked {
  if (o.net === 'protruding' && o.hatch !== true) return 'net';
  if (o.canopy === 'combustible') return 'canopy';
  return null;
}

/**
 * Turntable positions from rear-axle goal poses (x y θ triples): the body centre, half-way between
 * the inflated front and rear, is `centreAhead` ahead of the rear axle.
 */
export function turntables(poses: Float64Array, centreAhead: number): SetupPose[] {
  const out: SetupPose[] = [];
  for (let k = 0; k + 2 < poses.length; k += 3) {
    const th = poses[k + 2]!;
    out.push({
      x: poses[k]! + centreAhead * Math.cos(th),
      y: poses[k + 1]! + centreAhead * Math.sin(th),
      heading: (th * 180) / Math.PI,
    });
  }
  return out;
}

export function aerialReach(
  b: Building,
  v: Vehicle,
  site: string,
  setups: readonly SetupPose[],
): AerialReach {
  const env = v.aerial?.envelope ?? [];
  const elev = new Map(b.storeys.map((s) => [s.id, s.elevation] as const));
  const order = new Map(b.storeys.map((s, i) => [s.id, i] as const));
  const openings = b.facade?.openings ?? [];
  const z = openings.map((o) => (elev.get(o.storey) ?? 0) + o.sill);
  const counts = new Int32Array(setups.length);
  const top = new Int32Array(setups.length).fill(-1);
  const reachable: string[] = [];
  let highest = -1;
  openings.forEach((o, i) => {
    let any = false;
    setups.forEach((p, k) => {
      if (insideEnvelope(env, Math.hypot(o.at[0] - p.x, o.at[1] - p.y), z[i]!)) {
        any = true;
        counts[k]!++;
        top[k] = Math.max(top[k]!, order.get(o.storey) ?? -1);
      }
    });
    if (any) {
      reachable.push(o.id);
      highest = Math.max(highest, order.get(o.storey) ?? -1);
    }
  });
  let bestK = -1;
  for (let k = 0; k < setups.length; k++)
    if (bestK < 0 || counts[k]! > counts[bestK]! || (counts[k] === counts[bestK] && top[k]! > top[bestK]!))
      bestK = k;
  const bestPose = bestK >= 0 ? setups[bestK]! : undefined;
  const hs = highest >= 0 ? b.storeys[highest]! : undefined;
  return {
    vehicle: v.id,
    site,
    setups: setups.length,
    best: bestPose
      ? {
          x: Math.round(bestPose.x * 100) / 100,
          y: Math.round(bestPose.y * 100) / 100,
          heading: Math.round(bestPose.heading * 10) / 10,
          openings: counts[bestK]!,
        }
      : null,
    reachable,
    highestStorey: hs ? hs.id : null,
    highestElevation: hs ? hs.elevation : null,
  };
}
