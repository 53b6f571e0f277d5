import { describe, expect, it } from 'vitest';
import {
  advance,
  createClock,
  pause,
  play,
  seek,
  setSpeed,
  SPEEDS,
} from '../../../renderer/src/playback/playback-clock.ts';
import { createPlayback } from '../../../renderer/src/playback/playback.ts';

describe('playback clock', () => {
  it('does not move while paused', () => {
    const c = createClock(100);
    expect(advance(c, 1)).toBe(c);
  });
  it('advances by real time × speed and stops at the end', () => {
    let c = setSpeed(play(createClock(100)), 16);
    c = advance(c, 0.1);
    expect(c.t).toBeCloseTo(1.6);
    c = seek(c, 99.5);
    c = advance(c, 0.1);
    expect(c).toMatchObject({ t: 100, playing: false });
  });
  it('caps a long gap between frames (a hidden tab) instead of jumping', () => {
    const c = advance(play(createClock(1000)), 30);
    expect(c.t).toBeCloseTo(0.25 * 8);
  });
  it('plays from the start again at the end', () => {
    expect(play(seek(createClock(10), 10))).toMatchObject({ t: 0, playing: true });
    expect(pause(play(createClock(10))).playing).toBe(false);
  });
  it('clamps seeks and accepts only the listed speeds', () => {
    expect(seek(createClock(10), -5).t).toBe(0);
    expect(seek(createClock(10), 50).t).toBe(10);
    expect(seek(createClock(10), Number.NaN).t).toBe(0);
    expect(SPEEDS[0]).toBe(1);
    expect(SPEEDS[SPEEDS.length - 1]).toBe(64);
    expect(setSpeed(createClock(10), 64).speed).toBe(64);
    expect(setSpeed(createClock(10), 3).speed).toBe(8);
  });
});

describe('playback', () => {
  it('notifies listeners and asks for a frame on every change, not when nothing changes', () => {
    const p = createPlayback({ agents: 0, times: Float64Array.from([0, 1, 2]), frames: [] });
    const seen: number[] = [];
    let frames = 0;
    p.requestFrame = () => frames++;
    const off = p.subscribe((c) => seen.push(c.t));
    expect(p.clock.end).toBe(2);
    p.tick(0.1); // paused: nothing
    expect(frames).toBe(0);
    p.play();
    expect(p.tick(0.1)).toBe(true);
    p.seek(2);
    off();
    p.seek(1);
    expect(seen.map((t) => Math.round(t * 10) / 10)).toEqual([0, 0.8, 2]);
    expect(frames).toBe(4);
  });
});
