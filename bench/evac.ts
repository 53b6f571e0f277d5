/**
 * `npm run bench:evac`: evacuation engine speed (issue 3 "Speed"). Prints, per case, the wall time
 * of setup and of the run, agent-steps per second (walkers moved in 2-D per wall second),
 * simulated seconds per wall second and per CPU second of the run, and memory (agent arrays in bytes
 * per agent; process peak RSS).
 * Cases: the three sample buildings (baseline), and 1 000 / 10 000 agents on one open storey at
 * 1.6 p/m² walking to four exits (targets: 33-storey sample fully evacuated ≤ 5 s wall; 10 000 agents
 * ≥ 3× real time; ≤ 200 bytes per agent). Figures, not timed tests. The load average is printed
 * first: with other work on the machine, compare the CPU seconds (setup + run) with the targets.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { openStoreyModel } from './open-storey.ts';
import { loadBuildingText } from '../models/load/load-building.ts';
import type { Building } from '../models/schema/building.ts';
import { bytesPerAgent, prepareEvacuation, stepSim } from '../sim-core/evacuation/index.ts';

function bench(name: string, b: Building, maxSim: number): void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const sim = prepareEvacuation(b, { seed: 1 });
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  let agentSteps = 0;
  while (sim.safe + sim.trapped < sim.a.n && sim.t < maxSim) {
    stepSim(sim);
    for (let i = 0; i < sim.a.n; i++) if (sim.a.state[i] === 1) agentSteps++;
  }
  const t2 = performance.now();
  const cu = process.cpuUsage(c0);
  const cuRun = process.cpuUsage(c1);
  // The run's CPU seconds alone: the speed target is "× real time on one core".
  const cpuRun = (cuRun.user + cuRun.system) / 1e6;
  // CPU seconds of this process: on a shared, loaded machine wall time overstates the cost.
  const cpu = (cu.user + cu.system) / 1e6;
  const run = (t2 - t1) / 1000;
  const done = sim.safe + sim.trapped === sim.a.n;
  console.log(
    [
      name.padEnd(28),
      `${sim.a.n} agents`.padStart(13),
      `setup ${((t1 - t0) / 1000).toFixed(2)} s`,
      `run ${run.toFixed(2)} s`,
      `total ${((t2 - t0) / 1000).toFixed(2)} s (cpu ${cpu.toFixed(2)} s)`,
      `${done ? 'evacuated' : 'stopped'} at ${sim.t.toFixed(1)} sim-s`,
      `${Math.round(agentSteps / run).toLocaleString('en')} agent-steps/s`,
      `${(sim.t / run).toFixed(2)} sim-s/wall-s`,
      `${(sim.t / cpuRun).toFixed(2)} sim-s/cpu-s`,
      `${Math.round(bytesPerAgent(sim.a))} B/agent`,
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ].join(' | '),
  );
}

/** One open storey holding n agents at 1.6 p/m² with a 2 m exit in each wall (bench/open-storey.ts). */
function openStorey(n: number): Building {
  const r = loadBuildingText(JSON.stringify(openStoreyModel(n, 2)));
  if (!r.building) throw new Error(JSON.stringify(r.errors.slice(0, 2)));
  return r.building;
}

const only = process.argv[2];
console.log(
  `load average ${os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')} on ${os.cpus().length} cores`,
);
for (const sample of ['yuzhong-residential-33f', 'old-tower-1998-24f', 'office-tower-52f']) {
  if (only && !sample.includes(only)) continue;
  const r = loadBuildingText(
    readFileSync(new URL(`../models/samples/${sample}.json`, import.meta.url), 'utf8'),
  );
  if (!r.building) {
    console.log(`${sample}: invalid (${r.errors.length} errors)`);
    continue;
  }
  bench(sample, r.building, 3600);
}
if (!only || only === 'open') {
  // 60 simulated seconds of the crowd moving (everyone walks from t = 0).
  bench('open storey 1.6 p/m²', openStorey(1000), 60);
  bench('open storey 1.6 p/m²', openStorey(10000), 60);
}
