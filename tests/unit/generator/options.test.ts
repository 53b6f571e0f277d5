import { describe, expect, it } from 'vitest';
import {
  checkTowerOptions,
  DEFAULT_TOWER_OPTIONS,
  generateTower,
  resolveTowerOptions,
  TOWER_OPTION_RANGES,
} from '../../../models/generator/tower.ts';

describe('checkTowerOptions', () => {
  it('accepts the defaults, an empty object and every range bound', () => {
    expect(checkTowerOptions({ ...DEFAULT_TOWER_OPTIONS })).toEqual([]);
    expect(checkTowerOptions({})).toEqual([]);
    for (const [key, r] of Object.entries(TOWER_OPTION_RANGES)) {
      expect(checkTowerOptions({ [key]: r.min }), key).toEqual([]);
      expect(checkTowerOptions({ [key]: r.max }), key).toEqual([]);
    }
  });

  it.each([
    ['storeys', 0],
    ['storeys', 121],
    ['storeys', 12.5],
    ['storeyHeight', 2.5],
    ['storeyHeight', 6.01],
    ['units', 0],
    ['units', 17],
    ['occupantsPerUnit', -1],
    ['occupantsPerUnit', 21],
    ['laneWidth', 2.9],
    ['laneWidth', 12.5],
    ['parkedCars', 31],
    ['parkedCars', -1],
    ['seed', -1],
    ['storeys', Number.NaN],
    ['storeys', '33'],
    ['stairs', 'spiral'],
    ['use', 'hotel'],
    ['fireLift', 'yes'],
    ['name', ''],
    ['lifts', { fire: 1 }],
    ['water', { supply: 'well' }],
    ['water', { roofTankVolume: 0 }],
    ['water', { maxHydrantStatic: 1.2 }],
    ['station', { name: 'X', travelTime: -5 }],
  ])('refuses %s = %j with a sentence in both languages', (key, value) => {
    const errors = checkTowerOptions({ [key]: value });
    expect(errors).toHaveLength(1);
    const e = errors[0]!;
    expect(e.option).toBe(key);
    expect(e.text.en.length).toBeGreaterThan(10);
    expect(e.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the range in the message', () => {
    const [e] = checkTowerOptions({ storeys: 200 });
    expect(e!.text.en).toBe('storeys must be between 1 and 120, not 200');
    expect(e!.text['zh-CN']).toContain('1 到 120');
    const [h] = checkTowerOptions({ storeyHeight: 7 });
    expect(h!.text.en).toContain('2.6 m and 6 m');
  });

  it('reports every bad option, not just the first', () => {
    expect(
      checkTowerOptions({ storeys: 0, units: 99, stairs: 'x' })
        .map((e) => e.option)
        .sort(),
    ).toEqual(['stairs', 'storeys', 'units']);
  });

  it('generateTower refuses bad options', () => {
    expect(() => generateTower({ storeys: 500 })).toThrow(/storeys must be between 1 and 120/);
  });

  it('resolveTowerOptions fills defaults and keeps given values', () => {
    const o = resolveTowerOptions({ storeys: 5, name: undefined });
    expect(o.storeys).toBe(5);
    expect(o.name).toBe(DEFAULT_TOWER_OPTIONS.name);
    expect(o.units).toBe(DEFAULT_TOWER_OPTIONS.units);
  });
});
