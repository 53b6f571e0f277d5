import { describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../../../models/index.ts';
import {
  createStairOccupancy,
  insideRing,
  perStair,
  stairOccupancyOf,
} from '../../../../renderer/src/playback/stair-occupancy.ts';
import { smallTowerText } from '../fixtures.ts';

const building = loadBuildingText(smallTowerText(), 'small-tower.json').building!;
const storeys = building.storeys.map((s) => s.id);
const landing = (storey: string) => {
  const sp = building.storeys.find((s) => s.id === storey)!.spaces.find((s) => s.id === `${storey}-stairA`)!;
  const n = sp.polygon.length;
  return [
    sp.polygon.reduce((a, p) => a + p[0], 0) / n,
    sp.polygon.reduce((a, p) => a + p[1], 0) / n,
  ] as const;
};

describe('people on stairs from the trajectories', () => {
  it('counts people whose recorded point is in a landing of their recorded storey', () => {
    const [x1, y1] = landing('F1');
    const [x2, y2] = landing('F2');
    // Agents (x, y, storey, height): 0 queued at the F2 landing, 1 on the flight up from F1 (1.2 m
    // above it, in the well), 2 in a room on F1, 3 safe (storey −1) though its last point is a landing.
    const frames = {
      agents: 4,
      times: Float64Array.from([0, 1]),
      frames: [
        Float32Array.from([x2, y2, 1, 0, x2, y2, 0, 1.2, 1, 1, 0, 0, x1, y1, -1, 0]),
        Float32Array.from([1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0]),
      ],
    };
    const occ = createStairOccupancy(building, frames, storeys);
    expect(occ.slots.map((s) => `${s.stair}@${s.storey}`)).toEqual(['A@F1', 'A@F2']);
    expect([...occ.countsAt(0)]).toEqual([1, 1]);
    expect([...perStair(occ, occ.countsAt(0))]).toEqual([2]);
    expect([...occ.countsAt(1)]).toEqual([0, 0]);
    expect(occ.frameNear(0.4)).toBe(0);
    expect(occ.frameNear(0.6)).toBe(1);
    expect(occ.frameNear(99)).toBe(1);
  });

  it('ray casting handles points inside, outside and beyond the bounds', () => {
    const square = Float64Array.from([0, 0, 2, 0, 2, 2, 0, 2]);
    expect(insideRing(square, 1, 1)).toBe(true);
    expect(insideRing(square, 3, 1)).toBe(false);
    expect(insideRing(square, -1, -1)).toBe(false);
  });

  it('is built once per result and building', () => {
    const result = {
      trajectories: { agents: 0, times: new Float64Array(1), frames: [new Float32Array(0)], storeys },
    };
    const a = stairOccupancyOf(building, result);
    expect(stairOccupancyOf(building, result)).toBe(a);
    expect(stairOccupancyOf(building, {})).toBeUndefined();
  });
});
