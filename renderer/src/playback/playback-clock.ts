/**
 * The playback clock: simulated time, playing or paused, speed ×1 to ×64. Pure functions over a
 * plain value, advanced by the render loop with the real time since the last frame; the controls
 * change it through the same functions, so it is tested without a browser.
 */
export const SPEEDS = [1, 2, 4, 8, 16, 32, 64] as const;
export type Speed = (typeof SPEEDS)[number];

export interface ClockState {
  /** Simulated seconds from the alarm. */
  t: number;
  /** The last recorded frame's time: playback stops there. */
  end: number;
  playing: boolean;
  speed: Speed;
}

export function createClock(end: number): ClockState {
  return { t: 0, end: Math.max(0, end), playing: false, speed: 8 };
}

/** Real seconds `dt` later. Long pauses of the tab (dt huge) are capped so playback does not jump. */
export function advance(c: ClockState, dt: number): ClockState {
  if (!c.playing) return c;
  const step = Math.min(Math.max(dt, 0), 0.25) * c.speed;
  const t = Math.min(c.end, c.t + step);
  return { ...c, t, playing: t < c.end };
}

/** Play from the start again when at the end (what the user means by pressing play there). */
export function play(c: ClockState): ClockState {
  return { ...c, playing: true, t: c.t >= c.end ? 0 : c.t };
}

export function pause(c: ClockState): ClockState {
  return { ...c, playing: false };
}

export function seek(c: ClockState, t: number): ClockState {
  return { ...c, t: Math.min(c.end, Math.max(0, Number.isFinite(t) ? t : 0)) };
}

export function setSpeed(c: ClockState, speed: number): ClockState {
  const s = SPEEDS.find((v) => v === speed);
  return s === undefined ? c : { ...c, speed: s };
}
