import { readFileSync } from 'node:fs';
import { loadBuildingText } from '/work/main/models/load/load-building.ts';
import { applyScenario } from '/work/main/models/scenario/apply-scenario.ts';
import { loadRapier } from '/work/main/sim-core/access/rapier.ts';
import { analyseAccess } from '/work/main/sim-core/access/analyse-access.ts';
const b0 = loadBuildingText(readFileSync('/work/main/models/samples/old-tower-1998-24f.json','utf8')).building!;
const b = applyScenario(b0, b0.scenarios!.find(s=>s.id==='site-cleared')!);
const R = await loadRapier();
for (const m of [0.1, 0]) { const t=performance.now(); const r = analyseAccess(R,b,{vehicles:['aerial-54'],margin:m}); console.log(m, r.vehicles.map(v=>[v.entrance,v.outcome,v.length,v.reversals]), (performance.now()-t).toFixed(0)); }
