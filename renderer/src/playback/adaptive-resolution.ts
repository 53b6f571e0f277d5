/**
 * Adaptive resolution for playback: while the playback plays and frames take longer than the
 * budget, the view renders at a lower pixel ratio (stepped towards the budget, down to MIN_SCALE);
 * when it pauses or ends the full resolution comes back for the still picture, and playing again
 * starts at the scale playing needed before. A fast GPU never triggers it; on a software rasteriser
 * (headless Chromium's SwiftShader, a VM without a GPU) the cost of a frame is mostly per pixel and
 * the page's main thread waits for each frame (the canvas is read back for compositing), so fewer
 * pixels is what keeps the UI responsive (no main-thread task over 50 ms). Pure: the 3D layer
 * applies the scale it returns.
 */

/**
 * A frame's main-thread time (ms, smoothed; playback/frame-task-meter.ts) above this while playing
 * lowers the resolution. The UI's limit is 50 ms per task (a long task); frames vary, and on a
 * shared machine a frame now and then takes 1.5× the usual, so the usual is kept near 30 ms.
 * (Frame intervals cannot tell 20 ms from 33 ms of work: requestAnimationFrame snaps to 60 Hz.)
 */
export const FRAME_BUDGET_MS = 30;
/** One frame this long (a long task) steps down at once, without waiting for the smoothed value. */
const LONG_FRAME_MS = 50;
/** The lowest scale of the view's pixel ratio. */
export const MIN_SCALE = 0.35;
/** The largest step down: at least 15 % fewer pixels per side. */
const MAX_STEP = 0.85;
/** Frames ignored after a start or a change: their intervals include the pause or the resize. */
const SETTLE_FRAMES = 2;

export interface ResolutionGovernor {
  /** The current scale of the pixel ratio (1 = full). */
  readonly scale: number;
  /**
   * One rendered frame; `dtMs` is the previous frame's main-thread time, `playing` whether the
   * clock advanced. Returns the new scale when it changes, else undefined.
   */
  frame(playing: boolean, dtMs: number): number | undefined;
}

export function createResolutionGovernor(): ResolutionGovernor {
  /** The scale applied now, and the one playing needed so far (kept across pauses). */
  let scale = 1;
  let playScale = 1;
  let settle = SETTLE_FRAMES;
  let smoothed = -1;
  let wasPlaying = false;
  const set = (v: number) => {
    if (v === scale) return undefined;
    scale = v;
    return v;
  };
  return {
    get scale() {
      return scale;
    },
    frame(playing, dtMs) {
      if (!playing) {
        wasPlaying = false;
        return set(1);
      }
      if (!wasPlaying) {
        wasPlaying = true;
        settle = SETTLE_FRAMES;
        smoothed = -1;
        return set(playScale);
      }
      if (settle > 0) {
        settle--;
        return undefined;
      }
      smoothed = smoothed < 0 ? dtMs : smoothed * 0.6 + dtMs * 0.4;
      if (dtMs >= LONG_FRAME_MS) smoothed = Math.max(smoothed, dtMs);
      if (smoothed <= FRAME_BUDGET_MS || playScale <= MIN_SCALE) return undefined;
      // A frame's cost is mostly per pixel, and pixels go with the scale squared: aim at the budget.
      const step = Math.min(MAX_STEP, Math.sqrt(FRAME_BUDGET_MS / smoothed));
      playScale = Math.max(MIN_SCALE, playScale * step);
      settle = SETTLE_FRAMES;
      smoothed = -1;
      return set(playScale);
    },
  };
}
