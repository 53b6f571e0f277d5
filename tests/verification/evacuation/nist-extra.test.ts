/**
 * NIST TN 1822 (Ronchi, Kuligowski, Reneke, Peacock, Nilsson 2013) verification tests not covered
 * elsewhere, as gathered in shared/reference/evacuation-verification.md §4 (criteria as implemented
 * in PedestrianDynamics/Web-Based-Jupedsim-issues tests/vv/test_nist.py).
 *
 * Where each of the 17 NIST tests is covered (tests/verification/evacuation/):
 *   Verif.1.1 pre-evacuation time distributions — here (uniform, normal, log-normal, triangular);
 *             start at the drawn time: imo-rimea-nist.test.ts (IMO 5) and here (log-normal).
 *             GAP: gamma and Weibull are not distributions of the building format.
 *   Verif.2.1 speed in a corridor — imo-rimea-nist.test.ts
 *   Verif.2.2 speed on stairs, up and down — here (1.0 ± 0.05 m/s); also stairs.test.ts (RiMEA 2/3)
 *   Verif.2.3 movement around a corner — imo-rimea-nist.test.ts (IMO 6); rimea-13-15.test.ts (RiMEA 15)
 *   Verif.2.4 assigned demographics — routing-population.test.ts; rimea-4-8-16.test.ts; imo-7-8.test.ts
 *   Verif.2.5 reduced visibility vs walking speed — nist-smoke.test.ts (scenario smoke, both modes)
 *   Verif.2.6 occupant incapacitation (FED) — nist-smoke.test.ts (Purser FED, both modes)
 *   Verif.2.7 elevator usage — fire-lifts.test.ts (hand calculation of the fire lift)
 *   Verif.2.8 horizontal counterflow — imo-rimea-nist.test.ts; imo-7-8.test.ts (IMO 8)
 *   Verif.2.9 group behaviour — GAP: the engine has no groups (people move individually)
 *   Verif.2.10 people with movement disabilities — routing-population.test.ts
 *   Verif.3.1 exit route allocation — routing-population.test.ts (also IMO 10 / RiMEA 10)
 *   Verif.3.2 social influence — GAP: route choice does not follow other occupants
 *   Verif.3.3 affiliation (familiar exits) — GAP: no familiarity weights (only assigned exits, 3.1)
 *   Verif.4.1 dynamic availability of exits — routing-population.test.ts
 *   Verif.5.1 congestion — imo-extra.test.ts (IMO 11)
 *   Verif.5.2 maximum flow rates — imo-rimea-nist.test.ts (IMO 4)
 */
import { describe, expect, it } from 'vitest';
import { prepareEvacuation, runEvacuation, stepSim } from '../../../sim-core/evacuation/index.ts';
import { WAITING } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import { flightLength, stairK } from '../../../sim-core/evacuation/stairs/stair-speed.ts';
import type { Distribution } from '../../../models/schema/common.ts';
import { building, door, fixedProfile, gridPositions, rect, space } from './buildings.ts';
import { ksTest, normalCdf } from './measure.ts';

/** NIST 1.1 geometry: an 8 × 5 m room, a 1 m exit centred on the 5 m wall, 10 occupants. */
const room = (premovement: Distribution) =>
  building(
    [
      {
        id: 'G',
        elevation: 0,
        height: 3,
        spaces: [
          space('room', rect(0, 0, 8, 5), { positions: gridPositions(10, 5, 1, 7.6, 4, 0.8), profile: 'p' }),
        ],
        doors: [door('exit', 'room', 'outside', [0, 2], [0, 3])],
      },
    ],
    { profiles: [{ ...fixedProfile('p', 1.2), premovement }] },
  );

describe('NIST TN 1822 Verif.1.1: pre-evacuation time distributions', () => {
  // test_nist.py: 10 agents per run, 100 seeds → n = 1000 draws per distribution, a one-sample
  // Kolmogorov–Smirnov test at α = 0.05 against the distribution's CDF. The parameters are ours
  // (NIST prescribes the test, not the values): the format's four non-trivial distributions.
  const lognormalCdf = (mean: number, sd: number) => {
    const s2 = Math.log(1 + (sd * sd) / (mean * mean));
    const mu = Math.log(mean) - s2 / 2;
    return (x: number) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / Math.sqrt(s2)));
  };
  const cases: [string, Distribution, (x: number) => number][] = [
    [
      'uniform 10–100 s',
      { type: 'uniform', min: 10, max: 100 },
      (x) => Math.min(1, Math.max(0, (x - 10) / 90)),
    ],
    [
      'normal 60 ± 15 s in [20, 100]',
      { type: 'normal', mean: 60, sd: 15, min: 20, max: 100 },
      (x) => {
        const lo = normalCdf((20 - 60) / 15);
        const hi = normalCdf((100 - 60) / 15);
        return Math.min(1, Math.max(0, (normalCdf((x - 60) / 15) - lo) / (hi - lo)));
      },
    ],
    ['log-normal mean 120 s, sd 60 s', { type: 'lognormal', mean: 120, sd: 60 }, lognormalCdf(120, 60)],
    [
      'triangular 10 / 30 / 90 s',
      { type: 'triangular', min: 10, mode: 30, max: 90 },
      (x) =>
        x <= 10 ? 0 : x >= 90 ? 1 : x <= 30 ? (x - 10) ** 2 / (80 * 20) : 1 - (90 - x) ** 2 / (80 * 60),
    ],
  ];
  it('1000 draws (10 occupants × 100 seeds) of each distribution pass a KS test at α = 0.05', () => {
    for (const [name, d, cdf] of cases) {
      const draws: number[] = [];
      for (let seed = 1; seed <= 100; seed++) {
        const sim = prepareEvacuation(room(d), { seed });
        for (let i = 0; i < sim.a.n; i++) draws.push(sim.a.premovement[i]!);
      }
      const ks = ksTest(draws, cdf);
      console.log(`NIST 1.1 ${name}: KS D ${ks.d.toFixed(4)} (critical ${ks.critical.toFixed(4)})`);
      expect(ks.d, name).toBeLessThan(ks.critical);
    }
  });

  it('with log-normal pre-movement, each occupant starts moving at the drawn time (±0.5 s, IMO 5 tolerance)', () => {
    const sim = prepareEvacuation(room({ type: 'lognormal', mean: 30, sd: 15 }), { seed: 11 });
    const a = sim.a;
    const start = new Float64Array(a.n).fill(NaN);
    const x0 = Float64Array.from(a.x);
    const y0 = Float64Array.from(a.y);
    let latest = 0;
    for (let i = 0; i < a.n; i++) latest = Math.max(latest, a.premovement[i]!);
    while (sim.t < latest + 2) {
      stepSim(sim);
      for (let i = 0; i < a.n; i++)
        if (Number.isNaN(start[i]!) && (a.x[i] !== x0[i] || a.y[i] !== y0[i] || a.state[i] !== WAITING))
          start[i] = sim.t;
    }
    for (let i = 0; i < a.n; i++) expect(Math.abs(start[i]! - a.premovement[i]!)).toBeLessThanOrEqual(0.5);
  });
});

