/**
 * Counterflow between evacuees on a stair (stairs/stair-lanes.ts): a flight's up and down lanes share
 * its width, so two opposing groups slow each other but always get through.
 *
 * The static route plan never sends evacuees both ways over one flight (a landing's action is one
 * direction for everyone), so opposing streams arise when the plan changes during a run — a closure
 * reverses the route while people are already on the stair — and when the groups are put on the
 * lanes directly, as the first tests here do.
 */
import { describe, expect, it } from 'vitest';
import {
  prepareEvacuation,
  runEvacuation,
  startEvacuation,
  stepSim,
} from '../../../sim-core/evacuation/index.ts';
import type { Sim } from '../../../sim-core/evacuation/index.ts';
import { ACTION_DOWN, ACTION_UP } from '../../../sim-core/evacuation/navigation/route-plan.ts';
import { boardLane, laneOf, laneShare } from '../../../sim-core/evacuation/stairs/stair-lanes.ts';
import { SAFE } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import {
  building,
  door,
  fixedProfile,
  gridPositions,
  rect,
  space,
} from '../../verification/evacuation/buildings.ts';

/**
 * Two storeys 3 m apart on one 1.2 m stair (175/260 mm, the samples' residential stair). F1: a
 * room and the stair landing with the street exit. F2: a room, the landing and a refuge next to it.
 * `up` people start in the F1 room and `down` people in the F2 room; the test boards them onto the
 * flight's up and down lanes at t = 0. Both landings' plan is "step off": arrivals at F2 walk into
 * the refuge, arrivals at F1 out of the exit.
 */
function twoStoreys(up: number, down: number) {
  const room = (n: number) =>
    n > 0 ? { positions: gridPositions(n, 0, 0, 10, 6, 0.7), profile: 'p' } : undefined;
  return building(
    [
      {
        id: 'F1',
        elevation: 0,
        height: 3,
        spaces: [
          space('F1-room', rect(0, 0, 10, 6), room(up)),
          space('F1-stair', rect(10, 0, 13, 6), undefined, 'stair'),
        ],
        doors: [
          door('F1-d', 'F1-room', 'F1-stair', [10, 2.4], [10, 3.6]),
          door('exit', 'F1-stair', 'outside', [13, 2.4], [13, 3.6]),
        ],
      },
      {
        id: 'F2',
        elevation: 3,
        height: 3,
        spaces: [
          space('F2-room', rect(0, 0, 10, 6), room(down)),
          space('F2-stair', rect(10, 0, 13, 6), undefined, 'stair'),
          space('F2-refuge', rect(13, 0, 23, 6), undefined, 'refuge'),
        ],
        doors: [
          door('F2-d', 'F2-room', 'F2-stair', [10, 2.4], [10, 3.6]),
          door('F2-r', 'F2-stair', 'F2-refuge', [13, 1.5], [13, 4.5]),
        ],
      },
    ],
    {
      // Nobody starts by themselves: the test boards them (after the first step, which records the
      // route plan the stair queues follow).
      profiles: [fixedProfile('p', 1.34, 10_000)],
      stairs: [
        {
          id: 'S',
          width: 1.2,
          riser: 0.175,
          tread: 0.26,
          enclosure: 'enclosed',
          landings: [
            { storey: 'F1', space: 'F1-stair' },
            { storey: 'F2', space: 'F2-stair' },
          ],
        },
      ],
    },
  );
}

/** Boards everyone onto the flight (F1-room people up, F2-room people down) and runs to the end. */
function opposingGroups(up: number, down: number, limiter = true) {
  const sim = prepareEvacuation(twoStoreys(up, down), { seed: 5, limiter, maxTime: 3000 });
  const a = sim.a;
  const upLane = laneOf(sim, 0, 0, ACTION_UP);
  const downLane = laneOf(sim, 0, 1, ACTION_DOWN);
  const goingUp = new Uint8Array(a.n);
  stepSim(sim);
  for (let i = 0; i < a.n; i++) {
    const start = sim.layout.spaces[a.startSpace[i]!]!.id;
    goingUp[i] = start === 'F1-room' ? 1 : 0;
    // Standing at the landing of their storey.
    const landing = sim.stairs[0]!.landings[goingUp[i] ? 0 : 1]!;
    a.storey[i] = landing.storey;
    a.space[i] = landing.space;
    boardLane(sim, i, goingUp[i] ? upLane : downLane);
  }
  let minShare = 1;
  while (sim.safe + sim.trapped < a.n && sim.t < 3000) {
    stepSim(sim);
    const both = sim.laneCount[upLane]! + sim.laneCount[downLane]! > 0;
    if (both) minShare = Math.min(minShare, laneShare(sim, upLane), laneShare(sim, downLane));
  }
  let upDone = 0;
  let downDone = 0;
  for (let i = 0; i < a.n; i++) {
    if (a.state[i] !== SAFE) continue;
    if (goingUp[i]) upDone = Math.max(upDone, a.exitTime[i]!);
    else downDone = Math.max(downDone, a.exitTime[i]!);
  }
  return { sim, upDone, downDone, minShare, allSafe: sim.safe === a.n };
}

const shareOf = (sim: Sim, up: boolean) =>
  laneShare(sim, laneOf(sim, 0, up ? 0 : 1, up ? ACTION_UP : ACTION_DOWN));

