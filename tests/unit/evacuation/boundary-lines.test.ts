/**
 * Walkers placed or stopped exactly on a line: an exit's door line, a wall, a room corner, a door
 * between two rooms, a stair landing's door. Each must get out in bounded time, on the right side of
 * the line, never through a wall (issue 3: RiMEA 11 seeds 5, 8, 9 left one walker shuttling for
 * ever on the exit threshold at (21.27, 0.00) of the 30 × 20 m hall).
 */
import { describe, expect, it } from 'vitest';
import { prepareEvacuation, stepSim } from '../../../sim-core/evacuation/index.ts';
import type { Sim } from '../../../sim-core/evacuation/index.ts';
import { desiredDirection } from '../../../sim-core/evacuation/movement/desired-direction.ts';
import { SAFE, WALKING } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import { pointInPolygon } from '../../../models/geometry/polygon.ts';
import type { Point } from '../../../models/schema/common.ts';
import { building, door, fixedProfile, rect, space } from '../../verification/evacuation/buildings.ts';

/** A 10 × 6 m room with a 1 m exit at x 4–5 on y = 0; one walker (1.2 m/s) at `at`. */
const room = (at: Point) =>
  building(
    [
      {
        id: 'G',
        elevation: 0,
        height: 3,
        spaces: [space('room', rect(0, 0, 10, 6), { positions: [at], profile: 'p' })],
        doors: [door('exit', 'room', 'outside', [4, 0], [5, 0])],
      },
    ],
    { profiles: [fixedProfile('p', 1.2)] },
  );

/** Prepares a run and then moves walker 0 to `at` (the validator refuses some boundary positions
 * as occupant positions, but a walker can stop there: this is the engine's state, not the file's). */
function placed(b: ReturnType<typeof room>, at: Point): Sim {
  const sim = prepareEvacuation(b, { seed: 1 });
  sim.a.x[0] = at[0];
  sim.a.y[0] = at[1];
  return sim;
}

/** Steps until everyone is safe or `limit` s; checks every step that walkers stay inside `outline`. */
function runInside(sim: Sim, limit: number, outline: Point[][]): void {
  while (sim.safe < sim.a.n && sim.t < limit) {
    stepSim(sim);
    for (let i = 0; i < sim.a.n; i++) {
      if (sim.a.state[i] !== WALKING) continue;
      const p: Point = [sim.a.x[i]!, sim.a.y[i]!];
      // On the line itself is allowed only where the walker was placed; inside otherwise.
      expect(
        outline.some((ring) => pointInPolygon(p, ring)),
        `walker ${i} at (${p[0]}, ${p[1]}), ${sim.t} s`,
      ).toBe(true);
    }
  }
}

