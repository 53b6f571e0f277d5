/**
 * Water engine benchmark (`npm run bench:water`): one solve of each sample (fire on its top storey);
 * the 52-storey sample's sweep — every hydrant storey as fire storey × the issue's 4 supply states
 * {all pumps, P3 failed, tanks empty, fire engine via inlet} (target ≤ 1 s on one core) — then
 * every state the sweep has (each pump failed, each PRV stuck open / failed closed, jockey only);
 * the supply options (inlet, relay, stair lay); and the sweep through the worker API in process.
 */
import { readFileSync } from 'node:fs';
import { loadBuildingText } from '../models/load/load-building.ts';
import { analyseWater, loadEpanet, resolveSupply, WaterModel } from '../sim-core/water/index.ts';
import type { LadderState } from '../sim-core/water/index.ts';
import { hydrantStoreys, ladder, ladderStates } from '../sim-core/water/ladder.ts';
import { waterWorkerApi } from '../sim-core/water/worker-api.ts';

const SAMPLES = ['old-tower-1998-24f', 'yuzhong-residential-33f', 'office-tower-52f'];

const t0 = performance.now();
const ws = await loadEpanet();
console.log(`EPANET ${ws.version} loaded in ${(performance.now() - t0).toFixed(1)} ms`);

for (const name of SAMPLES) {
  const text = readFileSync(new URL(`../models/samples/${name}.json`, import.meta.url), 'utf8');
  const b = loadBuildingText(text, name).building;
  if (!b) throw new Error(`${name} does not load`);
  const tb = performance.now();
  const model = new WaterModel(ws, b);
  const built = performance.now() - tb;
  const storeys = hydrantStoreys(model);
  const top = storeys[storeys.length - 1]!;
  const flowing = model.flowingFor(top);
  model.solveRaw(flowing); // warm-up
  const runs = 20;
  const ts = performance.now();
  for (let i = 0; i < runs; i++) model.solveRaw(flowing);
  const solve = (performance.now() - ts) / runs;
  console.log(`${name}: build ${built.toFixed(1)} ms, one solve (fire on ${top}) ${solve.toFixed(2)} ms`);
  model.close();
}

const b = loadBuildingText(
  readFileSync(new URL('../models/samples/office-tower-52f.json', import.meta.url), 'utf8'),
).building!;
const supply = resolveSupply(b, {});
const model = new WaterModel(ws, b, supply.ok ? supply.connection : undefined);
const storeys = hydrantStoreys(model);
const states = ladderStates(model);
const sweep = (chosen: LadderState[]): { ms: number; cells: number } => {
  const ts = performance.now();
  let cells = 0;
  for (const s of chosen) cells += ladder(model, s, storeys).length;
  return { ms: performance.now() - ts, cells };
};
// The issue's sweep: every storey × 4 supply states (all pumps, a pump failed, tanks empty, engine).
const four = states.filter((s) => ['all', 'failed:P3', 'tank-empty', 'engine'].includes(s.id));
const base = sweep(four);
console.log(
  `office-tower-52f sweep: ${storeys.length} storeys × ${four.length} states (${four.map((s) => s.id).join(', ')}) = ` +
    `${base.cells} solves in ${base.ms.toFixed(0)} ms (${(base.ms / base.cells).toFixed(2)} ms each); target ≤ 1000 ms: ${base.ms <= 1000 ? 'met' : 'NOT met'}`,
);
// Every state the sweep has: each pump failed, each PRV stuck open and failed closed, jockey only.
const all = sweep(states);
console.log(
  `office-tower-52f full sweep: ${storeys.length} storeys × ${states.length} states = ${all.cells} solves in ` +
    `${all.ms.toFixed(0)} ms (${(all.ms / all.cells).toFixed(2)} ms each)`,
);
model.close();

// Supply options (one engine at the inlet, two in relay, a hose up the stairs) for the office.
const tSupply = performance.now();
const options = await analyseWater(b, { supply: { vehicle: 'high-pressure-40', relay: {} } });
console.log(
  `office-tower-52f analyseWater with supply options (${options.supplies!.map((o) => `${o.option} ${o.highestEffectiveStorey ?? 'none'}`).join(', ')}): ` +
    `${(performance.now() - tSupply).toFixed(0)} ms`,
);

// The same sweep through the worker API in process (what a comlink worker runs).
const tWorker = performance.now();
let reports = 0;
await waterWorkerApi.sweep(b, {}, () => void reports++);
console.log(
  `office-tower-52f waterWorkerApi.sweep (all states, ${reports} progress reports): ${(performance.now() - tWorker).toFixed(0)} ms`,
);
