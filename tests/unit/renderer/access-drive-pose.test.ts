import { describe, expect, it } from 'vitest';
import { driveDuration, driveTrack, poseAt } from '../../../renderer/src/scene/access-drive-pose.ts';

const out = new Float64Array(4);

describe('access drive pose', () => {
  // A straight east 0→20 m, a quarter turn left, then north, then a reverse step back south.
  const path = [
    [0, 0, 0],
    [10, 0, 0],
    [20, 0, 0],
    [25, 5, 90],
    [25, 15, 90],
    [25, 12, 90],
  ];
  const track = driveTrack(path);

  it('starts at the first point and ends at the last', () => {
    expect([...poseAt(track, 0, out)].slice(0, 3)).toEqual([0, 0, 0]);
    const end = [...poseAt(track, track.length, out)];
    expect(end[0]).toBeCloseTo(25);
    expect(end[1]).toBeCloseTo(12);
    expect(end[2]).toBeCloseTo(Math.PI / 2);
    // Clamped beyond the ends.
    expect(poseAt(track, -5, out)[0]).toBe(0);
    expect(poseAt(track, track.length + 5, out)[1]).toBeCloseTo(12);
  });

  it('is halfway along a straight at half its length, heading unchanged, driving forward', () => {
    const p = poseAt(track, 5, out);
    expect(p[0]).toBeCloseTo(5);
    expect(p[1]).toBeCloseTo(0);
    expect(p[2]).toBeCloseTo(0);
    expect(p[3]).toBe(0);
  });

  it('measures length along the path', () => {
    expect(track.length).toBeCloseTo(20 + Math.hypot(5, 5) + 10 + 3);
  });

  it('flags the step against the heading as reversing', () => {
    expect([...track.reverse]).toEqual([0, 0, 0, 0, 1]);
    expect(poseAt(track, track.length - 1, out)[3]).toBe(1);
  });

  it('turns the heading continuously, the short way across ±180°', () => {
    let prev = poseAt(track, 0, out)[2]!;
    for (let s = 0.1; s <= track.length; s += 0.1) {
      const th = poseAt(track, s, out)[2]!;
      expect(Math.abs(th - prev)).toBeLessThan(0.2);
      prev = th;
    }
    const wrap = driveTrack([
      [0, 0, 170],
      [-1, -0.1, -170],
    ]);
    const mid = poseAt(wrap, wrap.length / 2, out)[2]!;
    expect(Math.abs(Math.cos(mid) + 1)).toBeLessThan(1e-9); // 180°, not 0°
  });

  it('plays in about 8 to 12 s', () => {
    for (const len of [0, 30, 200, 5000]) {
      expect(driveDuration(len)).toBeGreaterThanOrEqual(8);
      expect(driveDuration(len)).toBeLessThanOrEqual(12);
    }
  });
});