describe('walkers exactly on a line', () => {
  it('on an exit door line: through it within 2 s', () => {
    for (const x of [4.27, 4.5, 4.95]) {
      const sim = prepareEvacuation(room([x, 0]), { seed: 1 });
      runInside(sim, 2, [rect(0, 0, 10, 6)]);
      expect(sim.safe, `at (${x}, 0)`).toBe(1);
    }
  });

  it('a hair inside the threshold, where the cell centre is outdoors: the direction points out', () => {
    // The RiMEA 11 case: (21.27, 0.002) — 2 mm inside the exit line. The desired direction used to
    // point back to the nearest cell centre inside, so the walker shuttled between two points.
    const sim = prepareEvacuation(room([4.27, 0.5]), { seed: 1 });
    stepSim(sim);
    sim.a.x[0] = 4.27;
    sim.a.y[0] = 0.002;
    desiredDirection(sim, 0);
    expect(sim.a.ey[0]!).toBeLessThan(-0.9);
    runInside(sim, 2, [rect(0, 0, 10, 6)]);
    expect(sim.safe).toBe(1);
  });

  it('on a wall line, on a corner and on a wall beside the door: out within the travel time + 2 s', () => {
    const cases: [Point, number][] = [
      [[7, 6], Math.hypot(2.5, 6)],
      [[10, 3], Math.hypot(5.5, 3)],
      [[0, 0], 4.5],
      [[10, 6], Math.hypot(5.5, 6)],
      [[3.5, 0], 1],
    ];
    for (const [at, dist] of cases) {
      const sim = placed(room([5, 3]), at);
      runInside(sim, dist / 1.2 + 2, [rect(0, 0, 10, 6)]);
      expect(sim.safe, `from (${at[0]}, ${at[1]})`).toBe(1);
      expect(sim.a.exitTime[0]!).toBeLessThanOrEqual(dist / 1.2 + 2);
    }
  });

  it('on the edge of an obstacle: set off it into the room, never into the obstacle', () => {
    const b = building(
      [
        {
          id: 'G',
          elevation: 0,
          height: 3,
          spaces: [space('room', rect(0, 0, 10, 6), { positions: [[6, 3]], profile: 'p' })],
          doors: [door('exit', 'room', 'outside', [4, 0], [5, 0])],
          obstacles: [{ id: 'col', polygon: rect(5, 2, 6, 4) }],
        },
      ],
      { profiles: [fixedProfile('p', 1.2)] },
    );
    const sim = prepareEvacuation(b, { seed: 1 });
    while (sim.safe < 1 && sim.t < 10) {
      stepSim(sim);
      if (sim.a.state[0] === WALKING && sim.t > 0.15)
        expect(pointInPolygon([sim.a.x[0]!, sim.a.y[0]!], rect(5, 2, 6, 4))).toBe(false);
    }
    expect(sim.safe).toBe(1);
  });

  it('on the door line between two rooms: into the room it walks to, the door counted once or never', () => {
    // Rooms A (x 0–5) and B (x 5–10), door A|B at x = 5, y 2–3. The walker stands on that door line
    // as an occupant of A. Exit in B: it crosses once. Exit in A: it goes back, never crossing.
    const twoRooms = (exitIn: 'A' | 'B') =>
      building(
        [
          {
            id: 'G',
            elevation: 0,
            height: 3,
            spaces: [
              space('A', rect(0, 0, 5, 6), { positions: [[4, 2.5]], profile: 'p' }),
              space('B', rect(5, 0, 10, 6)),
            ],
            doors: [
              door('ab', 'A', 'B', [5, 2], [5, 3]),
              exitIn === 'B'
                ? door('exit', 'B', 'outside', [10, 2], [10, 3])
                : door('exit', 'A', 'outside', [0, 2], [0, 3]),
            ],
          },
        ],
        { profiles: [fixedProfile('p', 1.2)] },
      );
    for (const exitIn of ['A', 'B'] as const) {
      const sim = placed(twoRooms(exitIn), [5, 2.5]);
      const ab = sim.layout.doorIndex.get('ab')!;
      const A = sim.layout.spaceIndex.get('A')!;
      const B = sim.layout.spaceIndex.get('B')!;
      while (sim.safe < 1 && sim.t < 10) {
        stepSim(sim);
        if (sim.a.state[0] !== WALKING) continue;
        // The space a walker is in always agrees with the side of the door line it stands on.
        if (sim.a.x[0]! < 5) expect(sim.a.space[0]).toBe(A);
        if (sim.a.x[0]! > 5) expect(sim.a.space[0]).toBe(B);
      }
      expect(sim.safe, `exit in ${exitIn}`).toBe(1);
      expect(sim.doorCount[ab]).toBe(exitIn === 'B' ? 1 : 0);
      expect(sim.a.exitTime[0]!).toBeLessThanOrEqual(5 / 1.2 + 2);
    }
  });

  it('on the door line of a stair landing: onto the stair and out', () => {
    const storeys = ['F1', 'F2'].map((id, k) => ({
      id,
      elevation: 3 * k,
      height: 3,
      spaces: [
        space(
          `${id}-room`,
          rect(0, 0, 10, 6),
          k === 1 ? { positions: [[9, 3] as Point], profile: 'p' } : undefined,
        ),
        space(`${id}-stair`, rect(10, 0, 13, 6), undefined, 'stair'),
      ],
      doors: [
        door(`${id}-d`, `${id}-room`, `${id}-stair`, [10, 2.4], [10, 3.6]),
        ...(k === 0 ? [door('exit', 'F1-stair', 'outside', [13, 2.4], [13, 3.6])] : []),
      ],
    }));
    const b = building(storeys, {
      profiles: [fixedProfile('p', 1.2)],
      stairs: [
        {
          id: 'S',
          width: 1.2,
          riser: 0.17,
          tread: 0.28,
          enclosure: 'enclosed',
          landings: storeys.map((s) => ({ storey: s.id, space: `${s.id}-stair` })),
        },
      ],
    });
    const sim = placed(b, [10, 3]);
    runInside(sim, 60, [rect(0, 0, 13, 6)]);
    expect(sim.safe).toBe(1);
  });

  it('the hall of RiMEA 11 with everyone placed on the two exit lines and the walls: all out', () => {
    // 40 walkers on lines at once: both exit lines and the wall between them (y = 0), plus the
    // left wall (x = 0). Exits x 21–22 and 27–28 on y = 0.
    const at: Point[] = [];
    for (let k = 0; k < 10; k++) at.push([21.05 + 0.1 * k, 0], [27.05 + 0.1 * k, 0]);
    for (let k = 0; k < 10; k++) at.push([22.5 + 0.45 * k, 0], [0, 1 + 1.5 * k]);
    const b = building(
      [
        {
          id: 'G',
          elevation: 0,
          height: 3,
          spaces: [space('hall', rect(0, 0, 30, 20), { positions: at, profile: 'p' })],
          doors: [
            door('near', 'hall', 'outside', [21, 0], [22, 0]),
            door('far', 'hall', 'outside', [27, 0], [28, 0]),
          ],
        },
      ],
      { profiles: [fixedProfile('p', 1.2)] },
    );
    const sim = prepareEvacuation(b, { seed: 2 });
    runInside(sim, 120, [rect(0, 0, 30, 20)]);
    expect(sim.safe).toBe(40);
    for (let i = 0; i < sim.a.n; i++) expect(sim.a.state[i]).toBe(SAFE);
  });
});
