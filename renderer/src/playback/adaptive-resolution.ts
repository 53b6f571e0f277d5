/**
 * Adaptive resolution for playback: while the playback plays and frames come slower than the
 * budget, the view renders at a lower pixel ratio (stepped towards the budget, down to MIN_SCALE);
 * when it pauses or ends the full resolution comes back for the still picture, and playing again
 * starts at the scale playing needed before. A fast GPU never triggers it; on a software rasteriser
 * (headless Chromium's SwiftShader, a VM without a GPU) the cost of a frame is mostly per pixel and
 * the page's main thread waits for each frame (the canvas is read back for compositing), so fewer
 * pixels is what keeps the UI responsive (no main-thread task over 50 ms). Pure: the 3D layer
 * applies the scale it returns.
 */

/**
 * A frame interval (ms, smoothed) above this while playing lowers the resolution: just over two
 * 60 Hz refreshes, so a frame is slow when it misses a third (and a main-thread wait of 50 ms, the
 * UI's limit, is well over it).
 */
export const FRAME_BUDGET_MS = 34;
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
   * One rendered frame, `dtMs` after the previous one, `playing` after it advanced the clock.
   * Returns the new scale when it changes, else undefined.
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
