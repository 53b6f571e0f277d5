/**
 * Water engine benchmark (`npm run bench:water`): one solve of each sample (fire on its top storey),
 * then the full sweep of the 52-storey sample — every hydrant storey as fire storey × the states
 * {all pumps, each fire pump failed, tanks empty, jockey only, fire engine via inlet} — timed on
 * its own (target ≤ 1 s on one core).
 */
import { readFileSync } from 'node:fs';
import { loadBuildingText } from '../models/load/load-building.ts';
import { loadEpanet, resolveSupply, WaterModel } from '../sim-core/water/index.ts';
import { hydrantStoreys, ladder, ladderStates } from '../sim-core/water/ladder.ts';

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
const ts = performance.now();
let cells = 0;
for (const s of states) cells += ladder(model, s, storeys).length;
const sweep = performance.now() - ts;
model.close();
console.log(
  `office-tower-52f sweep: ${storeys.length} storeys × ${states.length} states (${states.map((s) => s.id).join(', ')}) = ` +
    `${cells} solves in ${sweep.toFixed(0)} ms (${(sweep / cells).toFixed(2)} ms each); target ≤ 1000 ms: ${sweep <= 1000 ? 'met' : 'NOT met'}`,
);
