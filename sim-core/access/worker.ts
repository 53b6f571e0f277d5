/**
 * Browser module-worker entry: exposes the access worker API (worker-api.ts) with comlink on the
 * worker's global scope. `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`
 * and `Comlink.wrap<AccessWorkerApi>(worker)` on the other side. Node worker_threads need comlink's
 * Node adapter around `parentPort` instead (tests/unit/access/node-worker.ts shows it).
 */
import { expose } from 'comlink';
import { accessWorkerApi } from './worker-api.ts';

expose(accessWorkerApi);
