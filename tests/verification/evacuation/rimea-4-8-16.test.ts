/**
 * RiMEA 4.1.1 tests 4 (fundamental diagram), 8 (parameter analysis) and 16 (1-D fundamental
 * diagram), and the demography of the built-in profiles, against the definitions gathered in
 * shared/reference/evacuation-verification.md §3 (rimea.de; RiMEA 4.1.1 as implemented in the
 * JuPedSim V&V suite, PedestrianDynamics/Web-Based-Jupedsim-issues tests/vv/test_rimea.py, which
 * skips 4 and 8 as placeholders). RiMEA 4, 8 and 16 are documentation tests: the figures are printed
 * and the qualitative property of each definition is asserted with the margins stated here, on fixed
 * seeds.
 */
import { describe, expect, it } from 'vitest';
import { prepareEvacuation, runEvacuation, stepSim } from '../../../sim-core/evacuation/index.ts';
import type { Sim } from '../../../sim-core/evacuation/index.ts';
import { WALKING } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import { building, door, fixedProfile, rect, space } from './buildings.ts';
import { BUILTIN_PROFILES } from '../../../models/profiles/builtin.ts';
import type { Profile } from '../../../models/schema/profile.ts';
import {
  ksTest,
  meanSd,
  normalCdf,
  truncatedNormalMoments,
  weidmannProfile,
  weidmannSpeed,
} from './measure.ts';

/**
 * Mean along-corridor speed and density in measuring areas (boxes [x0, x1] × [y0, y1]) sampled
 * every step from `from` to `to` s: the density is people per m² of the boxes, the speed the mean
 * vx of the walkers in them.
 */
function sampleAreas(
  sim: Sim,
  boxes: readonly (readonly [number, number, number, number])[],
  from: number,
  to: number,
): { density: number; speed: number; samples: number } {
  const a = sim.a;
  let area = 0;
  for (const [x0, y0, x1, y1] of boxes) area += (x1 - x0) * (y1 - y0);
  let people = 0;
  let vSum = 0;
  let steps = 0;
  while (sim.t < to - 1e-9) {
    stepSim(sim);
    if (sim.t < from) continue;
    steps++;
    for (let i = 0; i < a.n; i++) {
      if (a.state[i] !== WALKING) continue;
      const x = a.x[i]!;
      const y = a.y[i]!;
      for (const [x0, y0, x1, y1] of boxes)
        if (x >= x0 && x < x1 && y >= y0 && y < y1) {
          people++;
          vSum += a.vx[i]!;
          break;
        }
    }
  }
  return { density: people / steps / area, speed: people > 0 ? vSum / people : NaN, samples: people };
}

