/**
 * Node worker_threads entry for the access worker API (the test starts it from this `.ts` file:
 * Node 22 strips the types itself). comlink's Node adapter turns `parentPort` into the endpoint
 * `expose` expects.
 */
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { accessWorkerApi } from '../../../sim-core/access/worker-api.ts';

if (!parentPort) throw new Error('node-worker.ts must run in a worker thread');
expose(accessWorkerApi, nodeEndpoint(parentPort));
