import { describe, expect, it } from 'vitest';
import { frameAt, HIDDEN, interpolateFrames } from '../../../renderer/src/playback/interpolate.ts';

// Two agents, three frames at 0, 1, 2 s: agent 0 walks on storey 0; agent 1 climbs to storey 1,
// then reaches safety.
const frames = {
  agents: 2,
  times: Float64Array.from([0, 1, 2]),
  frames: [
    Float32Array.from([0, 0, 0, 5, 5, 0]),
    Float32Array.from([2, 4, 0, 6, 6, 1]),
    Float32Array.from([4, 8, 0, 0, 0, -1]),
  ],
};

describe('frameAt', () => {
  it('finds the frame before t and the fraction to the next', () => {
    expect(frameAt(frames.times, 0.25)).toEqual({ index: 0, alpha: 0.25 });
    expect(frameAt(frames.times, 1.5)).toEqual({ index: 1, alpha: 0.5 });
  });
  it('clamps before the first and after the last frame', () => {
    expect(frameAt(frames.times, -3)).toEqual({ index: 0, alpha: 0 });
    expect(frameAt(frames.times, 99)).toEqual({ index: 2, alpha: 0 });
    expect(frameAt(new Float64Array(0), 1)).toEqual({ index: 0, alpha: 0 });
  });
  it('handles an irregular last interval', () => {
    expect(frameAt(Float64Array.from([0, 1, 1.5]), 1.25)).toEqual({ index: 1, alpha: 0.5 });
  });
});

describe('interpolateFrames', () => {
  const out = new Float32Array(6);
  it('blends positions on the same storey', () => {
    interpolateFrames(frames, 0.5, out);
    expect([...out.subarray(0, 3)]).toEqual([1, 2, 0]);
  });
  it('snaps to the nearer frame across a storey change (never floats between storeys)', () => {
    interpolateFrames(frames, 0.4, out);
    expect([...out.subarray(3, 6)]).toEqual([5, 5, 0]);
    interpolateFrames(frames, 0.6, out);
    expect([...out.subarray(3, 6)]).toEqual([6, 6, 1]);
  });
  it('hides agents once safe', () => {
    interpolateFrames(frames, 1.8, out);
    expect(out[5]).toBe(HIDDEN);
    interpolateFrames(frames, 2, out);
    expect([...out]).toEqual([4, 8, 0, 0, 0, HIDDEN]);
  });
  it('hides everyone when there are no frames', () => {
    const o = Float32Array.from([1, 1, 3]);
    interpolateFrames({ agents: 1, times: new Float64Array(0), frames: [] }, 0, o);
    expect(o[2]).toBe(HIDDEN);
  });
});
