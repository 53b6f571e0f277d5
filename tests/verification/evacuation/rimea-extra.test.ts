/**
 * RiMEA 4.1.1 qualitative tests 11 and 12 (shared/reference/evacuation-verification.md
 * §3; geometries from rimea.de and the JuPedSim V&V suite tests/vv/test_rimea.py). RiMEA treats these
 * as documentation: the criteria below are the qualitative statements of the definitions, asserted
 * with stated margins on fixed seeds.
 */
import { describe, expect, it } from 'vitest';
import { prepareEvacuation, runEvacuation, stepSim } from '../../../sim-core/evacuation/index.ts';
import type { Sim } from '../../../sim-core/evacuation/index.ts';
import { SAFE } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import { building, door, fixedProfile, gridPositions, rect, space } from './buildings.ts';

/** Weidmann 1993 free speeds N(1.34, 0.26), truncated as in Vadere's RiMEA scenarios; reaction 0. */
const weidmann = {
  ...fixedProfile('w', 1.34),
  speed: { type: 'normal' as const, mean: 1.34, sd: 0.26, min: 0.5, max: 2.2 },
};

/** People in the box [x0, x1] × [y0, y1] who are still walking. */
function countIn(sim: Sim, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let i = 0; i < sim.a.n; i++) {
    if (sim.a.state[i] === SAFE) continue;
    const x = sim.a.x[i]!;
    const y = sim.a.y[i]!;
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) n++;
  }
  return n;
}

/** RiMEA 11 hall: 30 × 20 m, 1 m exits at x = 21–22 and 27–28 on y = 0, 300 persons in x 0–15. */
const hall = () =>
  building(
    [
      {
        id: 'G',
        elevation: 0,
        height: 3,
        spaces: [
          space('hall', rect(0, 0, 30, 20), {
            positions: gridPositions(300, 0, 0, 15, 20, 0.75),
            profile: 'w',
          }),
        ],
        doors: [
          door('near', 'hall', 'outside', [21, 0], [22, 0]),
          door('far', 'hall', 'outside', [27, 0], [28, 0]),
        ],
      },
    ],
    { profiles: [weidmann] },
  );

describe('RiMEA 11: choice of escape route', () => {
  it('30 × 20 m room, 1 m exits at x = 21–22 and 27–28: both used, the nearer one more', () => {
    // RiMEA 11 [rimea.de; 4.1.1 impl and Vadere use 1000 persons, the JuPedSim ini 100]. RiMEA marks
    // the test as documentation (no count is prescribed), so the crowd is scaled down to 300 to keep
    // the run short: they stand in the left half of the hall (x 0–15), for whom x = 21–22 is the
    // near exit; the far one at x = 27–28 is 6 m further for everyone.
    const r = runEvacuation(hall(), { seed: 11 });
    expect(r.evacuated).toBe(300);
    const near = r.exits.find((e) => e.id === 'near')!.count;
    const far = r.exits.find((e) => e.id === 'far')!.count;
    console.log(`RiMEA 11: near exit ${near}, far exit ${far}, time ${r.evacuationTime} s`);
    expect(near).toBeGreaterThan(far);
    // "Some" use the far exit: at least 5 % of the crowd.
    expect(far).toBeGreaterThanOrEqual(15);
  });
});

describe('RiMEA 11 hall: every seed completes', () => {
  it('seeds 1–12: everyone safe, well before the 3600 s limit', () => {
    // Regression (issue 3): seeds 5, 8 and 9 ran to the 3600 s limit with one walker shuttling for
    // ever 2 mm inside the near exit's line (seed 5: (21.27, 0.00)) — its cell centre is outdoors,
    // and the fallback direction turned it back inside. 300 persons as above; 1 m exits pass at most
    // 1.33 p/s each, so 300 persons need ≥ 113 s; 300 s is a generous bound for the slowest seed.
    const times: number[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const r = runEvacuation(hall(), { seed });
      expect(r.status, `seed ${seed}`).toBe('complete');
      expect(r.evacuated, `seed ${seed}`).toBe(300);
      expect(r.trapped, `seed ${seed}`).toBe(0);
      expect(r.evacuationTime!, `seed ${seed}`).toBeLessThan(300);
      times.push(r.evacuationTime!);
    }
    console.log(`RiMEA 11 hall, seeds 1–12: ${times.map((t) => t.toFixed(1)).join(', ')} s`);
  }, 600_000);
});

/**
 * RiMEA 12 geometry: room 1 (10 × 10) → corridor (5 long × `w` wide, centred) → room 2 (10 × 10)
 * with a 1 m exit centred on its far wall; 150 persons in room 1's far 8 m.
 */
function bottleneck(w: number) {
  const y0 = 5 - w / 2;
  const y1 = 5 + w / 2;
  return building(
    [
      {
        id: 'G',
        elevation: 0,
        height: 3,
        spaces: [
          space('room1', rect(0, 0, 10, 10), {
            positions: gridPositions(150, 0, 0, 8, 10, 0.6),
            profile: 'w',
          }),
          space('corr', rect(10, y0, 15, y1), undefined, 'corridor'),
          space('room2', rect(15, 0, 25, 10)),
        ],
        doors: [
          { ...door('o1', 'room1', 'corr', [10, y0], [10, y1]), kind: 'opening' },
          { ...door('o2', 'corr', 'room2', [15, y0], [15, y1]), kind: 'opening' },
          door('exit', 'room2', 'outside', [25, 4.5], [25, 5.5]),
        ],
      },
    ],
    { profiles: [weidmann] },
  );
}

