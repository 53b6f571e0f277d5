/**
 * The density map over time (record/density-series.ts, filled by density-maps.ts): per storey and
 * sample, the Fruin level of every occupied cell. Checked against a hand-placed crowd, against the
 * peak map of the same run, and for its size (bounded by the people walking, far below the frames).
 */
import { describe, expect, it } from 'vitest';
import { fruinLevel, runEvacuation } from '../../../sim-core/evacuation/index.ts';
import { seriesBytes, seriesSampleAt } from '../../../sim-core/evacuation/record/density-series.ts';
import {
  createDensityRecorder,
  finishDensityMaps,
  recordDensity,
} from '../../../sim-core/evacuation/record/density-maps.ts';
import { SAFE, WALKING } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import { prepareEvacuation } from '../../../sim-core/evacuation/run/run-evacuation.ts';
import { resultTransferables } from '../../../sim-core/evacuation/worker-api.ts';
import {
  building,
  door,
  fixedProfile,
  rect,
  space,
  stairTower,
} from '../../verification/evacuation/buildings.ts';

/** Entries of sample k of a storey's series as "cell:level" strings, sorted. */
function sample(
  s: NonNullable<ReturnType<typeof runEvacuation>['densityMaps']>[number]['series'],
  k: number,
) {
  const out: string[] = [];
  for (let e = s!.start[k]!; e < s!.start[k + 1]!; e++) out.push(`${s!.cells[e]}:${s!.levels[e]}`);
  return out.sort();
}

describe('density series', () => {
  // One 10 × 6 m room, exit on its east wall; 7 people placed by hand, still for 20 s.
  const room = building(
    [
      {
        id: 'F1',
        elevation: 0,
        height: 3,
        spaces: [
          space('F1-room', rect(0, 0, 10, 6), {
            positions: [
              // Cell (2, 2): 4 people in 1 m² → 0.25 m²/p → Fruin F (< 0.46).
              [2.25, 2.25],
              [2.75, 2.25],
              [2.25, 2.75],
              [2.75, 2.75],
              // Cell (7, 4): 2 → 0.5 m²/p → E (0.46–0.93).
              [7.25, 4.5],
              [7.75, 4.5],
              // Cell (5, 1): 1 → 1 m²/p → D (0.93–1.4).
              [5.5, 1.5],
            ],
            profile: 'still',
          }),
        ],
        doors: [door('exit', 'F1-room', 'outside', [10, 2.4], [10, 3.6])],
      },
    ],
    { profiles: [fixedProfile('still', 1.2, 20)] },
  );
  const r = runEvacuation(room, { seed: 1, record: { interval: 1, trajectories: false } });
  const map = r.densityMaps![0]!;
  const s = map.series!;

  it('counts the hand-placed crowd cell by cell (as walkers; two samples, then a third with one gone)', () => {
    // The recorder on its own: the engine counts walkers (and lift waiters), not people still in
    // their pre-movement time, so the placed crowd is set walking by hand and sampled at rest.
    const sim = prepareEvacuation(room, { seed: 1 });
    const rec = createDensityRecorder(sim, 1, 1);
    for (let i = 0; i < sim.a.n; i++) sim.a.state[i] = WALKING;
    recordDensity(sim, rec);
    sim.step += rec.everySteps;
    recordDensity(sim, rec);
    sim.step += 1; // off the recording rate: no sample
    recordDensity(sim, rec);
    sim.step += rec.everySteps - 1;
    sim.a.state[0] = SAFE;
    recordDensity(sim, rec);
    const m = finishDensityMaps(rec)[0]!;
    expect(m.nx).toBe(10);
    const cell = (cx: number, cy: number) => cy * m.nx + cx;
    const want = [`${cell(2, 2)}:5`, `${cell(7, 4)}:4`, `${cell(5, 1)}:3`].sort();
    expect(m.series!.samples).toBe(3);
    expect(sample(m.series, 0)).toEqual(want);
    expect(sample(m.series, 1)).toEqual(want);
    // 3 people in cell (2, 2): 0.33 m²/p, still F.
    expect(sample(m.series, 2)).toEqual(want);
    sim.a.state[1] = SAFE; // 2 left there: 0.5 m²/p → E
    sim.step += rec.everySteps;
    recordDensity(sim, rec);
    expect(sample(finishDensityMaps(rec)[0]!.series, 3)).toEqual(
      [`${cell(2, 2)}:4`, `${cell(7, 4)}:4`, `${cell(5, 1)}:3`].sort(),
    );
  });

  it('one sample per recording interval from t = 0 in a run', () => {
    expect(s.interval).toBeCloseTo(1, 12);
    expect(s.samples).toBe(Math.floor(r.endTime + 1e-9) + 1);
    expect(s.start).toHaveLength(s.samples + 1);
    // Nobody walks during the 20 s pre-movement: nothing recorded; then the crowd shows.
    expect(sample(s, 0)).toEqual([]);
    expect(sample(s, 19)).toEqual([]);
    expect(sample(s, 22).length).toBeGreaterThan(0);
  });

  it('the sample shown at a playback time: the latest at or before it', () => {
    expect(seriesSampleAt(s, 0)).toBe(0);
    expect(seriesSampleAt(s, 0.99)).toBe(0);
    expect(seriesSampleAt(s, 3)).toBe(3);
    expect(seriesSampleAt(s, 3 * 0.1 * 10)).toBe(3);
    expect(seriesSampleAt(s, 1e9)).toBe(s.samples - 1);
  });

  it('the peak level of each cell is the highest level of its series (same samples)', () => {
    const crowd = stairTower({
      floors: 3,
      height: 3,
      perFloor: 60,
      riser: 0.17,
      tread: 0.28,
      width: 1.2,
      profile: 'adult',
    });
    const c = runEvacuation(crowd, { seed: 4, record: { interval: 1 } });
    for (const m of c.densityMaps!) {
      const top = new Int16Array(m.nx * m.ny).fill(-1);
      const ser = m.series!;
      for (let e = 0; e < ser.cells.length; e++)
        top[ser.cells[e]!] = Math.max(top[ser.cells[e]!]!, ser.levels[e]!);
      for (let k = 0; k < top.length; k++) {
        if (m.maxDensity[k]! > 0) expect(top[k]).toBe(m.los[k]);
        else expect(top[k]).toBe(-1);
        if (m.maxDensity[k]! > 0) expect(fruinLevel(m.maxDensity[k]!)).toBe(top[k]);
      }
    }
    // Size: never more entries in a sample than people inside; far smaller than the frames.
    const tr = c.trajectories!;
    let bytes = 0;
    for (const m of c.densityMaps!) {
      const ser = m.series!;
      for (let k = 0; k < ser.samples; k++)
        expect(ser.start[k + 1]! - ser.start[k]!).toBeLessThanOrEqual(c.occupants);
      expect(ser.cells.BYTES_PER_ELEMENT).toBe(2);
      bytes += seriesBytes(ser);
    }
    const frameBytes = tr.frames.reduce((n, f) => n + f.byteLength, 0);
    expect(bytes).toBeLessThan(frameBytes / 4);
    // The series' buffers go back from the worker as transferables, not copies.
    const moved = resultTransferables(c);
    for (const m of c.densityMaps!) {
      expect(moved).toContain(m.series!.cells.buffer);
      expect(moved).toContain(m.series!.levels.buffer);
      expect(moved).toContain(m.series!.start.buffer);
    }
  });
});