describe('RiMEA 4: fundamental diagram in a corridor', () => {
  // RiMEA 4 [rimea.de; reference §3]: corridor 1000 × 10 m filled at 0.5, 1, 2, 3, 4, 5, 6 P/m²,
  // three 2 × 2 m measuring areas, measured from 10 s for 60 s. Lifeline has no periodic boundary
  // and 60 000 agents would take minutes, so (allowed: the test asks only for the diagram) the
  // corridor is 10 m wide as defined but 50 m long, with a full-width exit at x = 50 and the crowd
  // placed uniformly at random (seeded). The three 2 × 2 m areas sit on the axis at x = 20, 25 and
  // 30 m, measured from 5 s for 10 s: the crowd's tail (start x = 0, at most 1.34 m/s) needs ≥ 15 s
  // to reach x = 20, and the rarefaction from the exit (≤ 0.4 m/s back through a jam, ℓ/T of the
  // collision-free speed model) stays beyond x = 44. 6 P/m² is left out: above Weidmann's jam
  // density 5.4 P/m² there is no flow to measure, and 0.2 m bodies do not fit at random (the spawn
  // overlaps them). Experimental mode (no door caps), Weidmann free speeds N(1.34, 0.26).
  // Band: as in weidmann.test.ts, |v − v_W(ρ)| ≤ 0.30 m/s at the measured density, never more than
  // 0.10 m/s faster than Weidmann; the speed falls with the density (by at least 0.01 m/s a step up
  // to 4 P/m², and does not rise from 4 to 5 P/m² by more than 0.02 m/s, the noise of a near-jam).
  const LENGTH = 50;
  const WIDTH = 10;
  const boxes = [20, 25, 30].map((x) => [x - 1, 4, x + 1, 6] as const);
  const measure = (rho0: number) => {
    const b = building(
      [
        {
          id: 'G',
          elevation: 0,
          height: 3,
          spaces: [
            space(
              'corridor',
              rect(0, 0, LENGTH, WIDTH),
              { count: Math.round(rho0 * LENGTH * WIDTH), profile: 'w' },
              'corridor',
            ),
          ],
          doors: [door('exit', 'corridor', 'outside', [LENGTH, 0], [LENGTH, WIDTH])],
        },
      ],
      { profiles: [weidmannProfile()] },
    );
    const sim = prepareEvacuation(b, { seed: 4, limiter: false, maxTime: 20 });
    return { rho0, ...sampleAreas(sim, boxes, 5, 15) };
  };

  it('speed falls with density and stays within 0.3 m/s of Weidmann (0.5–5 P/m²)', () => {
    const rows = [0.5, 1, 2, 3, 4, 5].map(measure);
    for (const r of rows)
      console.log(
        `RiMEA 4: ρ0 ${r.rho0} P/m², measured ρ ${r.density.toFixed(2)} P/m², v ${r.speed.toFixed(3)} m/s, ` +
          `flow ${(r.density * r.speed).toFixed(2)} P/(m·s), Weidmann v ${weidmannSpeed(r.density).toFixed(3)} m/s`,
      );
    for (const r of rows) {
      const dv = r.speed - weidmannSpeed(r.density);
      expect(Math.abs(dv), `ρ0 ${r.rho0}`).toBeLessThanOrEqual(0.3);
      expect(dv, `ρ0 ${r.rho0}`).toBeLessThanOrEqual(0.1);
    }
    for (let k = 1; k < rows.length; k++) {
      const prev = rows[k - 1]!;
      const cur = rows[k]!;
      if (cur.rho0 <= 4) expect(cur.speed, `ρ0 ${cur.rho0}`).toBeLessThan(prev.speed - 0.01);
      else expect(cur.speed, `ρ0 ${cur.rho0}`).toBeLessThanOrEqual(prev.speed + 0.02);
    }
  }, 120_000);
});

describe('RiMEA 16: 1-D fundamental diagram (single file)', () => {
  // RiMEA 4.1.1 test 16 [reference §3; JuPedSim test_rimea.py TestRiMEA161DFundamentalDiagram]:
  // single-file movement in a ring or a long narrow corridor, desired speeds 0.9, 1.2 and 1.5 m/s;
  // the speed–line-density curve is to lie inside the 10 %/90 % envelope of empirical single-file
  // data. The envelope's figures are not in the reference; we compare with the fit to the same
  // experiments, Seyfried et al. 2005 (measure.ts: v = (1/ρ − 0.36)/1.06), within ±0.15 m/s, on the
  // 1.2 m/s run where the fit is below the desired speed (the congested branch, ρ ≥ 1 /m).
  // Geometry: a 60 m × 0.7 m corridor (two 0.2 m bodies cannot pass: single file), a full-width
  // exit at x = 60, people evenly spaced from x = 0.5 at line density ρ; measured in x 20–40 m from
  // 5 s to 15 s (the exit's rarefaction moves back at ≤ ℓ/T = 0.4 m/s and stays beyond x = 54 m).
  // Also asserted: in free flow (ρ = 0.5 /m) each run walks at its desired speed (±5 %), and in the
  // congested branch (ρ ≥ 1.5 /m) the three curves coincide within 0.05 m/s (the headway, not the
  // desired speed, sets the speed there — the defining property of a 1-D fundamental diagram).
  const LENGTH = 60;
  const WIDTH = 0.7;
  const measure = (rho: number, v0: number) => {
    const n = Math.floor((LENGTH - 1) * rho);
    const positions: [number, number][] = [];
    for (let k = 0; k < n; k++) positions.push([0.5 + k / rho, WIDTH / 2]);
    const b = building(
      [
        {
          id: 'G',
          elevation: 0,
          height: 3,
          spaces: [space('corridor', rect(0, 0, LENGTH, WIDTH), { positions, profile: 'p' }, 'corridor')],
          doors: [door('exit', 'corridor', 'outside', [LENGTH, 0], [LENGTH, WIDTH])],
        },
      ],
      { profiles: [fixedProfile('p', v0)] },
    );
    const sim = prepareEvacuation(b, { seed: 16, limiter: false, maxTime: 20 });
    const r = sampleAreas(sim, [[20, 0, 40, WIDTH]], 5, 15);
    return { rho, v0, lineDensity: r.density * WIDTH, speed: r.speed };
  };

  it('the 1.2 m/s curve follows Seyfried 2005 within 0.15 m/s; free flow at v0; curves merge when congested', () => {
    const densities = [0.5, 1, 1.5, 2, 2.3];
    const runs = [0.9, 1.2, 1.5].map((v0) => densities.map((rho) => measure(rho, v0)));
    for (const run of runs)
      for (const r of run)
        console.log(
          `RiMEA 16: v0 ${r.v0} m/s, ρ ${r.rho} /m (measured ${r.lineDensity.toFixed(2)}), v ${r.speed.toFixed(3)} m/s, ` +
            `Seyfried 2005 ${Math.min(r.v0, (1 / r.lineDensity - 0.36) / 1.06).toFixed(3)} m/s`,
        );
    const [slow, base, fast] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
    for (const r of base) {
      expect(Math.abs(r.lineDensity / r.rho - 1), `ρ ${r.rho}`).toBeLessThan(0.1);
      if (r.rho >= 1)
        expect(Math.abs(r.speed - (1 / r.lineDensity - 0.36) / 1.06), `ρ ${r.rho}`).toBeLessThanOrEqual(0.15);
    }
    for (const run of runs) expect(Math.abs(run[0]!.speed / run[0]!.v0 - 1)).toBeLessThanOrEqual(0.05);
    for (let k = 2; k < densities.length; k++) {
      const vs = [slow[k]!.speed, base[k]!.speed, fast[k]!.speed];
      expect(Math.max(...vs) - Math.min(...vs), `ρ ${densities[k]}`).toBeLessThanOrEqual(0.05);
    }
    // Speed falls with density on every curve up to 2 /m. Beyond, the engine's unsticking
    // heuristic (constants.ts: slower than 0.1·v0 for 2 s → half body for 1.5 s) keeps a jammed line
    // creeping at ≈ 0.11 m/s where the model alone gives (1/2.3 − 0.4)/T = 0.035 m/s (measured
    // seed 16: 0.124, 0.113, 0.112 m/s at 2.3 /m; Seyfried's fit 0.07 m/s): there it may not rise by
    // more than 0.01 m/s.
    for (const run of runs)
      for (let k = 1; k < run.length; k++)
        if (run[k]!.rho <= 2) expect(run[k]!.speed).toBeLessThan(run[k - 1]!.speed);
        else expect(run[k]!.speed).toBeLessThanOrEqual(run[k - 1]!.speed + 0.01);
  });
});

