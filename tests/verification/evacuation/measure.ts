/**
 * Measurement helpers for the verification tests: counting people in a box, the reference curves
 * the tests compare with, and the truncated-normal moments used to check drawn speeds. Pure
 * functions over the engine's public state (Sim), no engine code.
 */
import type { Sim } from '../../../sim-core/evacuation/index.ts';
import { SAFE, WALKING } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import type { Profile } from '../../../models/schema/profile.ts';
import { fixedProfile } from './buildings.ts';

/**
 * Weidmann (1993) speed–density: v(ρ) = 1.34·[1 − exp(−1.913·(1/ρ − 1/5.4))] m/s (vadere
 * SpeedAdjusterWeidmann.java: v0 1.34 m/s, γ 1.913 m⁻², ρmax 5.4 m⁻²; reference §6.1).
 */
export const weidmannSpeed = (rho: number): number =>
  rho >= 5.4 ? 0 : 1.34 * (1 - Math.exp(-1.913 * (1 / rho - 1 / 5.4)));

/**
 * Seyfried, Steffen, Klingsch & Boltes 2005 ("The fundamental diagram of pedestrian movement
 * revisited", J. Stat. Mech. P10002): in single file the space a walker needs grows linearly with
 * speed, d = a + b·v with a = 0.36 m and b = 1.06 s, so v(ρ) = (1/ρ − 0.36)/1.06 for a line density
 * ρ (1/m), capped at the free speed.
 */
export const seyfriedSingleFileSpeed = (rho: number, v0: number): number =>
  Math.max(0, Math.min(v0, (1 / rho - 0.36) / 1.06));

/** Weidmann 1993 free speeds N(1.34, 0.26), truncated as in Vadere's RiMEA scenarios; reaction 0. */
export const weidmannProfile = (id = 'w'): Profile => ({
  ...fixedProfile(id, 1.34),
  speed: { type: 'normal', mean: 1.34, sd: 0.26, min: 0.5, max: 2.2 },
});

/** People on storey `s` (−1: any storey) in the box [x0, x1] × [y0, y1] who are walking on a floor. */
export function countWalkingIn(sim: Sim, s: number, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  const a = sim.a;
  for (let i = 0; i < a.n; i++) {
    if (a.state[i] !== WALKING || (s >= 0 && a.storey[i] !== s)) continue;
    const x = a.x[i]!;
    const y = a.y[i]!;
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) n++;
  }
  return n;
}

/** People not yet safe (any state but SAFE) on storey `s` in the box. */
export function countNotSafeIn(sim: Sim, s: number, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  const a = sim.a;
  for (let i = 0; i < a.n; i++) {
    if (a.state[i] === SAFE || a.storey[i] !== s) continue;
    const x = a.x[i]!;
    const y = a.y[i]!;
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) n++;
  }
  return n;
}

const SQRT2PI = Math.sqrt(2 * Math.PI);
const phi = (z: number): number => Math.exp(-0.5 * z * z) / SQRT2PI;
/** Standard normal CDF (Abramowitz & Stegun 7.1.26 erf, |error| < 1.5e−7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Mean and standard deviation of N(μ, σ) truncated to [lo, hi] (standard closed forms). */
export function truncatedNormalMoments(
  mu: number,
  sd: number,
  lo: number,
  hi: number,
): { mean: number; sd: number } {
  const a = (lo - mu) / sd;
  const b = (hi - mu) / sd;
  const z = normalCdf(b) - normalCdf(a);
  const m = (phi(a) - phi(b)) / z;
  const v = 1 + (a * phi(a) - b * phi(b)) / z - m * m;
  return { mean: mu + sd * m, sd: sd * Math.sqrt(v) };
}

/** Sample mean and (n − 1) standard deviation. */
export function meanSd(xs: ArrayLike<number>): { mean: number; sd: number } {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  const mean = s / xs.length;
  let q = 0;
  for (let i = 0; i < xs.length; i++) q += (xs[i]! - mean) ** 2;
  return { mean, sd: Math.sqrt(q / Math.max(1, xs.length - 1)) };
}

/**
 * One-sample Kolmogorov–Smirnov statistic D = sup |F_n(x) − F(x)| of `xs` against the CDF `cdf`,
 * and the asymptotic critical value c(α)/√n with c = 1.358 at α = 0.05 and 1.628 at α = 0.01
 * (Smirnov; Massey 1951, Table 1).
 */
export function ksTest(
  xs: ArrayLike<number>,
  cdf: (x: number) => number,
  alpha: 0.05 | 0.01 = 0.05,
): { d: number; critical: number } {
  const s = Array.from(xs).sort((p, q) => p - q);
  const n = s.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(s[i]!);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return { d, critical: (alpha === 0.05 ? 1.358 : 1.628) / Math.sqrt(n) };
}
