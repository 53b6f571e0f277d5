/**
 * The pre-movement form's fields (times in min:s, as the panel shows them) → one of the format's
 * five distributions (spec "Profiles and distributions"; seconds inside), or why not: a field that
 * is not a time, one left empty, or bounds in the wrong order. Pure, so it is unit-tested.
 */
import type { Distribution } from '../../../models/index.ts';
import { parseMinSec } from './parse-input.ts';

export const PREMOVEMENT_TYPES = ['lognormal', 'normal', 'uniform', 'triangular', 'constant'] as const;
export type PremovementType = (typeof PREMOVEMENT_TYPES)[number];

/** The fields each type asks for, in the order shown. */
export const PREMOVEMENT_FIELDS: Readonly<Record<PremovementType, readonly PremovementField[]>> = {
  lognormal: ['mean', 'sd'],
  normal: ['mean', 'sd'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  constant: ['value'],
};

export type PremovementField = 'mean' | 'sd' | 'min' | 'mode' | 'max' | 'value';

/** Why the fields make no distribution (keys of scenarioEdit.premProblem). */
export type PremovementProblem = 'badMinSec' | 'missing' | 'order' | 'meanZero';

export type PremovementInput =
  { ok: true; value: Distribution } | { ok: false; problem: PremovementProblem | null };

/**
 * `problem: null` = nothing typed yet (no message, the button just waits). The checks are those the
 * models' validator makes (`distribution.bounds`), said before the change is added.
 */
export function premovementInput(
  type: PremovementType,
  text: Partial<Record<PremovementField, string>>,
): PremovementInput {
  const v: Partial<Record<PremovementField, number>> = {};
  let typed = false;
  for (const f of PREMOVEMENT_FIELDS[type]) {
    const p = parseMinSec(text[f] ?? '');
    if (!p.ok) return { ok: false, problem: 'badMinSec' };
    if (p.value !== undefined) {
      v[f] = p.value;
      typed = true;
    }
  }
  if (!typed) return { ok: false, problem: null };
  if (PREMOVEMENT_FIELDS[type].some((f) => v[f] === undefined)) return { ok: false, problem: 'missing' };
  switch (type) {
    case 'lognormal':
      // The lognormal's mean must be positive (schema: Positive).
      if (v.mean! <= 0) return { ok: false, problem: 'meanZero' };
      return { ok: true, value: { type, mean: v.mean!, sd: v.sd! } };
    case 'normal':
      return { ok: true, value: { type, mean: v.mean!, sd: v.sd! } };
    case 'uniform':
      if (v.min! > v.max!) return { ok: false, problem: 'order' };
      return { ok: true, value: { type, min: v.min!, max: v.max! } };
    case 'triangular':
      if (!(v.min! <= v.mode! && v.mode! <= v.max!)) return { ok: false, problem: 'order' };
      return { ok: true, value: { type, min: v.min!, mode: v.mode!, max: v.max! } };
    case 'constant':
      return { ok: true, value: { type, value: v.value! } };
  }
}
