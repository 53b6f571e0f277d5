/**
 * Distributions (profiles' speed and pre-movement, scenario pre-movement overrides): bounds in order,
 * and values that make physical sense — a walking speed must be able to be positive, a body radius
 * must be a body's.
 */
import type { ValidationContext } from '../context.ts';
import { num, pointer, type IssueList } from '../issue.ts';
import type { Distribution } from '../../schema/common.ts';

/** Lowest and highest value a distribution can produce (±Infinity when unbounded). */
export function distributionRange(d: Distribution): { min: number; max: number } {
  switch (d.type) {
    case 'constant':
      return { min: d.value, max: d.value };
    case 'uniform':
      return { min: d.min, max: d.max };
    case 'normal':
      return { min: d.min ?? -Infinity, max: d.max ?? Infinity };
    case 'lognormal':
      return { min: 0, max: Infinity };
    case 'triangular':
      return { min: d.min, max: d.max };
  }
}

function checkShape(d: Distribution, path: string, out: IssueList): boolean {
  const bad = (en: string, zh: string): false => {
    out.error(path, 'distribution.bounds', en, zh);
    return false;
  };
  if ((d.type === 'uniform' || d.type === 'triangular') && d.min > d.max) {
    return bad(
      `min ${num(d.min)} is greater than max ${num(d.max)}`,
      `min ${num(d.min)} 大于 max ${num(d.max)}`,
    );
  }
  if (d.type === 'triangular' && (d.mode < d.min || d.mode > d.max)) {
    return bad(
      `mode ${num(d.mode)} must lie between min ${num(d.min)} and max ${num(d.max)}`,
      `mode ${num(d.mode)} 必须介于 min ${num(d.min)} 与 max ${num(d.max)} 之间`,
    );
  }
  if (d.type === 'normal' && d.min !== undefined && d.max !== undefined && d.min > d.max) {
    return bad(
      `min ${num(d.min)} is greater than max ${num(d.max)}`,
      `min ${num(d.min)} 大于 max ${num(d.max)}`,
    );
  }
  return true;
}

/** Walking speeds above this (m/s) are sprinting, not evacuation; almost surely a unit slip (km/h). */
const MAX_WALKING_SPEED = 3;

function checkSpeed(d: Distribution, path: string, out: IssueList): void {
  if (!checkShape(d, path, out)) return;
  const r = distributionRange(d);
  if (r.max <= 0) {
    out.error(
      path,
      'distribution.speedNotPositive',
      'a walking speed must be able to be greater than 0 m/s',
      '步行速度必须能大于 0 m/s',
    );
  } else if (r.min <= 0) {
    out.warning(
      path,
      'distribution.speedMayBeZero',
      'this speed distribution can give 0 m/s or less; give a positive "min" (the engine would clamp it)',
      '该速度分布可能取到 0 m/s 或更小；请给出正的“min”（引擎会截断）',
    );
  }
  if (r.min > MAX_WALKING_SPEED) {
    out.error(
      path,
      'distribution.speedTooHigh',
      `walking speeds of ${num(r.min)} m/s and more are not walking (speeds are in m/s, not km/h)`,
      `${num(r.min)} m/s 及以上不是步行速度（单位为 m/s，不是 km/h）`,
    );
  }
}

function checkPremovement(d: Distribution, path: string, out: IssueList): void {
  if (!checkShape(d, path, out)) return;
  const r = distributionRange(d);
  if (r.max < 0) {
    out.error(
      path,
      'distribution.premovementNegative',
      'pre-movement times cannot all be negative',
      '疏散准备时间不能全为负值',
    );
  } else if (r.min < 0) {
    out.warning(
      path,
      'distribution.premovementMayBeNegative',
      'this pre-movement distribution can give negative times; give "min": 0 (the engine would clamp them)',
      '该疏散准备时间分布可能取到负值；请给出 "min": 0（引擎会截断）',
    );
  }
}

/** Body radii outside this (m) are not a person's; 0.15–0.3 is usual (JuPedSim default 0.2). */
const RADIUS_RANGE = { min: 0.1, max: 0.6 } as const;

export function checkDistributions(ctx: ValidationContext, out: IssueList): void {
  (ctx.building.profiles ?? []).forEach((p, i) => {
    const base = pointer('profiles', i);
    checkSpeed(p.speed, base + '/speed', out);
    checkPremovement(p.premovement, base + '/premovement', out);
    if (p.radius < RADIUS_RANGE.min || p.radius > RADIUS_RANGE.max) {
      out.error(
        base + '/radius',
        'profile.radiusRange',
        `a body radius of ${num(p.radius)} m is outside ${RADIUS_RANGE.min}–${RADIUS_RANGE.max} m (values are in metres)`,
        `身体半径 ${num(p.radius)} m 超出 ${RADIUS_RANGE.min}–${RADIUS_RANGE.max} m（单位为米）`,
      );
    }
  });
  (ctx.building.scenarios ?? []).forEach((s, i) => {
    (s.changes ?? []).forEach((c, k) => {
      if ('premovement' in c)
        checkPremovement(c.premovement, pointer('scenarios', i, 'changes', k, 'premovement'), out);
    });
  });
}
