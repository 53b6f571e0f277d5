import { describe, expect, it } from 'vitest';
import { applyScenario, ScenarioError } from '../../../models/scenario/apply-scenario.ts';
import { setAtPointer } from '../../../models/scenario/json-pointer.ts';
import { validateBuilding } from '../../../models/load/load-building.ts';
import { validBuilding } from '../validation/fixtures.ts';

describe('applyScenario', () => {
  it('applies every change kind to a copy and leaves the original untouched', () => {
    const b = validBuilding();
    const before = JSON.stringify(b);
    const s = applyScenario(b, b.scenarios![0]!);
    expect(JSON.stringify(b)).toBe(before);

    expect(s.storeys[1]!.doors!.find((d) => d.id === 'F2-d-room')!.passable).toBe(false); // block door
    expect(s.water!.pumps![0]!.status).toBe('closed'); // fail pump
    expect(s.water!.valves![0]!.status).toBe('open'); // PRV stuck open
    expect(s.water!.tanks![0]!.level).toBe(s.water!.tanks![0]!.minLevel); // empty tank
    expect(s.site!.obstacles!.map((o) => o.id)).toEqual(['van-1']); // remove + add
    expect(s.storeys[1]!.spaces[1]!.occupants).toEqual({ density: 0.1, profile: 'adult' }); // storey override
    expect(s.storeys[0]!.spaces[1]!.occupants).toEqual({ count: 4, profile: 'adult' }); // other storeys kept
    expect(s.stairs[0]!.width).toBe(1.4); // set
    // premovement: the file's profile and every built-in (made explicit) get the override.
    expect(s.profiles!.map((p) => p.id).sort()).toEqual(
      ['adult', 'child', 'elderly', 'firefighter', 'mobility-impaired', 'resident'].sort(),
    );
    for (const p of s.profiles!) expect(p.premovement).toEqual({ type: 'uniform', min: 60, max: 300 });
    expect(s.scenarios).toBeUndefined();
    // Blocking F2's only room door traps its occupants: a result of the scenario, and the only error.
    expect(validateBuilding(s).errors.map((e) => `${e.code} ${e.path}`)).toEqual([
      'occupants.trapped /storeys/1/spaces/1/occupants',
    ]);
  });

  it('blocks stairs and lifts, and adds obstacles inside a storey', () => {
    const b = validBuilding();
    const s = applyScenario(b, {
      id: 'x',
      changes: [
        { block: 'S' },
        {
          add: {
            storey: 'F1',
            obstacles: [
              {
                id: 'sofa',
                kind: 'barrier',
                polygon: [
                  [1, 3],
                  [2, 3],
                  [2, 4],
                ],
              },
            ],
          },
        },
        { remove: 'F2-col' },
        { occupants: { space: 'F1-room', profile: 'elderly' } },
        { premovement: { type: 'constant', value: 10 }, profile: 'elderly' },
      ],
    });
    expect(s.stairs[0]!.passable).toBe(false);
    expect(s.storeys[0]!.obstacles!.map((o) => o.id)).toEqual(['F1-col', 'sofa']);
    expect(s.storeys[1]!.obstacles).toEqual([]);
    expect(s.storeys[0]!.spaces[1]!.occupants).toEqual({ count: 4, profile: 'elderly' });
    expect(s.profiles!.find((p) => p.id === 'elderly')!.premovement).toEqual({ type: 'constant', value: 10 });
    expect(s.profiles!.find((p) => p.id === 'adult')!.premovement.type).toBe('lognormal');
  });

  it('throws a ScenarioError naming the change for a missing id', () => {
    const b = validBuilding();
    expect(() => applyScenario(b, { id: 'x', changes: [{ fail: 'P1' }, { block: 'nope' }] })).toThrowError(
      ScenarioError,
    );
    try {
      applyScenario(b, { id: 'x', changes: [{ fail: 'P1' }, { block: 'nope' }] });
    } catch (e) {
      expect((e as ScenarioError).path).toBe('/changes/1/block');
      expect((e as ScenarioError).zh).toContain('nope');
    }
  });
});

describe('setAtPointer', () => {
  it('replaces values, adds optional fields and decodes ~0 and ~1', () => {
    const doc: Record<string, unknown> = { a: [1, 2], 'b/c': { 'd~e': 1 } };
    setAtPointer(doc, '/a/1', 5);
    setAtPointer(doc, '/b~1c/d~0e', 2);
    setAtPointer(doc, '/new', true);
    expect(doc).toEqual({ a: [1, 5], 'b/c': { 'd~e': 2 }, new: true });
  });

  it('refuses prototype keys, missing parents and out-of-range indices', () => {
    const doc = { a: [1] };
    expect(() => setAtPointer(doc, '/constructor/prototype/x', 1)).toThrow(/not allowed/);
    expect(() => setAtPointer(doc, '/b/c', 1)).toThrow(/no field/);
    expect(() => setAtPointer(doc, '/a/3', 1)).toThrow(/no item/);
    expect(() => setAtPointer(doc, '', 1)).toThrow(/whole building/);
    expect(Object.prototype).not.toHaveProperty('x');
  });
});
