/**
 * Playback's adaptive resolution reacts to a frame's main-thread time (frame-task-meter.ts): one
 * long task (≥ 50 ms) steps the resolution down at once; frames just under the budget leave it; the
 * meter times a frame from its start to the end of the task it runs in.
 */
import { describe, expect, it } from 'vitest';
import {
  createResolutionGovernor,
  FRAME_BUDGET_MS,
} from '../../../../renderer/src/playback/adaptive-resolution.ts';
import { createFrameTaskMeter } from '../../../../renderer/src/playback/frame-task-meter.ts';

/** Plays `n` frames of `ms` each; returns the scales the governor set. */
function play(g: ReturnType<typeof createResolutionGovernor>, n: number, ms: number): number[] {
  const set: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = g.frame(true, ms);
    if (s !== undefined) set.push(s);
  }
  return set;
}

describe('resolution governor on frame task times', () => {
  it('keeps full resolution for frames just under the budget', () => {
    const g = createResolutionGovernor();
    expect(play(g, 60, FRAME_BUDGET_MS - 1)).toEqual([]);
    expect(g.scale).toBe(1);
  });

  it('steps down on the first long task, though the frames before were fast', () => {
    const g = createResolutionGovernor();
    play(g, 20, 12);
    expect(g.scale).toBe(1);
    const s = g.frame(true, 60);
    expect(s).toBeDefined();
    expect(s!).toBeLessThan(1);
    // Pixels go with the scale squared: √(budget / 60 ms) of the side.
    expect(s!).toBeCloseTo(Math.sqrt(FRAME_BUDGET_MS / 60), 5);
  });

  it('measures a frame to the end of its task, not just its own callback', async () => {
    let t = 0;
    const meter = createFrameTaskMeter(() => t);
    t = 100;
    meter.start();
    // The rest of the frame's task (the render, the GPU wait) happens before the message arrives.
    t = 137;
    await new Promise((r) => setTimeout(r, 10));
    expect(meter.lastMs).toBe(37);
    meter.dispose();
  });
});
