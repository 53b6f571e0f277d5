import { describe, expect, it } from 'vitest';
import { frameAt, HIDDEN, interpolateFrames } from '../../../renderer/src/playback/interpolate.ts';

// Two agents (x, y, storey, height), three frames at 0, 1, 2 s: agent 0 walks on storey 0; agent 1
// moves to storey 1 on the floor (a version 1 file's jump: height 0 in both), then reaches safety.
const frames = {
  agents: 2,
  times: Float64Array.from([0, 1, 2]),
  frames: [
    Float32Array.from([0, 0, 0, 0, 5, 5, 0, 0]),
    Float32Array.from([2, 4, 0, 0, 6, 6, 1, 0]),
    Float32Array.from([4, 8, 0, 0, 0, 0, -1, 0]),
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
  const out = new Float32Array(8);
  const floors = Float32Array.from([0, 3, 6]);
  it('blends positions on the same storey', () => {
    interpolateFrames(frames, 0.5, out);
    expect([...out.subarray(0, 4)]).toEqual([1, 2, 0, 0]);
  });
  it('snaps to the nearer frame across a storey change off the stairs (never floats between storeys)', () => {
    interpolateFrames(frames, 0.4, out, floors);
    expect([...out.subarray(4, 8)]).toEqual([5, 5, 0, 0]);
    interpolateFrames(frames, 0.6, out, floors);
    expect([...out.subarray(4, 8)]).toEqual([6, 6, 1, 0]);
  });
  it('on a stair, blends across the storey change in the building’s height (walking down a flight)', () => {
    // Leaving storey 2 down a flight at 2.25 m below its floor (6 − 2.25 = 3.75 m), then queued on
    // the flight above storey 1's landing at 0.25 m over its floor (3.25 m).
    const stair = {
      agents: 1,
      times: Float64Array.from([0, 1]),
      frames: [Float32Array.from([11, 2, 2, -2.25]), Float32Array.from([11.5, 1, 1, 0.25])],
    };
    const o = new Float32Array(4);
    interpolateFrames(stair, 0.25, o, floors);
    expect(o[2]).toBe(2);
    expect(floors[o[2]!]! + o[3]!).toBeCloseTo(3.625, 5);
    expect(o[0]).toBeCloseTo(11.125, 5);
    interpolateFrames(stair, 0.75, o, floors);
    expect(o[2]).toBe(1);
    expect(floors[o[2]!]! + o[3]!).toBeCloseTo(3.375, 5);
    // Without the floor heights it cannot blend: nearer frame.
    interpolateFrames(stair, 0.75, o);
    expect([...o]).toEqual([11.5, 1, 1, 0.25]);
  });
  it('hides agents once safe', () => {
    interpolateFrames(frames, 1.8, out);
    expect(out[6]).toBe(HIDDEN);
    interpolateFrames(frames, 2, out);
    expect([...out]).toEqual([4, 8, 0, 0, 0, 0, HIDDEN, 0]);
  });
  it('hides everyone when there are no frames', () => {
    const o = Float32Array.from([1, 1, 3, 0]);
    interpolateFrames({ agents: 1, times: new Float64Array(0), frames: [] }, 0, o);
    expect(o[2]).toBe(HIDDEN);
  });
});
