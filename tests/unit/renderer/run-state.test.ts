import { describe, expect, it } from 'vitest';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import {
  formatMinSec,
  progressFraction,
  runReducer,
  type RunState,
} from '../../../renderer/src/run/run-state.ts';
import { agentColours, TRAPPED_COLOR } from '../../../renderer/src/playback/agent-colours.ts';

const result = { evacuationTime: 100 } as EvacuationResult;
const idle: RunState = { status: 'idle' };

describe('run state', () => {
  it('goes running → done with the result', () => {
    let s = runReducer(idle, { type: 'start', id: 1, scenario: null });
    s = runReducer(s, { type: 'progress', id: 1, progress: { t: 10, safe: 3, occupants: 10 } });
    expect(s).toMatchObject({ status: 'running', progress: { safe: 3 } });
    s = runReducer(s, { type: 'done', id: 1, result });
    expect(s).toEqual({ status: 'done', scenario: null, result });
  });
  it('a failed run keeps its scenario for Retry and holds no result', () => {
    let s = runReducer(idle, { type: 'start', id: 1, scenario: 'night' });
    s = runReducer(s, { type: 'failed', id: 1, reason: 'out of memory' });
    expect(s).toEqual({ status: 'failed', scenario: 'night', reason: 'out of memory' });
  });
  it('a cancelled run leaves nothing, and late events of an old run are ignored', () => {
    let s = runReducer(idle, { type: 'start', id: 1, scenario: null });
    s = runReducer(s, { type: 'cancelled', id: 1 });
    expect(s).toEqual(idle);
    s = runReducer(s, { type: 'start', id: 2, scenario: null });
    expect(runReducer(s, { type: 'done', id: 1, result })).toBe(s);
    expect(runReducer(s, { type: 'progress', id: 1, progress: { t: 1, safe: 0, occupants: 1 } })).toBe(s);
    expect(runReducer(s, { type: 'reset' })).toEqual(idle);
  });
  it('reports progress as the larger of people safe and time used', () => {
    expect(progressFraction(null, 3600)).toBe(0);
    expect(progressFraction({ t: 360, safe: 50, occupants: 100 }, 3600)).toBe(0.5);
    expect(progressFraction({ t: 3600, safe: 0, occupants: 100 }, 3600)).toBe(1);
  });
  it('formats seconds as min:s', () => {
    expect(formatMinSec(276.4)).toBe('4:36');
    expect(formatMinSec(59.6)).toBe('1:00');
    expect(formatMinSec(0)).toBe('0:00');
    expect(formatMinSec(null)).toBe('—');
    expect(formatMinSec(-1)).toBe('—');
  });
  it('colours agents by profile and trapped people red', () => {
    const c = agentColours([
      { profile: 'adult', status: 'safe' },
      { profile: 'elderly', status: 'safe' },
      { profile: 'adult', status: 'trapped' },
      { profile: 'adult', status: 'safe' },
    ] as EvacuationResult['agents']);
    expect(c.colours[0]).toBe(c.colours[3]);
    expect(c.colours[0]).not.toBe(c.colours[1]);
    expect(c.colours[2]).toBe(TRAPPED_COLOR);
    expect(c.profiles.map(([p]) => p)).toEqual(['adult', 'elderly']);
  });
});
