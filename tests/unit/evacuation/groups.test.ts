/**
 * Groups (occupants `groups`), familiar targets (`familiar`) and social influence in the agent
 * engine: population/form-groups.ts, groups/step-groups.ts, navigation/choose-goal.ts.
 */
import { describe, expect, it } from 'vitest';
import { generateTower } from '../../../models/generator/tower.ts';
import type { Building } from '../../../models/schema/building.ts';
import { prepareEvacuation, runEvacuation, startEvacuation } from '../../../sim-core/evacuation/index.ts';
import { runHydraulic } from '../../../sim-core/evacuation/hydraulic/index.ts';
import { building, door, fixedProfile, rect, space } from '../../verification/evacuation/buildings.ts';

/** A 3-storey residential tower from the generator (two stairs A and B, 8 units of 3 a storey). */
function tower(
  edit: (occ: NonNullable<Building['storeys'][number]['spaces'][number]['occupants']>) => void,
): Building {
  const b = generateTower({ storeys: 3, stairs: 'two', occupantsPerUnit: 3 });
  for (const st of b.storeys) for (const sp of st.spaces) if (sp.occupants) edit(sp.occupants);
  return b;
}

/** Members per group index (from the agent field `group`). */
function groupsOf(b: Building, seed = 1): Map<number, number[]> {
  const sim = prepareEvacuation(b, { seed });
  const out = new Map<number, number[]>();
  for (let i = 0; i < sim.a.n; i++) {
    const g = sim.a.group[i]!;
    if (g < 0) continue;
    if (!out.has(g)) out.set(g, []);
    out.get(g)!.push(i);
  }
  return out;
}

describe('forming groups', () => {
  it('"unit": each household is one group that leaves with its last member and at its slowest pace', () => {
    const plain = prepareEvacuation(
      tower(() => {}),
      { seed: 4 },
    );
    const sim = prepareEvacuation(
      tower((o) => (o.groups = 'unit')),
      { seed: 4 },
    );
    const a = sim.a;
    const gs = sim.pop.groups;
    // 2 storeys with residents (F2, F3; the generator leaves F1 empty?) — count from the data.
    const units = new Set<string>();
    for (let i = 0; i < a.n; i++) units.add(`${a.storey[i]}:${sim.layout.spaces[a.startSpace[i]!]!.id}`);
    expect(gs.count).toBe(units.size);
    for (let k = 0; k < gs.count; k++) {
      const members = [...gs.members.subarray(gs.start[k]!, gs.start[k + 1]!)];
      expect(members.length).toBe(3);
      const ready = Math.max(...members.map((i) => plain.a.premovement[i]!));
      const slowest = Math.min(...members.map((i) => plain.a.v0[i]!));
      const stair = Math.min(...members.map((i) => plain.a.stairFactor[i]!));
      for (const i of members) {
        expect(a.group[i]).toBe(k);
        expect(a.premovement[i]).toBe(ready);
        expect(a.v0[i]).toBe(slowest);
        expect(a.stairFactor[i]).toBe(stair);
        // Same person otherwise: positions and profiles are drawn before the groups.
        expect(a.x[i]).toBe(plain.a.x[i]);
        expect(a.profile[i]).toBe(plain.a.profile[i]);
      }
      expect(gs.speed[k]).toBe(slowest);
    }
  });

  it('{ share }: 0 → nobody grouped, 1 → every unit, 0.5 → about half the units (seeded)', () => {
    expect(groupsOf(tower((o) => (o.groups = { share: 0 }))).size).toBe(0);
    const all = groupsOf(tower((o) => (o.groups = { share: 1 }))).size;
    expect(all).toBeGreaterThan(10);
    const half = groupsOf(tower((o) => (o.groups = { share: 0.5 }))).size;
    expect(half).toBeGreaterThan(0.2 * all);
    expect(half).toBeLessThan(0.8 * all);
    expect(groupsOf(tower((o) => (o.groups = { share: 0.5 }))).size).toBe(half);
  });

  it("explicit sizes take the space's people in order; the rest walk alone", () => {
    const b = building(
      [
        {
          id: 'G',
          elevation: 0,
          height: 3,
          spaces: [space('room', rect(0, 0, 10, 10), { count: 6, profile: 'p', groups: [2, 3] })],
          doors: [door('exit', 'room', 'outside', [10, 4], [10, 6])],
        },
      ],
      { profiles: [fixedProfile('p', 1.2)] },
    );
    const sim = prepareEvacuation(b, { seed: 1 });
    expect([...sim.a.group]).toEqual([0, 0, 1, 1, 1, -1]);
  });

  it('familiar targets are drawn in proportion to their weights, shared within a group', () => {
    const b = tower((o) => {
      o.count = 30;
      o.familiar = [
        { stair: 'A', weight: 1 },
        { stair: 'B', weight: 4 },
      ];
    });
    const sim = prepareEvacuation(b, { seed: 2 });
    const f = sim.a.familiar;
    const gs = sim.pop.groups;
    const toB = [...f].filter((k) => gs.familiarId[k] === 'B').length;
    expect(f.every((k) => k >= 0)).toBe(true);
    // 0.8 of n ≈ 480: within 4 standard errors.
    const n = f.length;
    expect(Math.abs(toB / n - 0.8)).toBeLessThan(4 * Math.sqrt((0.8 * 0.2) / n));
    const grouped = prepareEvacuation(
      tower((o) => {
        o.groups = 'unit';
        o.familiar = [
          { stair: 'A', weight: 1 },
          { stair: 'B', weight: 1 },
        ];
      }),
      { seed: 2 },
    );
    const g = grouped.pop.groups;
    for (let k = 0; k < g.count; k++) {
      const m = [...g.members.subarray(g.start[k]!, g.start[k + 1]!)];
      expect(new Set(m.map((i) => grouped.a.familiar[i])).size).toBe(1);
    }
  });

  it('the same seed gives the same run with groups and familiar targets', () => {
    const b = tower((o) => {
      o.groups = { share: 0.5 };
      o.familiar = [
        { stair: 'A', weight: 1 },
        { stair: 'B', weight: 2 },
      ];
    });
    const r1 = runEvacuation(b, { seed: 3 });
    const r2 = runEvacuation(JSON.parse(JSON.stringify(b)) as Building, { seed: 3 });
    expect(r2.evacuationTime).toBe(r1.evacuationTime);
    expect(r2.agents.map((x) => x.exitTime)).toEqual(r1.agents.map((x) => x.exitTime));
  });
});

