import { describe, expect, it } from 'vitest';
import { createRng } from '../../../sim-core/random/rng.ts';
import { sample } from '../../../sim-core/random/sample-distribution.ts';
import type { Distribution } from '../../../models/schema/common.ts';

function stats(
  d: Distribution,
  n = 50_000,
  seed = 42,
): { mean: number; sd: number; min: number; max: number } {
  const rng = createRng(seed);
  let sum = 0;
  let sq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = sample(d, rng);
    sum += x;
    sq += x * x;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const mean = sum / n;
  return { mean, sd: Math.sqrt(sq / n - mean * mean), min, max };
}

describe('seeded RNG', () => {
  it('the same seed gives the same sequence; another seed another', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('is uniform (Kolmogorov–Smirnov, 20 000 draws, D < 1.63/√n, α = 0.01)', () => {
    const rng = createRng(123);
    const n = 20_000;
    const xs = Array.from({ length: n }, () => rng.next()).sort((p, q) => p - q);
    let d = 0;
    xs.forEach((x, i) => (d = Math.max(d, Math.abs(x - i / n), Math.abs(x - (i + 1) / n))));
    expect(d).toBeLessThan(1.63 / Math.sqrt(n));
  });

  it('fork gives independent, reproducible streams; int stays in range', () => {
    const a = createRng(1).fork();
    const b = createRng(1).fork();
    expect(a.next()).toBe(b.next());
    const r = createRng(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[r.int(3)]!++;
    expect(counts.every((c) => c > 900 && c < 1100)).toBe(true);
  });
});

describe('sampling the five distributions', () => {
  it('constant and uniform', () => {
    expect(stats({ type: 'constant', value: 3 })).toEqual({ mean: 3, sd: 0, min: 3, max: 3 });
    const u = stats({ type: 'uniform', min: 10, max: 100 });
    expect(u.mean).toBeCloseTo(55, 0);
    expect(u.sd).toBeCloseTo(90 / Math.sqrt(12), 0);
    expect(u.min).toBeGreaterThanOrEqual(10);
    expect(u.max).toBeLessThan(100);
  });

  it('normal: Weidmann N(1.34, 0.26), and truncated to its bounds', () => {
    const n = stats({ type: 'normal', mean: 1.34, sd: 0.26 });
    expect(n.mean).toBeCloseTo(1.34, 2);
    expect(n.sd).toBeCloseTo(0.26, 2);
    const t = stats({ type: 'normal', mean: 1.34, sd: 0.26, min: 1.2, max: 1.5 });
    expect(t.min).toBeGreaterThanOrEqual(1.2);
    expect(t.max).toBeLessThanOrEqual(1.5);
    // Bounds far in the tail: clamped, not an endless loop.
    expect(stats({ type: 'normal', mean: 0, sd: 1, min: 50, max: 60 }, 10)).toMatchObject({
      min: 50,
      max: 50,
    });
  });

  it('lognormal takes the mean and sd of the variable itself', () => {
    const l = stats({ type: 'lognormal', mean: 120, sd: 60 }, 200_000);
    expect(l.mean / 120).toBeCloseTo(1, 1);
    expect(l.sd / 60).toBeCloseTo(1, 1);
    expect(l.min).toBeGreaterThan(0);
  });

  it('triangular: mean (min + mode + max) / 3, within bounds', () => {
    const t = stats({ type: 'triangular', min: 60, mode: 120, max: 300 });
    expect(t.mean).toBeCloseTo(160, 0);
    expect(t.min).toBeGreaterThanOrEqual(60);
    expect(t.max).toBeLessThanOrEqual(300);
  });
});