describe('NIST TN 1822 Verif.2.2: speed on stairs, up and down', () => {
  // test_nist.py: a target speed of 1.0 m/s over the measured stair segment, ± 0.05 m/s. In
  // Lifeline a walker's own stair speed is the SFPE free stair speed k(1 − 0.266·0.54) for the
  // stair's riser/tread × the profile's stairFactor (× 0.8 going up); the SFPE speed at the flight's
  // density only slows it as density rises (stairWalkSpeed in stair-speed.ts; for one person the
  // density is below 0.54 p/m², so nothing). The profile's stairFactor is set so that own is the
  // target. One person, a 1.2 m stair of 165/330 mm (SFPE's fastest row, k = 1.23: free speed
  // 1.053 m/s down, 0.843 m/s up), 3 m between storeys; the measured segment is the flight's
  // travel length (flightLength: two flights along the slope plus two half-turns), the time the
  // agent's stairTime.
  const RISER = 0.165;
  const TREAD = 0.33;
  const WIDTH = 1.2;
  const free = stairK(RISER, TREAD) * (1 - 0.266 * 0.54);
  const speedOnStair = (up: boolean, target: number) => {
    const factor = target / (free * (up ? 0.8 : 1));
    const person = { positions: [[5, 3]] as [number, number][], profile: 'p' };
    const storey = (id: string, z: number, start: boolean, safe: 'exit' | 'refuge' | 'none') => ({
      id,
      elevation: z,
      height: 3,
      spaces: [
        space(
          `${id}-room`,
          rect(0, 0, 10, 6),
          start ? person : undefined,
          safe === 'refuge' ? 'refuge' : 'room',
        ),
        space(`${id}-stair`, rect(10, 0, 13, 6), undefined, 'stair'),
      ],
      doors: [
        door(`${id}-d`, `${id}-room`, `${id}-stair`, [10, 2], [10, 4]),
        ...(safe === 'exit' ? [door(`${id}-exit`, `${id}-stair`, 'outside', [13, 2], [13, 4])] : []),
      ],
    });
    const b = building(
      [storey('F1', 0, up, up ? 'none' : 'exit'), storey('F2', 3, !up, up ? 'refuge' : 'none')],
      {
        profiles: [{ ...fixedProfile('p', 1.0), stairFactor: factor }],
        stairs: [
          {
            id: 'S',
            width: WIDTH,
            riser: RISER,
            tread: TREAD,
            enclosure: 'enclosed',
            landings: [
              { storey: 'F1', space: 'F1-stair' },
              { storey: 'F2', space: 'F2-stair' },
            ],
          },
        ],
      },
    );
    const r = runEvacuation(b, { seed: 22 });
    expect(r.evacuated).toBe(1);
    const v = flightLength(3, RISER, TREAD, WIDTH) / r.agents[0]!.stairTime;
    console.log(`NIST 2.2: ${up ? 'up' : 'down'}, target ${target} m/s: ${v.toFixed(3)} m/s`);
    return v;
  };

  it('down: 1.0 m/s is kept within ±0.05 m/s', () => {
    expect(Math.abs(speedOnStair(false, 1.0) - 1)).toBeLessThanOrEqual(0.05);
  });

  // Going up, 1.0 m/s is above the SFPE free up-stair speed of this stair (0.843 m/s): the SFPE
  // relation limits a faster walker only as density rises (stairWalkSpeed in stair-speed.ts), so a
  // lone walker keeps it (it failed at 0.841 m/s while the SFPE speed capped everyone).
  it('up: 1.0 m/s is kept within ±0.05 m/s', () => {
    expect(Math.abs(speedOnStair(true, 1.0) - 1)).toBeLessThanOrEqual(0.05);
  });

  it('an assigned stair speed below the SFPE free speed (0.6 m/s) is kept within ±0.05 m/s both ways', () => {
    expect(Math.abs(speedOnStair(false, 0.6) - 0.6)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(speedOnStair(true, 0.6) - 0.6)).toBeLessThanOrEqual(0.05);
  });
});
