/**
 * The evacuation worker API through comlink over Node worker_threads (as the water engine's
 * tests/unit/water/worker.test.ts): the worker's result equals the in-process one bit for bit for
 * the same seed (fire lifts, firefighters' scenario, recorded trajectories and density maps), the
 * transferred trajectory buffers arrive whole, progress comes through a proxied callback, and a
 * SharedArrayBuffer flag cancels a running run.
 */
import { Worker } from 'node:worker_threads';
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeTrajectories,
  runEvacuation,
  type EvacuationResult,
} from '../../../sim-core/evacuation/index.ts';
import { evacuationWorkerApi, type EvacuationWorkerApi } from '../../../sim-core/evacuation/worker-api.ts';
import { crewTower, liftTower } from '../../verification/evacuation/buildings.ts';

let worker: Worker;
let api: Remote<EvacuationWorkerApi>;
beforeAll(() => {
  worker = new Worker(new URL('./node-worker.ts', import.meta.url));
  api = wrap<EvacuationWorkerApi>(nodeEndpoint(worker));
});
afterAll(async () => {
  api[releaseProxy]();
  await worker.terminate();
});

/** Bit-for-bit: every number of the JSON part (exact decimal round trip) and every byte of the
 * typed arrays. */
function expectIdentical(remote: EvacuationResult, local: EvacuationResult): void {
  const { trajectories: rt, densityMaps: rd, ...rRest } = remote;
  const { trajectories: lt, densityMaps: ld, ...lRest } = local;
  expect(JSON.stringify(rRest)).toBe(JSON.stringify(lRest));
  expect(rt).toBeDefined();
  expect(encodeTrajectories(rt!)).toEqual(encodeTrajectories(lt!));
  expect(rd!.length).toBe(ld!.length);
  rd!.forEach((m, s) => {
    const l = ld![s]!;
    expect(new Uint8Array(m.maxDensity.buffer)).toEqual(new Uint8Array(l.maxDensity.buffer));
    expect(new Uint8Array(m.timeEF.buffer)).toEqual(new Uint8Array(l.timeEF.buffer));
    expect(m.los).toEqual(l.los);
  });
}

describe('evacuation worker API (comlink, worker_threads)', () => {
  const lifts = liftTower({ 6: 6, 4: 2 }, { 5: 20, 2: 15 });
  // A firefighter scenario on a tower, so the scenario path (seed, firefighters) runs in the worker.
  const tower = crewTower();

  it('the worker result equals the in-process result bit for bit (same seed)', async () => {
    const options = { seed: 5, useFireLifts: true, record: { interval: 0.5 } };
    const remote = await api.run(lifts, null, options);
    const local = runEvacuation(lifts, options);
    expect(local.lifts![0]!.carried).toBe(6 + 2 + 20 + 15);
    expectIdentical(remote, local);
    // The trajectory buffers arrived as Float32Arrays of the right size.
    const tr = remote.trajectories!;
    expect(tr.frames[0]).toBeInstanceOf(Float32Array);
    expect(tr.frames.every((f) => f.length === 4 * remote.occupants)).toBe(true);
    expect(tr.frames).toHaveLength(Math.floor(Math.round(remote.endTime / remote.dt) / 5) + 1);
  });

  it('a scenario runs with its seed and firefighters; progress reports come in order', async () => {
    const seen: [number, number, number][] = [];
    const remote = await api.run(
      tower,
      'crew',
      { record: { interval: 1 } },
      proxy((t: number, safe: number, n: number) => {
        seen.push([t, safe, n]);
      }),
    );
    const local = await evacuationWorkerApi.run(tower, 'crew', { record: { interval: 1 } });
    expect(remote.seed).toBe(11);
    expect(remote.firefighters[0]!.arrivalTime).not.toBeNull();
    expectIdentical(remote, local);
    expect(seen.length).toBeGreaterThan(2);
    expect(
      seen.every(([t, s, n], i) => n === 75 && (i === 0 || (t > seen[i - 1]![0] && s >= seen[i - 1]![1]))),
    ).toBe(true);
  });

  it('a SharedArrayBuffer flag cancels a running run', async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    let calls = 0;
    const run = api.run(
      tower,
      null,
      { seed: 1 },
      proxy(() => {
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
    await expect(evacuationWorkerApi.run(tower, null, {}, undefined, flag)).rejects.toThrow(/cancelled/);
  });
});
