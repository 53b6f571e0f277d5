/**
 * Browser module-worker entry: exposes the evacuation worker API (worker-api.ts) with comlink on the
 * worker's global scope. `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`
 * and `Comlink.wrap<EvacuationWorkerApi>(worker)` on the other side. Node worker_threads need
 * comlink's Node adapter around `parentPort` instead (tests/unit/evacuation/node-worker.ts).
 */
import { expose } from 'comlink';
import { evacuationWorkerApi } from './worker-api.ts';

expose(evacuationWorkerApi);
