/**
 * Browser module-worker entry: exposes the drill worker API (worker-api.ts) with comlink on the
 * worker's global scope. `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`
 * and `Comlink.wrap<DrillWorkerApi>(worker)` on the other side (renderer/src/compare/drill-client.ts).
 */
import { expose } from 'comlink';
import { drillWorkerApi } from './worker-api.ts';

expose(drillWorkerApi);
