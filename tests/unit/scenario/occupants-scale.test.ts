/**
 * `occupants.scale` (Lifeline extension): "80 % at home at night" in one change instead of one
 * `occupants` change per room. Counts are rounded cumulatively over the targeted spaces so the total is
 * the scaled total (within one person), not the sum of per-room roundings.
 */
import { describe, expect, it } from 'vitest';
import { applyScenario, ScenarioError } from '../../../models/scenario/apply-scenario.ts';
import { validateBuilding } from '../../../models/load/load-building.ts';
import type { Building } from '../../../models/schema/building.ts';
import type { Scenario } from '../../../models/schema/scenario.ts';
import { validBuilding } from '../validation/fixtures.ts';

/** The fixture with `rooms` extra rooms of `each` people on its first storey. */
function withRooms(rooms: number, each: number): Building {
  const b = validBuilding();
  const storey = b.storeys[0]!;
  for (let k = 0; k < rooms; k++) {
    const x = 100 + k * 4;
    storey.spaces.push({
      id: `R${k}`,
      kind: 'room',
      polygon: [
        [x, 100],
        [x + 3, 100],
        [x + 3, 103],
        [x, 103],
      ],
      occupants: { count: each },
    });
  }
  return b;
}

function people(b: Building, ids: (id: string) => boolean): number {
  let n = 0;
  for (const s of b.storeys)
    for (const sp of s.spaces)
      if (ids(sp.id)) n += sp.occupants?.positions?.length ?? sp.occupants?.count ?? 0;
  return n;
}

const scaled = (scale: number, where: { storey?: string; space?: string } = {}): Scenario => ({
  id: 'night',
  changes: [{ occupants: { ...where, scale } }],
});

describe('occupants.scale', () => {
  it('scales 100 rooms of 3 by 0.8 to 240 people, not 100 × round(2.4) = 200', () => {
    const b = withRooms(100, 3);
    const s = applyScenario(b, scaled(0.8, { storey: b.storeys[0]!.id }));
    expect(people(s, (id) => id.startsWith('R'))).toBe(240);
    const counts = s.storeys[0]!.spaces.filter((sp) => sp.id.startsWith('R')).map(
      (sp) => sp.occupants!.count!,
    );
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
  });

  it('multiplies a density, keeps profiles, and 0 empties the building', () => {
    const b = validBuilding();
    b.storeys[0]!.spaces[1]!.occupants = { density: 0.5, profile: 'elderly' };
    const s = applyScenario(b, scaled(0.5));
    expect(s.storeys[0]!.spaces[1]!.occupants).toEqual({ density: 0.25, profile: 'elderly' });
    const none = applyScenario(withRooms(5, 4), scaled(0));
    expect(people(none, () => true)).toBe(0);
  });

  it('keeps the first positions when scaling fixed positions down, refuses scaling them up', () => {
    const b = withRooms(1, 0);
    b.storeys[0]!.spaces.at(-1)!.occupants = {
      positions: [
        [101, 101],
        [102, 101],
        [101, 102],
        [102, 102],
      ],
    };
    const s = applyScenario(b, scaled(0.5, { space: 'R0' }));
    expect(s.storeys[0]!.spaces.at(-1)!.occupants!.positions).toEqual([
      [101, 101],
      [102, 101],
    ]);
    expect(() => applyScenario(b, scaled(1.5, { space: 'R0' }))).toThrow(ScenarioError);
    try {
      applyScenario(b, scaled(1.5, { space: 'R0' }));
    } catch (e) {
      expect((e as ScenarioError).path).toBe('/changes/0/occupants/scale');
    }
  });

  it('is refused with a new count or density in the same change, and outside 0–10', () => {
    const both = validBuilding();
    both.scenarios = [{ id: 'both', changes: [{ occupants: { count: 3, scale: 0.5 } }] }];
    expect(validateBuilding(both).errors.map((e) => `${e.code} ${e.path}`)).toContain(
      'occupants.scaleAndNumber /scenarios/0/changes/0/occupants/scale',
    );
    const huge = validBuilding();
    huge.scenarios = [{ id: 'huge', changes: [{ occupants: { scale: 11 } }] }];
    const paths = validateBuilding(huge).errors.map((e) => e.path);
    expect(paths).toContain('/scenarios/0/changes/0/occupants/scale');
  });
});
