/**
 * Access engine benchmark (`npm run bench:access`; prints, asserts nothing). Planning time per
 * vehicle and gate: each sample (baseline, and its "site-cleared" scenario where there is one), then
 * a synthetic 300 × 300 m site with a ring road, cross streets, a rescue site and 200 obstacles
 * (parked cars, planters, bollards) placed by a seeded generator, and the same site without
 * obstacles. Target ≤ 1 s per vehicle on one core. Times include goal sampling, the distance grid,
 * the search and, when a route fails, the blocking analysis.
 *
 * `--compare` runs every case a second time with the single-resolution search the planner had before
 * (0.25 m × 3° pruning everywhere, 1.5 m primitives, constant weight, no detours; LEGACY below) and
 * prints both. The clearance field (clearance-field.ts) cannot be switched off, so LEGACY is faster
 * than the old code was; docs/access.md keeps the numbers measured with the old code itself.
 * The load average is printed at the start and the end: the machine is shared. On a loaded machine
 * the wall-clock figures suffer; CPU time (this process, user + system) is printed per vehicle (all
 * its gates: one analyseAccess call) and per route. The planner gives up on node budgets only; its
 * wall-clock safety net (PlanOptions.maxMillis, 60 s) is far above these runs, so the answers do not
 * depend on the load.
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
      const ts = performance.now();
      const c0 = process.cpuUsage();
      const r = analyseAccess(rapier, b, { vehicles: [v], plan });
      const ms = performance.now() - ts;
      // CPU time of this process (user + system): what one core spends, whatever the load; includes
      // GC and Rapier's WASM, which run on this thread.
      const c = process.cpuUsage(c0);
      const cpu = (c.user + c.system) / 1000;
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
        `${label.padEnd(36)} ${v.padEnd(15)} ${mode.padEnd(6)} vehicle ${cpu.toFixed(0).padStart(5)} ms CPU ${ms.toFixed(0).padStart(6)} ms wall; per route ${(cpu / n).toFixed(0).padStart(5)} ms CPU ${(ms / n).toFixed(0).padStart(5)} ms wall  ${routes}`,
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
