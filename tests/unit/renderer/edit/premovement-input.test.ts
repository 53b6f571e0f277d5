/**
 * The Scenario tab's pre-movement form: min:s fields → the format's distributions in seconds, and
 * the reasons it refuses (the same bounds the models' validator checks, said before adding).
 */
import { describe, expect, it } from 'vitest';
import { sampleBuilding } from '../fixtures.ts';
import { addPremovement } from '../../../../renderer/src/edit/commands.ts';
import { validateEdit } from '../../../../renderer/src/edit/validate-edit.ts';
import {
  PREMOVEMENT_FIELDS,
  PREMOVEMENT_TYPES,
  premovementInput,
} from '../../../../renderer/src/scenario/premovement-input.ts';

describe('pre-movement form', () => {
  it('reads each type in min:s and gives seconds', () => {
    expect(premovementInput('lognormal', { mean: '5:00', sd: '2:30' })).toEqual({
      ok: true,
      value: { type: 'lognormal', mean: 300, sd: 150 },
    });
    expect(premovementInput('uniform', { min: '1', max: '5:30' })).toEqual({
      ok: true,
      value: { type: 'uniform', min: 60, max: 330 },
    });
    expect(premovementInput('triangular', { min: '0:30', mode: '2:00', max: '10' })).toEqual({
      ok: true,
      value: { type: 'triangular', min: 30, mode: 120, max: 600 },
    });
    expect(premovementInput('constant', { value: '0:45' })).toEqual({
      ok: true,
      value: { type: 'constant', value: 45 },
    });
    expect(premovementInput('normal', { mean: '3:00', sd: '0:40' })).toEqual({
      ok: true,
      value: { type: 'normal', mean: 180, sd: 40 },
    });
  });

  it('says why it refuses, and nothing while the form is empty', () => {
    expect(premovementInput('lognormal', {})).toEqual({ ok: false, problem: null });
    expect(premovementInput('lognormal', { mean: '5:00' })).toEqual({ ok: false, problem: 'missing' });
    expect(premovementInput('lognormal', { mean: '5 min', sd: '1:00' })).toEqual({
      ok: false,
      problem: 'badMinSec',
    });
    expect(premovementInput('lognormal', { mean: '0:00', sd: '1:00' })).toEqual({
      ok: false,
      problem: 'meanZero',
    });
    expect(premovementInput('uniform', { min: '6:00', max: '5:00' })).toEqual({
      ok: false,
      problem: 'order',
    });
    expect(premovementInput('triangular', { min: '1:00', mode: '6:00', max: '5:00' })).toEqual({
      ok: false,
      problem: 'order',
    });
    // Fields of another type are not read.
    expect(premovementInput('constant', { mean: 'x', value: '1:00' })).toMatchObject({ ok: true });
  });

  it('every distribution it accepts is one the models accept in a scenario', () => {
    const tower = sampleBuilding('yuzhong-residential-33f');
    const times = ['0:30', '2:00', '9:00'];
    for (const type of PREMOVEMENT_TYPES) {
      const text = Object.fromEntries(PREMOVEMENT_FIELDS[type].map((f, i) => [f, times[i]!]));
      const input = premovementInput(type, text);
      expect(input.ok, type).toBe(true);
      if (!input.ok) continue;
      const b = addPremovement(tower, 'night', input.value, 'adult').do(tower);
      expect(validateEdit(b, 'x.json').errors, type).toEqual([]);
    }
  });
});
