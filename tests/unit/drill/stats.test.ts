import { describe, expect, it } from 'vitest';
import { distribution, histogram, percentile } from '../../../drill/stats.ts';
import { runSeeds } from '../../../drill/seeds.ts';

describe('Monte Carlo statistics', () => {
  it('nearest-rank percentiles: p95 of 1..50 is 48, p50 is 25', () => {
    const v = Array.from({ length: 50 }, (_, i) => i + 1);
    expect(percentile(v, 0.95)).toBe(48);
    expect(percentile(v, 0.5)).toBe(25);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('the histogram counts every value once, with round bin widths covering min..max', () => {
    const v = [612, 640, 655, 700, 701, 730, 733, 790, 820, 905, 906];
    const h = histogram(v);
    expect(h.reduce((s, b) => s + b.count, 0)).toBe(v.length);
    expect(h[0]!.from).toBeLessThanOrEqual(612);
    expect(h[h.length - 1]!.to).toBeGreaterThan(906);
    const w = h[0]!.to - h[0]!.from;
    expect([1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600]).toContain(w);
  });

  it('distribution: mean, p50, p95, max of a known sample', () => {
    const d = distribution([10, 20, 30, 40]);
    expect(d).toMatchObject({ n: 4, min: 10, mean: 25, p50: 20, p95: 40, max: 40 });
  });

  it('run seeds: run 1 is the base seed, the rest are distinct and depend only on the base', () => {
    const a = runSeeds(12, 50);
    expect(a[0]).toBe(12);
    expect(new Set(a).size).toBe(50);
    expect(runSeeds(12, 50)).toEqual(a);
    expect(runSeeds(12, 10)).toEqual(a.slice(0, 10));
    expect(runSeeds(13, 50).slice(1)).not.toEqual(a.slice(1));
    expect(() => runSeeds(1, 0)).toThrow();
  });
});
