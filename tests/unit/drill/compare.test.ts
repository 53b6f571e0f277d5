import { describe, expect, it } from 'vitest';
import { compareResults, formatDelta, formatValue } from '../../../drill/compare.ts';
import { summarisePeople } from '../../../drill/summarise-people.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import { ORDER, access, digest, water } from './fixtures.ts';

const base: DrillScenarioResult = {
  scenario: 'baseline',
  scenarioName: null,
  people: summarisePeople([digest(1, 800)], 1, 'F9'),
  water: water(),
  access: access(),
  verdicts: [],
};

describe('compare', () => {
  it('deltas against the first scenario: seconds, storeys, risk class', () => {
    const retrofit: DrillScenarioResult = {
      ...base,
      scenario: 'booster',
      people: summarisePeople([digest(1, 740)], 1, 'F9'),
      water: water({
        states: [
          {
            id: 'all',
            label: { en: 'all pumps', 'zh-CN': '全部水泵' },
            highestAdequateStorey: 'F10',
            highestEffectiveStorey: 'F10',
          },
        ],
      }),
      access: access({ highestReachableStorey: 'F10', canopy: { share: 0.7, riskClass: 'high' } }),
    };
    const c = compareResults([base, retrofit], ORDER);
    expect(c.scenarios).toEqual(['baseline', 'booster']);
    const fig = (k: string) => c.figures.find((f) => f.key === k)!;
    expect(fig('rset').deltas).toEqual([0, -60]);
    expect(formatDelta(fig('rset'), 1, false)).toBe(' (−1:00)');
    expect(fig('water:all').deltas).toEqual([0, 3]);
    expect(formatDelta(fig('water:all'), 1, false)).toBe(' (+3 storeys)');
    expect(formatDelta(fig('water:all'), 1, true)).toBe(' (+3 层)');
    // The engine state exists only in the baseline: no value, no delta.
    expect(fig('water:engine').deltas).toEqual([0, null]);
    expect(fig('reach').deltas).toEqual([0, 2]);
    expect(fig('canopy').deltas).toEqual([0, 2]);
    expect(fig('arrival:pumper-1').values.map((v) => v.value)).toEqual([412, 412]);
  });
});

describe('compare: stair jam onset', () => {
  const withJam = (jamStart: number | null): DrillScenarioResult => ({
    ...base,
    people: {
      ...base.people,
      worstStair: {
        id: 'A',
        maxQueue: 40,
        storey: 'F5',
        maxDensity: 2.1,
        timeAtFruinEF: 120,
        jamStart,
        jamStorey: jamStart === null ? null : 'F4',
      },
    },
  });

  it('a later jam is better, "no jam" is named rather than shown as a missing time', () => {
    const c = compareResults([withJam(100), withJam(160), withJam(null)], ORDER);
    const f = c.figures.find((x) => x.key === 'jamStart')!;
    expect(f.higherIsBetter).toBe(true);
    expect(f.deltas).toEqual([0, 60, null]);
    expect(formatValue(f.values[2]!, false)).toBe('no jam');
    expect(formatValue(f.values[2]!, true)).toBe('未拥堵');
    expect(formatValue(f.values[0]!, false)).toBe('1:40');
  });
});