/** Steps a bottleneck run to the end; returns the sim and the peak counts near the two doors. */
function runBottleneck(w: number, seed: number) {
  const sim = prepareEvacuation(bottleneck(w), { seed });
  let peakEntry = 0;
  let peakExit = 0;
  while (sim.safe < sim.a.n && sim.t < 600) {
    stepSim(sim);
    // 2 m deep × 4 m wide boxes in front of the corridor entry and of the room-2 exit.
    peakEntry = Math.max(peakEntry, countIn(sim, 8, 3, 10, 7));
    peakExit = Math.max(peakExit, countIn(sim, 23, 3, 25, 7));
  }
  return { sim, peakEntry, peakExit };
}

describe('RiMEA 12: effect of bottlenecks', () => {
  it('150 persons, reaction 0: the jam forms in room 1 before the corridor, not at the room-2 exit', () => {
    // RiMEA 12 [rimea.de]: room 10 × 10 → corridor 5 × 1 → room 10 × 10 with a 1 m exit, 150 adults,
    // reaction time 0. Criterion: congestion only in room 1. Margin: the peak count in the 2 × 4 m
    // box before the corridor is at least 3× the peak in the same box before the exit.
    const { sim, peakEntry, peakExit } = runBottleneck(1, 12);
    console.log(
      `RiMEA 12: peak before corridor ${peakEntry}, before room-2 exit ${peakExit}, t ${sim.t.toFixed(1)} s`,
    );
    expect(sim.safe).toBe(150);
    expect(peakEntry).toBeGreaterThanOrEqual(3 * peakExit);
    expect(peakEntry).toBeGreaterThanOrEqual(10);
  });
});

/** Flow (p/s) into the corridor of `bottleneck(w)`: crossings of its entrance between the 10th and
 * the 90th percentile of their times (the steady part, without start-up and tail). */
function corridorFlow(w: number, seed: number, limiter: boolean): number {
  const sim = prepareEvacuation(bottleneck(w), { seed, limiter });
  const entry = sim.layout.doorIndex.get('o1')!;
  const times: number[] = [];
  while (sim.safe < sim.a.n && sim.t < 900) {
    stepSim(sim);
    while (sim.doorCount[entry]! > times.length) times.push(sim.t);
  }
  expect(sim.safe).toBe(150);
  const k0 = Math.floor(times.length * 0.1);
  const k1 = Math.floor(times.length * 0.9);
  return (k1 - k0) / (times[k1]! - times[k0]!);
}

describe('RiMEA 12d (4.1.1): corridor width 0.8 / 1.0 / 1.2 m — flow rises with width', () => {
  // RiMEA 4.1.1 12d [reference §3]: the RiMEA 12 geometry with corridor widths 0.8, 1.0 and 1.2 m;
  // criterion: the flow rises with the width. Measured: the flow into the 5 m corridor (mean of
  // seeds 1–3). Before the fix of issue 3 it was 0.70 p/s at both 0.8 and 1.0 m: the crowd entered
  // the corridor as a single file (the field draws walkers to the centre line; in a 1 m corridor
  // every cell is within its 0.5 m wall penalty) and nobody ever left its lane, so the corridor ran
  // at the collision-free speed model's single-file capacity v0/(2r + v0·T) = 1.34/1.74 = 0.77 p/s,
  // held back by its slowest walker. Side-stepping (movement/collision-free-speed.ts) lets walkers
  // held back pass where the width allows: measured 0.74, 0.88, 1.14 p/s for 0.8, 1.0, 1.2 m.
  // Margins: experimental mode ≥ 10 % more at 1.0 m than at 0.8 m, and more again at 1.2 m. The
  // Jülich corridor experiments (Seyfried et al. 2009, 4 m long: J 1.29 → 2.36 p/s for b 0.8 → 1.2 m,
  // reference §6.6) rise faster: a disc model with a 1 s time gap stays below them in narrow
  // corridors, where people walk in a zipper closer than two shoulder widths.
  // Code mode: the corridor's openings are doors to the limiter (1.33 p/(m·s) × w), so it never
  // passes more than that (+3 %), and it still rises with the width.
  const mean = (w: number, limiter: boolean): number =>
    [1, 2, 3].reduce((sum, seed) => sum + corridorFlow(w, seed, limiter), 0) / 3;

  it('experimental mode: J(1.0) ≥ 1.1 × J(0.8), J(1.2) > J(1.0)', () => {
    const j = [0.8, 1.0, 1.2].map((w) => mean(w, false));
    console.log(
      `RiMEA 12d experimental: J = ${j.map((x) => x.toFixed(2)).join(', ')} p/s for w = 0.8, 1.0, 1.2 m`,
    );
    expect(j[1]!).toBeGreaterThanOrEqual(1.1 * j[0]!);
    expect(j[2]!).toBeGreaterThan(j[1]!);
  }, 600_000);

  it('code mode: J(1.0) > J(0.8), each at most 1.33 p/(m·s) × w (+3 %)', () => {
    const j = [0.8, 1.0].map((w) => mean(w, true));
    console.log(`RiMEA 12d code mode: J = ${j.map((x) => x.toFixed(2)).join(', ')} p/s for w = 0.8, 1.0 m`);
    expect(j[1]!).toBeGreaterThan(1.05 * j[0]!);
    expect(j[0]!).toBeLessThanOrEqual(1.33 * 0.8 * 1.03);
    expect(j[1]!).toBeLessThanOrEqual(1.33 * 1.0 * 1.03);
  }, 600_000);
});
