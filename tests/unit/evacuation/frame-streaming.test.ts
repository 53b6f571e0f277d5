/**
 * Frame streaming of the evacuation worker API (issue 3 "Interfaces"; record/frame-chunks.ts): the
 * chunks handed to `onFrames`, concatenated, are the result's trajectory frames (people and
 * firefighters), frame by frame and bit for bit; there are ceil(F / framesPerChunk) of them, each
 * starting where the previous ended; streaming does not change the result; a cancel mid-stream
 * stops the run; and through comlink over Node worker_threads a chunk arrives before the result,
 * its buffers transferred.
 */
import { Worker } from 'node:worker_threads';
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTrajectories, type EvacuationResult } from '../../../sim-core/evacuation/index.ts';
import { FRAME_CHUNK_FRAMES, type FrameChunk } from '../../../sim-core/evacuation/record/frame-chunks.ts';
import { FIREFIGHTER_VALUES } from '../../../sim-core/evacuation/record/trajectory-recorder.ts';
import { evacuationWorkerApi, type EvacuationWorkerApi } from '../../../sim-core/evacuation/worker-api.ts';
import { createLiveRunStore, LiveFrames } from '../../../renderer/src/run/live-frames.ts';
import { crewTower } from '../../verification/evacuation/buildings.ts';

const tower = crewTower();

/** Bit-for-bit equality of two results (JSON part and trajectory bytes). */
function expectIdentical(a: EvacuationResult, b: EvacuationResult): void {
  const { trajectories: at, densityMaps: ad, ...aRest } = a;
  const { trajectories: bt, densityMaps: bd, ...bRest } = b;
  expect(JSON.stringify(aRest)).toBe(JSON.stringify(bRest));
  expect(encodeTrajectories(at!)).toEqual(encodeTrajectories(bt!));
  expect(ad?.length).toBe(bd?.length);
}

/** Checks the chunks against the result's trajectories, frame by frame. */
function expectChunksMatch(chunks: FrameChunk[], r: EvacuationResult, perChunk: number): void {
  const tr = r.trajectories!;
  const F = tr.frames.length;
  expect(F).toBeGreaterThan(perChunk * 2);
  expect(chunks).toHaveLength(Math.ceil(F / perChunk));
  const values = 4 * tr.agents; // x, y, storey, height
  let next = 0;
  for (const [c, ch] of chunks.entries()) {
    const k = ch.times.length;
    expect(ch.first).toBe(next);
    expect(ch.first).toBe(c * perChunk);
    expect(k).toBe(c < chunks.length - 1 ? perChunk : F - c * perChunk);
    expect(ch.agents).toBe(tr.agents);
    expect(ch.interval).toBe(tr.interval);
    expect(ch.storeys).toEqual(tr.storeys);
    expect(ch.frames).toBeInstanceOf(Float32Array);
    expect(ch.frames.length).toBe(k * values);
    for (let f = 0; f < k; f++) {
      const i = ch.first + f;
      expect(ch.times[f]).toBe(tr.times[i]);
      expect(new Uint8Array(ch.frames.slice(f * values, (f + 1) * values).buffer)).toEqual(
        new Uint8Array(tr.frames[i]!.buffer),
      );
    }
    if (tr.firefighters) {
      const fv = FIREFIGHTER_VALUES * tr.firefighters.count;
      expect(ch.firefighters?.count).toBe(tr.firefighters.count);
      for (let f = 0; f < k; f++)
        expect(Array.from(ch.firefighters!.frames.subarray(f * fv, (f + 1) * fv))).toEqual(
          Array.from(tr.firefighters.frames[ch.first + f]!),
        );
    } else expect(ch.firefighters).toBeUndefined();
    next += k;
  }
  expect(next).toBe(F);
}

