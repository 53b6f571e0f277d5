/**
 * movement/fast-exp.ts: the table-reduced exp of the speed model's repulsion. Its documented bound is
 * a relative error below 1e−11 of Math.exp over −40…40 (the callers' range), and clamping outside.
 */
import { describe, expect, it } from 'vitest';
import { fastExp } from '../../../sim-core/evacuation/movement/fast-exp.ts';

describe('fastExp', () => {
  it('is within 1e-11 (relative) of Math.exp over -40…40, on a fine grid and at odd points', () => {
    let worst = 0;
    for (let k = 0; k <= 400_000; k++) {
      const q = -40 + k * 2e-4 + (k % 7) * 1.3e-6;
      if (q > 40) break;
      const e = Math.exp(q);
      worst = Math.max(worst, Math.abs(fastExp(q) / e - 1));
    }
    expect(worst).toBeLessThan(1e-11);
  });

  it('is exact at whole numbers to the table precision, and clamps outside -40…40', () => {
    expect(fastExp(0)).toBe(1);
    expect(Math.abs(fastExp(-12) / Math.exp(-12) - 1)).toBeLessThan(1e-15);
    expect(fastExp(-100)).toBe(fastExp(-40));
    expect(fastExp(100)).toBe(fastExp(40));
  });
});
