/**
 * Node worker_threads entry for the water worker API (the test starts it from this `.ts` file:
 * Node 22 strips the types itself). comlink's Node adapter turns `parentPort` into the endpoint
 * `expose` expects.
 */
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { waterWorkerApi } from '../../../sim-core/water/worker-api.ts';

if (!parentPort) throw new Error('node-worker.ts must run in a worker thread');
expose(waterWorkerApi, nodeEndpoint(parentPort));