describe('counterflow between evacuees on one flight', () => {
  it('two opposing groups of 40 both get through, each slower than alone', () => {
    const upAlone = opposingGroups(40, 0);
    const downAlone = opposingGroups(0, 40);
    const both = opposingGroups(40, 40);
    console.log(
      `counterflow 40/40: up ${both.upDone.toFixed(1)} s (alone ${upAlone.upDone.toFixed(1)} s), ` +
        `down ${both.downDone.toFixed(1)} s (alone ${downAlone.downDone.toFixed(1)} s), min share ${both.minShare.toFixed(2)}`,
    );
    expect(upAlone.allSafe && downAlone.allSafe && both.allSafe).toBe(true);
    expect(both.sim.t).toBeLessThan(3000);
    // Alone, each group is bounded by the flight's entry cap (IMO 1.1 down / 0.88 up × 1.2 m).
    expect(upAlone.upDone).toBeGreaterThan(40 / (0.88 * 1.2));
    expect(downAlone.downDone).toBeGreaterThan(40 / (1.1 * 1.2));
    // Sharing the width: each group takes clearly longer than alone (at least 30 % more), but
    // not more than the whole width at the slower direction's cap would give for both groups.
    expect(both.upDone).toBeGreaterThan(1.3 * upAlone.upDone);
    expect(both.downDone).toBeGreaterThan(1.3 * downAlone.downDone);
    expect(Math.max(both.upDone, both.downDone)).toBeLessThan(3 * (upAlone.upDone + downAlone.downDone));
    // Neither direction is ever shut out: on a 1.2 m stair one traffic lane (0.76 m) is more than
    // half the width, so the split is even while both groups are there.
    expect(both.minShare).toBeCloseTo(0.5, 6);
  });

  it('a small group against a large one always gets through; no deadlock in experimental mode either', () => {
    for (const [up, down] of [
      [5, 60],
      [60, 5],
      [80, 80],
    ] as const)
      for (const limiter of [true, false]) {
        const r = opposingGroups(up, down, limiter);
        expect(r.allSafe, `${up} up / ${down} down, limiter ${limiter}`).toBe(true);
        expect(r.minShare).toBeGreaterThan(0);
      }
  });

  it('the width split follows the people each way, never below one traffic lane', () => {
    // 2.4 m stair: one lane (0.76 m) is 32 % of the width; 5 against 60 gets that minimum.
    const b = twoStoreys(5, 60);
    b.stairs[0]!.width = 2.4;
    const sim = prepareEvacuation(b, { seed: 5 });
    const a = sim.a;
    stepSim(sim);
    for (let i = 0; i < a.n; i++) {
      const up = sim.layout.spaces[a.startSpace[i]!]!.id === 'F1-room';
      boardLane(sim, i, laneOf(sim, 0, up ? 0 : 1, up ? ACTION_UP : ACTION_DOWN));
    }
    expect(shareOf(sim, true)).toBeCloseTo(0.76 / 2.4, 6);
    expect(shareOf(sim, false)).toBeCloseTo(1 - 0.76 / 2.4, 6);
  });
});

describe('counterflow from a route that reverses during the run', () => {
  /** Four storeys on one 1.2 m stair; the ground landing has the exit, the top landing a refuge. */
  function tower() {
    const storeys = [1, 2, 3, 4].map((k) => {
      const id = `F${k}`;
      return {
        id,
        elevation: (k - 1) * 3,
        height: 3,
        spaces: [
          space(`${id}-room`, rect(0, 0, 10, 6), k > 1 ? { count: 30, profile: 'p' } : undefined),
          space(`${id}-stair`, rect(10, 0, 13, 6), undefined, 'stair'),
          ...(k === 4 ? [space('F4-refuge', rect(13, 0, 23, 6), undefined, 'refuge')] : []),
        ],
        doors: [
          door(`${id}-d`, `${id}-room`, `${id}-stair`, [10, 2.4], [10, 3.6]),
          ...(k === 1 ? [door('exit', 'F1-stair', 'outside', [13, 2.4], [13, 3.6])] : []),
          ...(k === 4 ? [door('F4-r', 'F4-stair', 'F4-refuge', [13, 1.5], [13, 4.5])] : []),
        ],
      };
    });
    return building(storeys, {
      profiles: [{ ...fixedProfile('p', 1.34), premovement: { type: 'uniform', min: 0, max: 30 } }],
      stairs: [
        {
          id: 'S',
          width: 1.2,
          riser: 0.175,
          tread: 0.26,
          enclosure: 'enclosed',
          landings: storeys.map((s) => ({ storey: s.id, space: `${s.id}-stair` })),
        },
      ],
    });
  }

  it('the street exit closes at 40 s: people going down turn back up through those behind them, and all reach the refuge', () => {
    const open = runEvacuation(tower(), { seed: 2 });
    const run = startEvacuation(tower(), { seed: 2, closures: [{ id: 'exit', at: 40 }] });
    const sim = run.sim;
    // Seconds during which some flight had people on both of its lanes.
    let bothWays = 0;
    while (!run.done()) {
      run.step();
      for (let L = 0; L < sim.laneCount.length; L++)
        if (sim.laneUp[L] === 1 && sim.laneCount[L]! > 0 && sim.laneCount[L + 1]! > 0) {
          bothWays += sim.opts.dt;
          break;
        }
    }
    const closed = run.result();
    console.log(
      `reversal: exit open ${open.evacuationTime!.toFixed(1)} s (${open.evacuated} out); exit closed at 40 s ` +
        `${closed.evacuationTime!.toFixed(1)} s, ${closed.evacuated} safe, status ${closed.status}, ` +
        `${bothWays.toFixed(1)} s with people both ways on a flight`,
    );
    expect(open.evacuated).toBe(90);
    expect(closed.status).toBe('complete');
    expect(closed.evacuated).toBe(90);
    expect(bothWays).toBeGreaterThan(1);
    const out = closed.agents.filter((p) => p.exit === 'exit').length;
    expect(out).toBeGreaterThan(0); // some left before the closure
    expect(out).toBeLessThan(90); // the rest went up to the refuge
    expect(closed.evacuationTime!).toBeGreaterThan(open.evacuationTime!);
  });
});
