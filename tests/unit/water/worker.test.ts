/**
 * The water worker API through comlink over Node worker_threads: a worker started from a `.ts`
 * entry (Node 22 strips the types), the results equal to the in-process ones, progress reported
 * through a proxied callback, and a sweep cancelled through a SharedArrayBuffer flag.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../../models/load/load-building.ts';
import type { Building } from '../../../models/schema/building.ts';
import { analyseWater } from '../../../sim-core/water/index.ts';
import { waterWorkerApi, type WaterWorkerApi } from '../../../sim-core/water/worker-api.ts';

const sample = (name: string): Building =>
  loadBuildingText(readFileSync(new URL(`../../../models/samples/${name}.json`, import.meta.url), 'utf8'))
    .building!;

let worker: Worker;
let api: Remote<WaterWorkerApi>;
beforeAll(() => {
  worker = new Worker(new URL('./node-worker.ts', import.meta.url));
  api = wrap<WaterWorkerApi>(nodeEndpoint(worker));
});
afterAll(async () => {
  api[releaseProxy]();
  await worker.terminate();
});

describe('water worker API (comlink, worker_threads)', () => {
  const old = sample('old-tower-1998-24f');

  it('run in the worker equals analyseWater in process', async () => {
    const options = { fireStorey: 'F24', supply: { vehicle: 'pumper-CB10/60' } };
    const remote = await api.run(old, options);
    expect(remote).toEqual(await analyseWater(old, options));
    expect(remote.hydrants.filter((h) => h.flowing)).toHaveLength(2);
  });

  it('sweep in the worker equals the in-process sweep, with progress up to the total', async () => {
    const seen: [number, number][] = [];
    const remote = await api.sweep(
      old,
      {},
      proxy((done: number, total: number) => {
        seen.push([done, total]);
      }),
    );
    const local = await waterWorkerApi.sweep(old, {});
    expect(remote).toEqual(local);
    // …and the same ladder analyseWater builds.
    const full = await analyseWater(old, { sweep: true });
    expect(remote.cells).toEqual(full.sweep!.cells);
    const total = remote.cells.length;
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([d, t], i) => t === total && (i === 0 || d > seen[i - 1]![0]))).toBe(true);
  });

  it('a SharedArrayBuffer flag cancels a running sweep', async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    let calls = 0;
    const run = api.sweep(
      sample('office-tower-52f'),
      {},
      proxy(() => {
        // Cancel from this thread after the first progress report: no message reaches the worker.
        if (++calls === 1) Atomics.store(flag, 0, 1);
      }),
      flag,
    );
    await expect(run).rejects.toThrow(/cancelled/);
    expect(calls).toBe(1);
  });

  it('in process, a plain Int32Array flag cancels too', async () => {
    const flag = new Int32Array(1);
    flag[0] = 1;
    await expect(waterWorkerApi.sweep(old, {}, undefined, flag)).rejects.toThrow(/cancelled/);
  });
});
