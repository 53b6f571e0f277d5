import { describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../../../models/index.ts';
import { firefighterTrack } from '../../../../renderer/src/playback/firefighter-positions.ts';
import {
  exitFlowData,
  MAX_EXIT_SERIES,
  OTHER_EXITS,
  storeyClearData,
} from '../../../../renderer/src/run/chart-data.ts';
import { FIREFIGHTER_VALUES } from '../../../../sim-core/evacuation/record/trajectory-recorder.ts';
import type { EvacuationResult } from '../../../../sim-core/evacuation/run/result.ts';
import { runEvacuation } from '../../../../sim-core/evacuation/run/run-evacuation.ts';
import { smallTowerText } from '../fixtures.ts';

const building = loadBuildingText(smallTowerText(), 'small-tower.json').building!;

describe('firefighters in playback', () => {
  const result = runEvacuation(building, {
    seed: 3,
    firefighters: [{ count: 2, enter: 'F1-exit', to: 'F2', start: 5 }],
    record: { interval: 1, densityMaps: false },
  });
  const ff = result.trajectories!.firefighters!;

  it('the recorder keeps one firefighter frame per trajectory frame', () => {
    expect(ff.count).toBe(2);
    expect(ff.frames.length).toBe(result.trajectories!.times.length);
    for (const f of ff.frames) expect(f.length).toBe(2 * FIREFIGHTER_VALUES);
    // Group 0 for both; states only move forward (waiting → walking → climbing → arrived).
    let last = 0;
    for (const f of ff.frames) {
      expect(f[0]).toBe(0);
      expect(f[1]!).toBeGreaterThanOrEqual(last);
      last = f[1]!;
    }
    expect(last).toBe(3);
  });

  it('hidden before their start, on the stair while climbing, at the target storey once arrived', () => {
    const track = firefighterTrack(building, result)!;
    const out = new Float32Array(track.count * 4);
    track.place(2, out);
    expect([out[3], out[7]]).toEqual([0, 0]);
    const arrival = result.firefighters[0]!.arrivalTime!;
    expect(arrival).toBeGreaterThan(5);
    track.place(arrival + 2, out);
    expect(out[3]).toBe(1);
    expect(out[2]).toBeCloseTo(3, 6); // F2's elevation
    // Heights never go down on the way up.
    let z = -1;
    for (let t = 5; t <= arrival + 1; t += 0.25) {
      track.place(t, out);
      if (out[3] === 0) continue;
      expect(out[2]!).toBeGreaterThanOrEqual(z - 1e-6);
      z = out[2]!;
    }
    // The two members of the group do not stand on one spot.
    expect(Math.hypot(out[0]! - out[4]!, out[1]! - out[5]!)).toBeGreaterThan(0.3);
  });

  it('no firefighters, no track', () => {
    const plain = runEvacuation(building, { seed: 3, record: { interval: 1, densityMaps: false } });
    expect(plain.trajectories!.firefighters).toBeUndefined();
    expect(firefighterTrack(building, plain)).toBeUndefined();
  });
});

describe('chart data', () => {
  const agent = (exit: string | null, exitTime: number | null) =>
    ({ exit, exitTime }) as EvacuationResult['agents'][number];

  it('exit flows: cumulative per exit, largest first, ending at each exit’s total', () => {
    const result = {
      endTime: 10,
      evacuationTime: 9,
      agents: [agent('E1', 1), agent('E2', 2), agent('E2', 3), agent('E2', 9), agent(null, null)],
    } as EvacuationResult;
    const d = exitFlowData(result, 11);
    expect(d.times).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d.exits.map((e) => [e.id, e.total])).toEqual([
      ['E2', 3],
      ['E1', 1],
    ]);
    expect(d.exits[0]!.cumulative).toEqual([0, 0, 1, 2, 2, 2, 2, 2, 2, 3, 3]);
    expect(d.exits[1]!.cumulative).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('exit flows: small exits beyond the series limit share one series', () => {
    const agents = Array.from({ length: 10 }, (_, k) =>
      Array.from({ length: 10 - k }, () => agent(`E${k}`, k + 1)),
    ).flat();
    const d = exitFlowData({ endTime: 20, evacuationTime: 10, agents } as EvacuationResult);
    expect(d.exits.length).toBe(MAX_EXIT_SERIES);
    expect(d.exits[MAX_EXIT_SERIES - 1]!.id).toBe(OTHER_EXITS);
    expect(d.exits.reduce((a, e) => a + e.total, 0)).toBe(agents.length);
    expect(d.exits.reduce((a, e) => a + e.cumulative.at(-1)!, 0)).toBe(agents.length);
  });

  it('storey clear times bottom to top, whatever the file order', () => {
    const b = { ...building, storeys: [...building.storeys].reverse() };
    const result = {
      storeys: [
        { id: 'F2', occupants: 4, clearTime: 30 },
        { id: 'F1', occupants: 0, clearTime: null },
      ],
    } as EvacuationResult;
    const d = storeyClearData(b, result);
    expect(d.labels.length).toBe(2);
    expect(d.clear).toEqual([null, 30]);
    expect(d.occupants).toEqual([0, 4]);
  });
});
