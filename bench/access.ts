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
 * The load average is printed at the start and the end: the machine is shared.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Building } from '../models/schema/building.ts';
import type { Point } from '../models/schema/common.ts';
import type { SiteObstacle } from '../models/schema/site.ts';
import { loadBuildingText } from '../models/load/load-building.ts';
import { applyScenario } from '../models/scenario/apply-scenario.ts';
import { mulberry32 } from '../models/generator/random.ts';
import { loadRapier } from '../sim-core/access/rapier.ts';
import { analyseAccess } from '../sim-core/access/analyse-access.ts';
import type { PlanOptions } from '../sim-core/access/hybrid-astar.ts';

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
      const r = analyseAccess(rapier, b, { vehicles: [v], plan });
      const ms = performance.now() - ts;
      const routes = r.vehicles.map((x) => `${x.entrance}:${x.reached ? 'reached' : x.outcome}`).join(' ');
      const per = r.vehicles.length > 0 ? ms / r.vehicles.length : ms;
      console.log(
        `${label.padEnd(36)} ${v.padEnd(15)} ${mode.padEnd(6)} ${ms.toFixed(0).padStart(6)} ms total, ${per.toFixed(0).padStart(5)} ms per route  ${routes}`,
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

/** 300 × 300 m: a 7 m ring road, two 6 m cross streets, a rescue site by a 40 × 30 m block. */
function syntheticSite(want: number): Building {
  const text = readFileSync(new URL('../models/samples/old-tower-1998-24f.json', import.meta.url), 'utf8');
  const b = structuredClone(loadBuildingText(text).building!);
  const r = (x0: number, y0: number, x1: number, y1: number): Point[] => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  // The tower keeps its footprint (0…33.8 × 0…22.8); the site is drawn around it.
  const drivable = [
    { id: 'ring-S', kind: 'road' as const, polygon: r(-130, -140, 170, -133) },
    { id: 'ring-N', kind: 'road' as const, polygon: r(-130, 153, 170, 160) },
    { id: 'ring-W', kind: 'road' as const, polygon: r(-130, -140, -123, 160) },
    { id: 'ring-E', kind: 'road' as const, polygon: r(163, -140, 170, 160) },
    { id: 'cross-1', kind: 'road' as const, polygon: r(-130, -22, 170, -16) },
    { id: 'cross-2', kind: 'road' as const, polygon: r(80, -140, 86, 160) },
    { id: 'rs-1', kind: 'rescue-site' as const, polygon: r(0, -16, 33.8, -5) },
  ];
  const rng = mulberry32(300);
  const obstacles: SiteObstacle[] = [];
  const free = (p: Point[]): boolean =>
    !obstacles.some((o) => {
      const [a, c] = [o.polygon[0]!, o.polygon[2]!];
      return p[0]![0] < c[0] + 0.5 && p[2]![0] > a[0] - 0.5 && p[0]![1] < c[1] + 0.5 && p[2]![1] > a[1] - 0.5;
    });
  let guard = 0;
  while (obstacles.length < want && guard++ < 100000) {
    const lane = drivable[Math.floor(rng() * 6)]!;
    const [a, , c] = lane.polygon as [Point, Point, Point, Point];
    const horizontal = c[0] - a[0] > c[1] - a[1];
    const kind = rng() < 0.6 ? 'parked-car' : rng() < 0.5 ? 'planter' : 'bollard';
    const [l, w] = kind === 'parked-car' ? [4.8, 1.8] : kind === 'planter' ? [1.5, 1.5] : [0.3, 0.3];
    // Along one kerb of each lane, leaving it passable (a 7 m ring keeps ≥ 5 m, a 6 m street ≥ 4 m).
    const s = rng();
    const kerb = true;
    let p: Point[];
    if (horizontal) {
      const x = a[0] + 10 + s * (c[0] - a[0] - 20);
      const y = kerb ? a[1] + 0.1 : c[1] - 0.1 - w;
      p = r(x, y, x + l, y + w);
    } else {
      const y = a[1] + 10 + s * (c[1] - a[1] - 20);
      const x = kerb ? a[0] + 0.1 : c[0] - 0.1 - w;
      p = r(x, y, x + w, y + l);
    }
    if (!free(p)) continue;
    const o: SiteObstacle = { id: `${kind}-${obstacles.length + 1}`, kind, polygon: p, height: 1.5 };
    if (kind === 'parked-car') o.removable = true;
    obstacles.push(o);
  }
  b.site = {
    boundary: r(-135, -145, 175, 165),
    drivable,
    obstacles,
    entrances: [
      { id: 'gate-SW', at: [-129, -136.5], heading: 0 },
      { id: 'gate-NE', at: [169, 156.5], heading: 180 },
    ],
    station: { name: 'bench', travelTime: 300 },
  };
  console.log(
    `synthetic site: 300 × 300 m, ${drivable.length} drivable areas, ${obstacles.length} obstacles`,
  );
  return b;
}

time('synthetic 300 × 300 m, 200 obstacles', syntheticSite(200));
time('synthetic 300 × 300 m, no obstacles', syntheticSite(0));
console.log(`load average (1, 5, 15 min): ${load()}`);
