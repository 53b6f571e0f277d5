/**
 * Drawing from the building format's five distributions (spec "Profiles and distributions").
 * Only `Math.log` and `Math.sqrt` are used on the way (no trigonometry), both deterministic across
 * V8 builds, so seeded draws replay identically in Node and the browser.
 */
import type { Distribution } from '../../models/schema/common.ts';
import type { Rng } from './rng.ts';

/** Standard normal by Marsaglia's polar method (no sin/cos). */
export function standardNormal(rng: Rng): number {
  for (;;) {
    const u = 2 * rng.next() - 1;
    const v = 2 * rng.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Rejections before a truncated normal gives up and clamps (bounds deep in a tail). */
const MAX_REJECTIONS = 1000;

/**
 * One draw. `normal` with `min`/`max` is truncated by rejection (clamped after 1000 misses, which
 * happens only when the bounds exclude nearly all the mass). `lognormal` takes the mean and standard
 * deviation of the variable itself: σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
 */
export function sample(d: Distribution, rng: Rng): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'uniform':
      return d.min + (d.max - d.min) * rng.next();
    case 'normal': {
      const lo = d.min ?? -Infinity;
      const hi = d.max ?? Infinity;
      for (let i = 0; i < MAX_REJECTIONS; i++) {
        const x = d.mean + d.sd * standardNormal(rng);
        if (x >= lo && x <= hi) return x;
      }
      return Math.min(hi, Math.max(lo, d.mean));
    }
    case 'lognormal': {
      if (d.sd === 0) return d.mean;
      const sigma2 = Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean));
      const mu = Math.log(d.mean) - sigma2 / 2;
      return Math.exp(mu + Math.sqrt(sigma2) * standardNormal(rng));
    }
    case 'triangular': {
      const { min, mode, max } = d;
      if (max === min) return min;
      const u = rng.next();
      const f = (mode - min) / (max - min);
      return u < f
        ? min + Math.sqrt(u * (max - min) * (mode - min))
        : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
    }
  }
}