describe('RiMEA 8: parameter analysis on a 3-storey building', () => {
  // RiMEA 8 [rimea.de; reference §3]: a 3-storey building; the influence of the model's parameters
  // on the evacuation time is to be documented (no pass criterion). JuPedSim v0.8.4 varied
  // v0 ∈ {0.75, 1.0, 1.25} m/s. The RiMEA floor plan is not in the reference, so the building is
  // ours: on each storey a 16 × 2 m corridor with two 8 × 6 m rooms (20 persons each, 1 m doors)
  // and a stair landing (3 × 4 m, 2 m door); a 1.2 m stair (165/305 mm) joins the landings; the
  // ground landing has the 1.2 m exit. 120 persons. Asserted, on seed 8:
  //   - free walking speed v0 0.75 → 1.0 → 1.25 m/s: the time falls at each step (by ≥ 1 s);
  //   - pre-movement 0 → 30 → 60 s for everyone: the time rises by the shift, 30 s ± 3 s each (a
  //     common delay shifts the whole run; the crowd's interactions draw from the seeded generator
  //     step by step, so the shifted run is another sample of the same crowd: measured +28.2 s and
  //     +31.7 s on seed 8);
  //   - stair speed factor 0.8 → 1 → 1.2: the time does not rise (the stair's flow cap may bind).
  const storey = (k: number, profile: string) => {
    const id = `F${k}`;
    const z = 3 * k;
    const occ = { count: 20, profile };
    return {
      id,
      elevation: z,
      height: 3,
      spaces: [
        space(`${id}-corr`, rect(0, 0, 16, 2), undefined, 'corridor' as const),
        space(`${id}-r1`, rect(0, 2, 8, 8), occ),
        space(`${id}-r2`, rect(8, 2, 16, 8), occ),
        space(`${id}-land`, rect(16, 0, 19, 4), undefined, 'stair' as const),
      ],
      doors: [
        door(`${id}-d1`, `${id}-r1`, `${id}-corr`, [3.5, 2], [4.5, 2]),
        door(`${id}-d2`, `${id}-r2`, `${id}-corr`, [11.5, 2], [12.5, 2]),
        door(`${id}-ds`, `${id}-corr`, `${id}-land`, [16, 0], [16, 2]),
        ...(k === 0 ? [door('exit', `${id}-land`, 'outside', [19, 1.4], [19, 2.6])] : []),
      ],
    };
  };
  const threeStoreys = (v0: number, premovement: number, stairFactor: number) =>
    building(
      [0, 1, 2].map((k) => storey(k, 'p')),
      {
        profiles: [{ ...fixedProfile('p', v0, premovement), stairFactor }],
        stairs: [
          {
            id: 'S',
            width: 1.2,
            riser: 0.165,
            tread: 0.305,
            enclosure: 'enclosed',
            landings: [0, 1, 2].map((k) => ({ storey: `F${k}`, space: `F${k}-land` })),
          },
        ],
      },
    );
  const time = (v0: number, pre: number, sf: number): number => {
    const r = runEvacuation(threeStoreys(v0, pre, sf), { seed: 8 });
    expect(r.status).toBe('complete');
    expect(r.evacuated).toBe(120);
    return r.evacuationTime!;
  };

  it('the total time falls with the free speed, shifts with a common pre-movement, and does not rise with the stair speed', () => {
    const bySpeed = [0.75, 1.0, 1.25].map((v) => time(v, 0, 1));
    const byPre = [0, 30, 60].map((p) => time(1.0, p, 1));
    const byStair = [0.8, 1.0, 1.2].map((f) => time(1.0, 0, f));
    console.log(`RiMEA 8: v0 0.75 / 1.0 / 1.25 m/s → ${bySpeed.join(' / ')} s`);
    console.log(`RiMEA 8: pre-movement 0 / 30 / 60 s → ${byPre.join(' / ')} s`);
    console.log(`RiMEA 8: stair factor 0.8 / 1.0 / 1.2 → ${byStair.join(' / ')} s`);
    expect(bySpeed[1]!).toBeLessThan(bySpeed[0]! - 1);
    expect(bySpeed[2]!).toBeLessThan(bySpeed[1]! - 1);
    expect(Math.abs(byPre[1]! - byPre[0]! - 30)).toBeLessThanOrEqual(3);
    expect(Math.abs(byPre[2]! - byPre[1]! - 30)).toBeLessThanOrEqual(3);
    expect(byStair[1]!).toBeLessThanOrEqual(byStair[0]!);
    expect(byStair[2]!).toBeLessThanOrEqual(byStair[1]!);
  }, 120_000);
});

