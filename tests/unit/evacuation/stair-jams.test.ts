/**
 * Stair jam onsets (record/stair-jams.ts): when a stair's landing stays above Fruin LoS E for JAM_HOLD
 * seconds, and at which storey — in the agent mode and the SFPE hydraulic mode.
 */
import { describe, expect, it } from 'vitest';
import { runEvacuation } from '../../../sim-core/evacuation/index.ts';
import { runHydraulic } from '../../../sim-core/evacuation/hydraulic/index.ts';
import {
  createStairJamRecorder,
  JAM_GAP,
  JAM_HOLD,
  observeLanding,
  settleStair,
  stairJamFields,
} from '../../../sim-core/evacuation/record/stair-jams.ts';
import type { StairInfo } from '../../../sim-core/evacuation/stairs/stair-network.ts';
import { stairTower } from '../../verification/evacuation/buildings.ts';

const tower = (perFloor: number) =>
  stairTower({ floors: 10, height: 3, perFloor, riser: 0.17, tread: 0.28, width: 1.2, profile: 'adult' });

/** A stair of three landings on storeys 0, 1, 2 (only what the recorder reads). */
const stair = {
  id: 'S',
  width: 1.2,
  landings: [0, 1, 2].map((storey) => ({ storey, space: 0, spawnX: [], spawnY: [] })),
} as unknown as StairInfo;

/** Feeds 1 s observations: crowded(t, j) says whether landing j is crowded at t. */
function feed(crowded: (t: number, j: number) => boolean, until = 200) {
  const rec = createStairJamRecorder([stair]);
  for (let t = 1; t <= until; t++) {
    for (let j = 0; j < 3; j++) observeLanding(rec, 0, j, crowded(t, j), t);
    settleStair(rec, 0, t);
  }
  return stairJamFields(rec, 0, stair, ['F1', 'F2', 'F3']);
}

describe('stair jam recorder', () => {
  it('a landing crowded for JAM_HOLD s jams the stair from the start of the spell, at its storey', () => {
    expect(feed((t, j) => j === 1 && t >= 40)).toEqual({ jamStart: 40, jamStorey: 'F2' });
  });

  it('crowding shorter than JAM_HOLD is no jam; dips shorter than JAM_GAP are bridged, longer ones are not', () => {
    expect(feed((t, j) => j === 2 && t >= 40 && t < 40 + JAM_HOLD - 1)).toEqual({
      jamStart: null,
      jamStorey: null,
    });
    // A short dip in the middle of a long spell: still one spell from 40.
    const dip = JAM_GAP - 1;
    expect(feed((t, j) => j === 0 && t >= 40 && !(t > 50 && t <= 50 + dip))).toEqual({
      jamStart: 40,
      jamStorey: 'F1',
    });
    // A longer dip ends it: the jam starts with the second spell.
    const gap = JAM_GAP + 2;
    expect(feed((t, j) => j === 0 && t >= 40 && !(t > 50 && t <= 50 + gap))).toEqual({
      jamStart: 51 + gap,
      jamStorey: 'F1',
    });
  });

  it('the first landing to stay crowded long enough wins, and the onset never moves afterwards', () => {
    // F3 from 100, F1 from 60 until 80 (too short), F2 from 70: F2 at 70.
    const r = feed((t, j) => (j === 2 && t >= 100) || (j === 0 && t >= 60 && t < 80) || (j === 1 && t >= 70));
    expect(r).toEqual({ jamStart: 70, jamStorey: 'F2' });
  });
});

describe('stair jams in a run', () => {
  it('a 10-storey tower with 60 people a storey on one 1.2 m stair jams, in both modes, at a storey', () => {
    const b = tower(60);
    for (const r of [runEvacuation(b, { seed: 3 }), runHydraulic(b, { seed: 3 })]) {
      const s = r.stairs[0]!;
      expect(s.jamStart, r.mode).toBeGreaterThan(0);
      expect(s.jamStart!).toBeLessThan(r.evacuationTime! - JAM_HOLD);
      expect(b.storeys.map((x) => x.id)).toContain(s.jamStorey);
      // A jam is at least JAM_HOLD s of Fruin E–F crowding (or a crowded landing queue).
      expect(s.timeAtFruinEF).toBeGreaterThanOrEqual(JAM_HOLD);
    }
    // Both modes see the jam start within half a minute of each other (measured: 62.4 s and 63 s).
    const a = runEvacuation(b, { seed: 3 }).stairs[0]!.jamStart!;
    const h = runHydraulic(b, { seed: 3 }).stairs[0]!.jamStart!;
    expect(Math.abs(a - h)).toBeLessThan(30);
  });

  it('an uncrowded tower (5 a storey) does not jam: jamStart and jamStorey are null', () => {
    const b = tower(5);
    for (const r of [runEvacuation(b, { seed: 3 }), runHydraulic(b, { seed: 3 })]) {
      expect(r.stairs[0]).toMatchObject({ id: 'S', jamStart: null, jamStorey: null });
    }
  });
});