describe('groups in a run', () => {
  /** Which stair each person first took (−1 none), by stepping the run. */
  function stairsTaken(b: Building, seed: number, social = true): { stair: Int32Array; group: Int32Array } {
    const run = startEvacuation(b, { seed, socialInfluence: social });
    const a = run.sim.a;
    const stair = new Int32Array(a.n).fill(-1);
    while (!run.done()) {
      run.step();
      for (let i = 0; i < a.n; i++)
        if (stair[i]! < 0 && a.lane[i]! >= 0) stair[i] = run.sim.laneStair[a.lane[i]!]!;
    }
    const r = run.result();
    expect(r.evacuated).toBe(r.occupants);
    return { stair, group: a.group };
  }

  it('a group walks one route: in a room with two exits nobody leaves by another exit than the rest of the group', () => {
    // 12 people at random spots of a 10 × 10 m room, exits centred on the west and east walls;
    // groups of 3 (explicit sizes). Control: the same people without groups do split.
    const room = (groups: boolean, k: number): Building => {
      let s = 7919 * (k + 1);
      const rnd = (): number => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
      const positions: [number, number][] = [];
      while (positions.length < 12) {
        const p: [number, number] = [0.5 + 9 * rnd(), 0.5 + 9 * rnd()];
        if (positions.every((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) > 0.5)) positions.push(p);
      }
      return building(
        [
          {
            id: 'G',
            elevation: 0,
            height: 3,
            spaces: [
              space('room', rect(0, 0, 10, 10), {
                positions,
                profile: 'p',
                ...(groups ? { groups: [3, 3, 3, 3] } : {}),
              }),
            ],
            doors: [
              door('w', 'room', 'outside', [0, 4.5], [0, 5.5]),
              door('e', 'room', 'outside', [10, 4.5], [10, 5.5]),
            ],
          },
        ],
        { profiles: [fixedProfile('p', 1.2, 2)] },
      );
    };
    const splits = (groups: boolean): number => {
      let n = 0;
      for (let k = 0; k < 10; k++) {
        const r = runEvacuation(room(groups, k), { seed: k + 1, socialInfluence: false });
        expect(r.evacuated).toBe(12);
        for (let g = 0; g < 4; g++)
          if (new Set(r.agents.slice(3 * g, 3 * g + 3).map((x) => x.exit)).size > 1) n++;
      }
      return n;
    };
    expect(splits(true)).toBe(0);
    expect(splits(false)).toBeGreaterThan(5);
  });

  it('a familiar stair is preferred: residents who know stair B use it more', () => {
    const count = (w: [number, number]) => {
      const r = stairsTaken(
        tower((o) => {
          o.familiar = [
            { stair: 'A', weight: w[0] },
            { stair: 'B', weight: w[1] },
          ];
        }),
        6,
        false,
      );
      const used = [...r.stair].filter((x) => x >= 0);
      return used.filter((x) => x === 1).length / used.length;
    };
    const even = count([1, 1]);
    const b = count([1, 9]);
    // Units next to stair A still take it (the familiar one must not be more than twice as far
    // to reach), so the share moves by less than the weights do.
    expect(b).toBeGreaterThan(even + 0.1);
    expect(b).toBeGreaterThan(0.6);
  });

  it('the hydraulic allocation prefers the familiar stair too', () => {
    // People above F1 who come down stair B leave by its exit (d-F1-stairB-exit).
    const shareB = (w: [number, number]): number => {
      const h = runHydraulic(
        tower((o) => {
          o.familiar = [
            { stair: 'A', weight: w[0] },
            { stair: 'B', weight: w[1] },
          ];
        }),
        { seed: 6 },
      );
      const up = h.agents.filter((x) => !x.start.startsWith('F1'));
      return up.filter((x) => (x.exit ?? '').includes('stairB')).length / up.length;
    };
    expect(shareB([1, 9])).toBeGreaterThan(shareB([1, 1]) + 0.05);
    expect(shareB([9, 1])).toBeLessThan(shareB([1, 1]) - 0.05);
  });

  it('the hydraulic mode sees the same households (shared pre-movement, slowest speed)', () => {
    const b = tower((o) => (o.groups = 'unit'));
    const h = runHydraulic(b, { seed: 1 });
    const byStart = new Map<string, number[]>();
    for (const ag of h.agents) {
      if (!byStart.has(ag.start)) byStart.set(ag.start, []);
      byStart.get(ag.start)!.push(ag.premovement);
    }
    for (const pm of byStart.values()) expect(new Set(pm).size).toBe(1);
  });
});
