/**
 * Browser module-worker entry: exposes the water worker API (worker-api.ts) with comlink on the
 * worker's global scope. `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`
 * and `Comlink.wrap<WaterWorkerApi>(worker)` on the other side. Node worker_threads need comlink's
 * Node adapter around `parentPort` instead (tests/unit/water/node-worker.ts shows it).
 */
import { expose } from 'comlink';
import { waterWorkerApi } from './worker-api.ts';

expose(waterWorkerApi);
