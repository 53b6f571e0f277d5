/**
 * Groups and familiar targets of a freshly spawned population (Lifeline extensions on a space's
 * `occupants`, docs/model-format.md):
 *   - `groups: "unit"` — everyone of the same `unit` (household) on a storey is one group (a space
 *     without a unit: its own occupants); `{ "share": f }` — each unit is a group with probability f
 *     (drawn per unit with the seeded generator), else its people leave alone; `[n1, n2, …]` — the
 *     space's first n1 persons are one group, the next n2 another, the rest alone.
 *   - `familiar: [{ exit | stair | refuge, weight }]` — each person is familiar with one target,
 *     drawn in proportion to the weights; a group shares its first member's.
 * A group leaves when its last member is ready (the largest pre-movement: "parents wait for a
 * child") and walks at its slowest member's level and stair speed (Pathfinder groups: "once the
 * group has reformed, they move at the speed of the slowest member", Thunderhead Engineering,
 * Group Movement in Pathfinder, support.thunderheadeng.com/tutorials/pathfinder/group-movement/).
 * Both evacuation modes spawn through here, so the hydraulic mode sees the same groups.
 * Draws happen after every person is placed, and only for spaces that use these fields: a file
 * without them gives the same people as before, bit for bit.
 */
import type { Building } from '../../../models/schema/building.ts';
import { occupantCount } from '../../../models/metrics/occupants.ts';
import type { Rng } from '../../random/rng.ts';
import { emptyGroupState, type FamiliarKind, type GroupState } from '../groups/group-state.ts';
import type { AgentArrays } from './agent-arrays.ts';

export function formGroups(b: Building, a: AgentArrays, rng: Rng): GroupState {
  const gs = emptyGroupState();
  const lists: number[][] = [];
  const byUnit = new Map<string, { members: number[]; share: number }>();
  const familiarIndex = new Map<string, number>();
  let first = 0;
  b.storeys.forEach((st, si) => {
    for (const sp of st.spaces) {
      const count = occupantCount(sp);
      const occ = sp.occupants;
      if (count > 0 && occ?.familiar) {
        const idx = occ.familiar.map((f) => {
          const kind: FamiliarKind =
            f.exit !== undefined ? 'exit' : f.stair !== undefined ? 'stair' : 'refuge';
          const id = f.exit ?? f.stair ?? f.refuge ?? '';
          const key = `${kind}\u0000${id}`;
          let k = familiarIndex.get(key);
          if (k === undefined) {
            k = gs.familiarKind.length;
            familiarIndex.set(key, k);
            gs.familiarKind.push(kind);
            gs.familiarId.push(id);
          }
          return k;
        });
        let total = 0;
        for (const f of occ.familiar) total += f.weight;
        for (let k = 0; k < count; k++) {
          let u = rng.next() * total;
          let chosen = idx[idx.length - 1]!;
          for (let e = 0; e < idx.length; e++) {
            const w = occ.familiar[e]!.weight;
            if (u < w) {
              chosen = idx[e]!;
              break;
            }
            u -= w;
          }
          a.familiar[first + k] = chosen;
        }
      }
      const g = occ?.groups;
      if (count > 0 && g !== undefined) {
        if (Array.isArray(g)) {
          let k = 0;
          for (const size of g) {
            const members: number[] = [];
            for (let m = 0; m < size && k < count; m++, k++) members.push(first + k);
            lists.push(members);
          }
        } else {
          const key = `${si}\u0000${sp.unit ?? '\u0001' + sp.id}`;
          let u = byUnit.get(key);
          if (!u) byUnit.set(key, (u = { members: [], share: g === 'unit' ? 1 : g.share }));
          for (let k = 0; k < count; k++) u.members.push(first + k);
        }
      }
      first += count;
    }
  });
  for (const u of byUnit.values()) if (u.share >= 1 || rng.next() < u.share) lists.push(u.members);

  const groups = lists.filter((m) => m.length >= 2);
  gs.count = groups.length;
  gs.start = new Int32Array(groups.length + 1);
  let total = 0;
  let largest = 0;
  groups.forEach((m, k) => {
    total += m.length;
    gs.start[k + 1] = total;
    largest = Math.max(largest, m.length);
  });
  gs.members = new Int32Array(total);
  gs.speed = new Float32Array(groups.length);
  gs.orderAgent = new Int32Array(largest);
  gs.orderDist = new Float64Array(largest);
  groups.forEach((m, k) => {
    m.sort((x, y) => x - y);
    gs.members.set(m, gs.start[k]!);
    let ready = 0;
    let speed = Infinity;
    let stairFactor = Infinity;
    for (const i of m) {
      ready = Math.max(ready, a.premovement[i]!);
      speed = Math.min(speed, a.v0[i]!);
      stairFactor = Math.min(stairFactor, a.stairFactor[i]!);
    }
    gs.speed[k] = speed;
    const lead = m[0]!;
    for (const i of m) {
      a.group[i] = k;
      a.premovement[i] = ready;
      a.v0[i] = speed;
      a.stairFactor[i] = stairFactor;
      a.familiar[i] = a.familiar[lead]!;
    }
  });
  return gs;
}
