/** Cross-sections, the aerial envelope and facade sides: small cases with answers by hand. */
import { describe, expect, it } from 'vitest';
import { lineIntervals, subtractIntervals, longest } from '../../../sim-core/access/cross-section.ts';
import { envelopeHeight, insideEnvelope } from '../../../sim-core/access/aerial-envelope.ts';
import { riskClass } from '../../../sim-core/access/facade-risk.ts';
import { rect } from '../shapes.ts';

describe('lineIntervals', () => {
  it('a vertical line across a 4 m lane and an L-shape', () => {
    const lane = rect(-25, -19, 58.8, -15);
    const iv = lineIntervals(lane, 3.3, -30, 0, 1);
    expect(iv.length).toBe(1);
    expect(iv[0]![0]).toBeCloseTo(11, 9);
    expect(iv[0]![1]).toBeCloseTo(15, 9);
    // L: [0,10]×[0,2] ∪ [0,2]×[2,10]; the line y = 1 runs inside from x = 0 to 10, y = 5 from 0 to 2.
    const L: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 10],
      [0, 10],
    ];
    expect(longest(lineIntervals(L, -5, 1, 1, 0))).toBeCloseTo(10, 9);
    expect(longest(lineIntervals(L, -5, 5, 1, 0))).toBeCloseTo(2, 9);
  });
  it('a car cut out of the lane leaves the wider side', () => {
    const free = subtractIntervals([[0, 4]], [[0.2, 2]]);
    expect(free).toEqual([
      [0, 0.2],
      [2, 4],
    ]);
    expect(longest(free)).toBe(2);
  });
});

describe('aerial envelope', () => {
  const env: [number, number][] = [
    [0, 54],
    [10, 50],
    [20, 42],
    [26, 30],
  ];
  it('interpolates linearly between points and reaches nothing beyond the last', () => {
    expect(envelopeHeight(env, 0)).toBe(54);
    expect(envelopeHeight(env, 8.25)).toBeCloseTo(54 - 4 * 0.825, 9);
    expect(envelopeHeight(env, 23)).toBeCloseTo(36, 9);
    expect(envelopeHeight(env, 26.01)).toBe(-Infinity);
    expect(insideEnvelope(env, 15, 46)).toBe(true);
    expect(insideEnvelope(env, 15, 46.01)).toBe(false);
    expect(insideEnvelope(env, 15, -1)).toBe(false);
  });
});

describe('risk class', () => {
  it('≥ 60 % high, 20–60 % medium, < 20 % low', () => {
    expect(riskClass(0.6)).toBe('high');
    expect(riskClass(0.5999)).toBe('medium');
    expect(riskClass(0.2)).toBe('medium');
    expect(riskClass(0.1999)).toBe('low');
  });
});
