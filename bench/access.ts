/**
 * Access engine benchmark (`npm run bench:access`; prints, asserts nothing). Planning time per
 * vehicle (one analyseAccess call: every gate, goal sampling, distance grids, the searches, the
 * blocking analysis where a route fails, the site's code checks and aerial reach) and per route:
 * each sample (baseline, and its "site-cleared" scenario where there is one), then a synthetic
 * 300 × 300 m site with a ring road, cross streets, a rescue site and 200 obstacles (parked cars,
 * planters, bollards) placed by a seeded generator, and the same site without obstacles. Target
 * ≤ 1 s per vehicle on one core.
 *
 * Each case runs once (its time printed as "first run": it includes compiling the code paths that
 * case takes first), then `--runs N` times (default 3); the median is printed with the range. `--compare` runs every case a second time with the single-resolution search the planner
 * had before (0.25 m × 3° pruning everywhere, 1.5 m primitives, constant weight, no detours; LEGACY
 * below) and prints both; the exact 2-D contact test (body-contact.ts) cannot be switched off, so
 * LEGACY is faster than the old code was; docs/access.md keeps the numbers measured with the old
 * code itself. The load average is printed at the start and the end: the machine is shared. The
 * planner gives up on node budgets only; its wall-clock safety net (PlanOptions.maxMillis, 60 s) is
 * far above these runs, so the answers do not depend on the load.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Building } from '../models/schema/building.ts';
import { loadBuildingText } from '../models/load/load-building.ts';
import { applyScenario } from '../models/scenario/apply-scenario.ts';
import { loadRapier } from '../sim-core/access/rapier.ts';
import { analyseAccess } from '../sim-core/access/analyse-access.ts';
import type { PlanOptions } from '../sim-core/access/hybrid-astar.ts';
import { syntheticSite } from './access-site.ts';

const SAMPLES = ['old-tower-1998-24f', 'yuzhong-residential-33f', 'office-tower-52f'];
const VEHICLES = ['pumper-CB10/60', 'aerial-54', 'aerial-101'];

const LEGACY: Partial<PlanOptions> = {
  cell: 0.25,
  headingBins: 120,
  openCell: 0.25,
  openHeadingBins: 120,
  openStep: 1.5,
  farWeight: 1.5,
  maxDetours: 0,
  refine: null,
  proofNodes: 0,
};
const compare = process.argv.includes('--compare');
/** Timed runs per case (after one untimed run that warms the JIT for it): `--runs N`, default 3. */
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 3) : 3;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
console.log(`load average (1, 5, 15 min): ${load()}`);

const t0 = performance.now();
const rapier = await loadRapier();
console.log(`Rapier loaded in ${(performance.now() - t0).toFixed(0)} ms`);

function time(label: string, b: Building): void {
  for (const v of VEHICLES)
    for (const [mode, plan] of compare
      ? ([
          ['new', {}],
          ['legacy', LEGACY],
        ] as const)
      : ([['', {}]] as const)) {
      // RUNS runs, the median reported (the machine is shared and a run varies by ±30 %): wall
      // clock, and the CPU time of the whole process (user + system, every thread: the planner is
      // single-threaded, but V8 and Rapier's WASM keep a second core busy with compilation and
      // memory work, so CPU can exceed wall; on one core it would all be wall time).
      const walls: number[] = [];
      const cpus: number[] = [];
      const t1 = performance.now();
      let r = analyseAccess(rapier, b, { vehicles: [v], plan });
      const first = performance.now() - t1;
      for (let k = 0; k < RUNS; k++) {
        const ts = performance.now();
        const c0 = process.cpuUsage();
        r = analyseAccess(rapier, b, { vehicles: [v], plan });
        walls.push(performance.now() - ts);
        const c = process.cpuUsage(c0);
        cpus.push((c.user + c.system) / 1000);
      }
      const ms = median(walls);
      const cpu = median(cpus);
      const routes = r.vehicles
        .map(
          (x) =>
            `${x.entrance}:${x.reached ? 'reached' : x.outcome}` +
            (x.reached
              ? ''
              : `[${x.removeToPass ? `tow ${x.removeToPass.length}` : `blocked ${x.blockedBy.length}`}]`),
        )
        .join(' ');
      const n = Math.max(1, r.vehicles.length);
      console.log(
        `${label.padEnd(36)} ${v.padEnd(15)} ${mode.padEnd(6)} vehicle ${ms.toFixed(0).padStart(5)} ms wall (${Math.min(...walls).toFixed(0)}–${Math.max(...walls).toFixed(0)}; first run ${first.toFixed(0)}) ${cpu.toFixed(0).padStart(5)} ms CPU; per route ${(ms / n).toFixed(0).padStart(5)} ms wall  ${routes}`,
      );
    }
}

for (const name of SAMPLES) {
  const text = readFileSync(new URL(`../models/samples/${name}.json`, import.meta.url), 'utf8');
  const b = loadBuildingText(text, name).building;
  if (!b) throw new Error(`${name} does not load`);
  time(name, b);
  const cleared = b.scenarios?.find((s) => s.id === 'site-cleared');
  if (cleared) time(`${name} site-cleared`, applyScenario(b, cleared));
}

time('synthetic 300 × 300 m, 200 obstacles', syntheticSite(200));
time('synthetic 300 × 300 m, no obstacles', syntheticSite(0));
console.log(`load average (1, 5, 15 min): ${load()}`);