describe('frame streaming (in process)', () => {
  it('the chunks concatenated are the trajectories, ceil(F / 5) chunks by default; same result', async () => {
    const chunks: FrameChunk[] = [];
    const options = { record: { interval: 1 } };
    const streamed = await evacuationWorkerApi.run(tower, 'crew', options, undefined, undefined, (c) => {
      chunks.push(c);
    });
    const plain = await evacuationWorkerApi.run(tower, 'crew', options);
    expect(streamed.firefighters[0]!.arrivalTime).not.toBeNull();
    expect(streamed.trajectories!.firefighters).toBeDefined();
    expectIdentical(streamed, plain);
    expectChunksMatch(chunks, streamed, FRAME_CHUNK_FRAMES);
    // Timing: a chunk every 5 recorded frames of 1 s, so a full chunk spans 4 s from its first frame
    // and chunks start 5 s apart.
    for (let c = 1; c < chunks.length; c++)
      expect(chunks[c]!.times[0]! - chunks[c - 1]!.times[0]!).toBeCloseTo(5, 9);
  });

  it('framesPerChunk and the recording interval set the chunks; people-only run', async () => {
    const chunks: FrameChunk[] = [];
    const options = { seed: 3, record: { interval: 0.5 }, framesPerChunk: 7 };
    const streamed = await evacuationWorkerApi.run(tower, null, options, undefined, undefined, (c) => {
      chunks.push(c);
    });
    const plain = await evacuationWorkerApi.run(tower, null, { seed: 3, record: { interval: 0.5 } });
    expectIdentical(streamed, plain);
    expectChunksMatch(chunks, streamed, 7);
  });

  it('streams without recorded trajectories too, without changing the result', async () => {
    const chunks: FrameChunk[] = [];
    const streamed = await evacuationWorkerApi.run(tower, null, { seed: 4 }, undefined, undefined, (c) => {
      chunks.push(c);
    });
    const plain = await evacuationWorkerApi.run(tower, null, { seed: 4, record: { interval: 1 } });
    expect(streamed.trajectories).toBeUndefined();
    const { trajectories, densityMaps, ...rest } = plain;
    expect(trajectories).toBeDefined();
    expect(densityMaps).toBeDefined();
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(rest));
    expectChunksMatch(chunks, plain, FRAME_CHUNK_FRAMES);
  });

  it('a cancel during streaming stops the run', async () => {
    const flag = new Int32Array(1);
    let calls = 0;
    const run = evacuationWorkerApi.run(tower, null, { seed: 1 }, undefined, flag, () => {
      if (++calls === 2) flag[0] = 1;
    });
    await expect(run).rejects.toThrow(/cancelled/);
    expect(calls).toBe(2);
  });

  it("the renderer's growing stream (LiveFrames) rebuilds the frames from the chunks", async () => {
    const live = new LiveFrames();
    const store = createLiveRunStore();
    const mine = store.start();
    const latestTimes: number[] = [];
    const got: FrameChunk[] = [];
    const r = await evacuationWorkerApi.run(
      tower,
      null,
      { seed: 2, framesPerChunk: 3, record: { interval: 0.5 } },
      undefined,
      undefined,
      (c) => {
        got.push(c);
        live.append(c);
        store.append(mine, c);
        latestTimes.push(live.latestTime());
      },
    );
    const tr = r.trajectories!;
    expect(live.count).toBe(tr.frames.length);
    expect(live.storeys).toEqual(tr.storeys);
    expect(Array.from(live.times.subarray(0, live.count))).toEqual(Array.from(tr.times));
    const values = 4 * tr.agents; // x, y, storey, height
    for (let i = 0; i < live.count; i++)
      expect(Array.from(live.frames.subarray(i * values, (i + 1) * values))).toEqual(
        Array.from(tr.frames[i]!),
      );
    expect(Array.from(live.latest()!)).toEqual(Array.from(tr.frames.at(-1)!));
    expect(latestTimes.at(-1)).toBe(tr.times.at(-1));
    expect(latestTimes.every((t, i) => i === 0 || t > latestTimes[i - 1]!)).toBe(true);
    // The store: the same frames; a chunk out of order is refused; clear ends the live run.
    expect(store.frames!.count).toBe(live.count);
    expect(() => live.append(got[0]!)).toThrow(/starts at frame 0, not/);
    expect(live.count).toBeGreaterThan(32); // grew past its first capacity (16 frames) twice
    const v = store.version;
    store.clear(new LiveFrames());
    expect(store.frames).toBe(mine);
    store.clear(mine);
    expect(store.frames).toBeNull();
    expect(store.version).toBe(v + 1);
  });

  it('rejects a framesPerChunk that is not a whole number ≥ 1', async () => {
    await expect(
      evacuationWorkerApi.run(tower, null, { framesPerChunk: 0 }, undefined, undefined, () => {}),
    ).rejects.toThrow(/frames per chunk/);
  });
});

describe('frame streaming (comlink, worker_threads)', () => {
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

  it('chunks arrive before the result and concatenate to its trajectories', async () => {
    const events: string[] = [];
    const chunks: FrameChunk[] = [];
    const options = { record: { interval: 1 } };
    const remote = await api
      .run(
        tower,
        'crew',
        options,
        undefined,
        undefined,
        proxy((c: FrameChunk) => {
          events.push('chunk');
          chunks.push(c);
        }),
      )
      .then((r) => {
        events.push('result');
        return r;
      });
    expect(events[0]).toBe('chunk');
    expect(events[events.length - 1]).toBe('result');
    expectChunksMatch(chunks, remote, FRAME_CHUNK_FRAMES);
    expectIdentical(remote, await evacuationWorkerApi.run(tower, 'crew', options));
  });
});
