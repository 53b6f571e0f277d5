/**
 * The people of a building, drawn with the seeded generator: for every space with occupants, the
 * number of persons (models/metrics occupantCount: positions, count, or density × area), each one's
 * profile (the space's `profile`, or drawn from its `mix`, default `adult`), free speed,
 * pre-movement time and position (given `positions`, else uniform in the space, clear of walls and
 * of people already placed when there is room).
 */
import type { Building } from '../../../models/schema/building.ts';
import type { Profile } from '../../../models/schema/profile.ts';
import { occupantCount } from '../../../models/metrics/occupants.ts';
import { bbox, distanceToBoundary, pointInPolygon } from '../../../models/geometry/polygon.ts';
import type { Rng } from '../../random/rng.ts';
import { sample } from '../../random/sample-distribution.ts';
import type { BuildingLayout } from '../layout/building-layout.ts';
import { navCellOf } from '../layout/nav-grid.ts';
import { createAgentArrays, type AgentArrays } from './agent-arrays.ts';
import { formGroups } from './form-groups.ts';
import type { GroupState } from '../groups/group-state.ts';

/** Free speeds are clamped to this range (m/s): validation warns on unbounded distributions. */
const MIN_SPEED = 0.1;
const MAX_SPEED = 3;
/** Tries for a clear spot before accepting an overlap, and before giving up on wall clearance. */
const PLACE_TRIES = 60;

export interface Population {
  agents: AgentArrays;
  profiles: Profile[];
  /** Per person: their index within their start space (for ids like "F3-301#2"). */
  ordinal: Int32Array;
  /** Households who leave together, familiar targets, social influence (population/form-groups.ts). */
  groups: GroupState;
}

export function spawnAgents(b: Building, layout: BuildingLayout, profiles: Profile[], rng: Rng): Population {
  const profileIndex = new Map(profiles.map((p, i) => [p.id, i]));
  let n = 0;
  for (const st of b.storeys) for (const sp of st.spaces) n += occupantCount(sp);
  const a = createAgentArrays(n);
  const ordinal = new Int32Array(n);
  let i = 0;
  for (const st of b.storeys) {
    for (const sp of st.spaces) {
      const count = occupantCount(sp);
      if (count === 0) continue;
      const occ = sp.occupants!;
      const spaceIdx = layout.spaceIndex.get(sp.id)!;
      const storeyIdx = layout.spaces[spaceIdx]!.storey;
      const nav = layout.storeys[storeyIdx]!.nav;
      const box = bbox(sp.polygon);
      // Placed people of this space on a coarse hash, to keep new ones clear of them.
      const placed = new Map<number, number[]>();
      const key = (x: number, y: number): number => Math.floor(x) * 100003 + Math.floor(y);
      const clearOfOthers = (x: number, y: number, r: number): boolean => {
        for (let dx = -1; dx <= 1; dx++)
          for (let dy = -1; dy <= 1; dy++)
            for (const j of placed.get(key(x + dx, y + dy)) ?? [])
              if (Math.hypot(a.x[j]! - x, a.y[j]! - y) < r + a.radius[j]!) return false;
        return true;
      };
      for (let k = 0; k < count; k++, i++) {
        let pi: number;
        if (occ.mix) {
          let u = rng.next();
          let chosen = occ.mix[occ.mix.length - 1]!.profile;
          for (const share of occ.mix) {
            if (u < share.fraction) {
              chosen = share.profile;
              break;
            }
            u -= share.fraction;
          }
          pi = profileIndex.get(chosen) ?? 0;
        } else pi = profileIndex.get(occ.profile ?? 'adult') ?? 0;
        const prof = profiles[pi]!;
        a.profile[i] = pi;
        a.radius[i] = prof.radius;
        a.v0[i] = Math.min(MAX_SPEED, Math.max(MIN_SPEED, sample(prof.speed, rng)));
        a.stairFactor[i] = prof.stairFactor ?? 1;
        a.premovement[i] = Math.max(0, sample(prof.premovement, rng));
        a.storey[i] = storeyIdx;
        a.space[i] = spaceIdx;
        a.startSpace[i] = spaceIdx;
        ordinal[i] = k;
        const given = occ.positions?.[k];
        let x = given?.[0] ?? (box.minX + box.maxX) / 2;
        let y = given?.[1] ?? (box.minY + box.maxY) / 2;
        if (!given) {
          const r = prof.radius;
          for (let t = 0; t < PLACE_TRIES * 3; t++) {
            const px = box.minX + (box.maxX - box.minX) * rng.next();
            const py = box.minY + (box.maxY - box.minY) * rng.next();
            if (!pointInPolygon([px, py], sp.polygon)) continue;
            const c = navCellOf(nav, px, py);
            if (c < 0 || nav.space[c] !== spaceIdx) continue;
            const wallOk = t >= PLACE_TRIES * 2 || distanceToBoundary([px, py], sp.polygon) >= r;
            const othersOk = t >= PLACE_TRIES || clearOfOthers(px, py, r);
            x = px;
            y = py;
            if (wallOk && othersOk) break;
          }
        }
        a.x[i] = x;
        a.y[i] = y;
        const kk = key(x, y);
        let list = placed.get(kk);
        if (!list) placed.set(kk, (list = []));
        list.push(i);
      }
    }
  }
  return { agents: a, profiles, ordinal, groups: formGroups(b, a, rng) };
}
