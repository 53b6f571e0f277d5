/**
 * `npm run bench:drill [-- RUNS]`: wall time of the drill's evacuation Monte Carlo (issue 7 "Tests and
 * speed"): RUNS (default 50) runs of the 33-storey sample's baseline on a pool of 1 worker, then of 2,
 * and the speed-up (target ≥ 1.8×). Also checks that both batches are identical. A figure, not a timed
 * test: the load average and the cores each batch really got are printed, because other work on the
 * machine eats into the speed-up.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { loadBuildingText } from '../models/load/load-building.ts';
import { applyScenario } from '../models/scenario/apply-scenario.ts';
import { createEvacRunner } from '../cli/drill/evac-pool.ts';
import { runSeeds } from '../drill/seeds.ts';
import { distribution } from '../drill/stats.ts';
import { minSec } from '../drill/format.ts';

const runs = Number(process.argv[2] ?? 50);
const path = new URL('../models/samples/yuzhong-residential-33f.json', import.meta.url);
const loaded = loadBuildingText(readFileSync(path, 'utf8'), 'yuzhong-residential-33f.json');
if (!loaded.building) throw new Error('the 33-storey sample does not load');
const scenario = loaded.building.scenarios?.find((s) => s.id === 'baseline');
if (!scenario) throw new Error('the 33-storey sample has no baseline scenario');
const building = applyScenario(loaded.building, scenario);
const seeds = runSeeds(scenario.seed ?? 1, runs);

console.log(
  `cores ${os.availableParallelism()}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`${runs} runs of yuzhong-residential-33f / baseline, base seed ${seeds[0]}`);

const times: number[] = [];
const batches: string[] = [];
for (const threads of [1, 2]) {
  const runner = createEvacRunner(threads);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const digests = await runner.run(building, seeds);
  const wall = (performance.now() - t0) / 1000;
  // CPU seconds of every thread of this process / wall seconds = the cores the batch really got.
  const cu = process.cpuUsage(c0);
  const cores = (cu.user + cu.system) / 1e6 / wall;
  await runner.close();
  times.push(wall);
  batches.push(JSON.stringify(digests));
  const d = distribution(digests.map((x) => x.rset ?? Infinity).filter(Number.isFinite));
  console.log(
    `${threads} worker(s): ${wall.toFixed(1)} s wall (${(wall / runs).toFixed(2)} s per run, ${cores.toFixed(2)} cores used); RSET mean ${minSec(d.mean)}, p50 ${minSec(d.p50)}, p95 ${minSec(d.p95)}, max ${minSec(d.max)}`,
  );
}
console.log(`speed-up 2 vs 1 worker: ${(times[0]! / times[1]!).toFixed(2)}× (target ≥ 1.8×)`);
console.log(`identical batches: ${batches[0] === batches[1] ? 'yes' : 'NO'}`);