describe('Demography: the built-in profiles (extends RiMEA 7 / NIST 2.4)', () => {
  // RiMEA 7 (routing-population.test.ts) checks four user-defined groups. Here the five built-in
  // profiles (models/profiles/builtin.ts, sources there): 1000 free speeds drawn per profile must
  // follow the profile's distribution — inside its bounds; a two-sided Kolmogorov–Smirnov test at
  // α = 0.01 against the (truncated) CDF (four tests on one seed: at α = 0.05 one of them would
  // reject a correct sampler one time in five; seed 160 gives D = 0.046 for mobility-impaired,
  // between the 0.05 and 0.01 critical values 0.043 and 0.051); the sample mean within 3σ/√n of the distribution's mean
  // and the sd within ±10 % (the sd's sampling error at n = 1000 is ≈ 2.2 %).
  const hall = (profile: string, count: number) =>
    building([
      {
        id: 'G',
        elevation: 0,
        height: 3,
        spaces: [space('hall', rect(0, 0, 60, 60), { count, profile })],
        doors: [door('exit', 'hall', 'outside', [60, 29], [60, 31])],
      },
    ]);
  const cdfOf = (d: Profile['speed']): ((x: number) => number) => {
    switch (d.type) {
      case 'constant':
        return (x) => (x < d.value ? 0 : 1);
      case 'uniform':
        return (x) => Math.min(1, Math.max(0, (x - d.min) / (d.max - d.min)));
      case 'normal': {
        const lo = normalCdf(((d.min ?? -Infinity) - d.mean) / d.sd);
        const hi = normalCdf(((d.max ?? Infinity) - d.mean) / d.sd);
        return (x) => Math.min(1, Math.max(0, (normalCdf((x - d.mean) / d.sd) - lo) / (hi - lo)));
      }
      default:
        throw new Error(`no CDF for ${d.type}`);
    }
  };
  const moments = (d: Profile['speed']): { mean: number; sd: number } => {
    switch (d.type) {
      case 'constant':
        return { mean: d.value, sd: 0 };
      case 'uniform':
        return { mean: (d.min + d.max) / 2, sd: (d.max - d.min) / Math.sqrt(12) };
      case 'normal':
        return truncatedNormalMoments(d.mean, d.sd, d.min ?? -Infinity, d.max ?? Infinity);
      default:
        throw new Error(`no moments for ${d.type}`);
    }
  };

  it('1000 draws of each built-in profile follow its speed distribution', () => {
    const N = 1000;
    for (const p of BUILTIN_PROFILES) {
      const sim = prepareEvacuation(hall(p.id, N), { seed: 160 });
      const v = sim.a.v0;
      const want = moments(p.speed);
      const got = meanSd(v);
      console.log(
        `demography ${p.id}: mean ${got.mean.toFixed(3)} (expected ${want.mean.toFixed(3)}) m/s, ` +
          `sd ${got.sd.toFixed(3)} (expected ${want.sd.toFixed(3)})`,
      );
      if (p.speed.type === 'constant') {
        for (const x of v) expect(x).toBeCloseTo(p.speed.value, 6);
        continue;
      }
      const lo =
        p.speed.type === 'normal' ? (p.speed.min ?? -Infinity) : p.speed.type === 'uniform' ? p.speed.min : 0;
      const hi =
        p.speed.type === 'normal' ? (p.speed.max ?? Infinity) : p.speed.type === 'uniform' ? p.speed.max : 0;
      for (const x of v) {
        expect(x, p.id).toBeGreaterThanOrEqual(lo - 1e-6);
        expect(x, p.id).toBeLessThanOrEqual(hi + 1e-6);
      }
      const ks = ksTest(v, cdfOf(p.speed), 0.01);
      expect(ks.d, `${p.id} KS D`).toBeLessThan(ks.critical);
      expect(Math.abs(got.mean - want.mean), p.id).toBeLessThan((3 * want.sd) / Math.sqrt(N));
      expect(Math.abs(got.sd / want.sd - 1), p.id).toBeLessThan(0.1);
    }
  });

  it('an older population takes longer: 0 %, 50 %, 100 % elderly among adults', () => {
    // 80 persons in a 30 × 10 m hall, a 2 m exit at the far end (x = 30), built-in speeds and radii
    // with the pre-movement set to 0 (the built-in log-normal pre-movement would dominate the time).
    const noDelay = BUILTIN_PROFILES.map((p) => ({
      ...p,
      premovement: { type: 'constant' as const, value: 0 },
    }));
    const run = (elderly: number) => {
      const mix = [
        ...(elderly < 1 ? [{ profile: 'adult', fraction: 1 - elderly }] : []),
        ...(elderly > 0 ? [{ profile: 'elderly', fraction: elderly }] : []),
      ];
      const b = building(
        [
          {
            id: 'G',
            elevation: 0,
            height: 3,
            spaces: [
              space('far', rect(0, 0, 8, 10), { count: 80, mix }),
              space('hall', rect(8, 0, 30, 10), undefined, 'corridor'),
            ],
            doors: [
              { ...door('o', 'far', 'hall', [8, 0], [8, 10]), kind: 'opening' },
              door('exit', 'hall', 'outside', [30, 4], [30, 6]),
            ],
          },
        ],
        { profiles: noDelay },
      );
      const r = runEvacuation(b, { seed: 161 });
      expect(r.evacuated).toBe(80);
      const mean = r.agents.reduce((s, a) => s + a.exitTime!, 0) / r.agents.length;
      return { total: r.evacuationTime!, mean };
    };
    const rows = [0, 0.5, 1].map(run);
    console.log(
      `demography: elderly 0 / 50 / 100 %: total ${rows.map((r) => r.total).join(' / ')} s, ` +
        `mean exit ${rows.map((r) => r.mean.toFixed(1)).join(' / ')} s`,
    );
    for (let k = 1; k < rows.length; k++) {
      expect(rows[k]!.mean).toBeGreaterThan(rows[k - 1]!.mean + 1);
      expect(rows[k]!.total).toBeGreaterThanOrEqual(rows[k - 1]!.total);
    }
    // All elderly vs all adults: the free-speed ratio of the means is 1.34 / 0.89 ≈ 1.5; the total
    // time must grow by at least a quarter (walking, not the 2.66 p/s door cap, sets it here).
    expect(rows[2]!.total).toBeGreaterThan(1.25 * rows[0]!.total);
  });
});
