/**
 * One playback of a run, shared by the 3D layer (which advances it in the render loop and draws
 * the agents) and the controls outside the canvas (which show the time without React re-renders:
 * they subscribe and write to their DOM nodes). Mutable on purpose: it changes every frame.
 */
import { advance, type ClockState, createClock, pause, play, seek, setSpeed } from './playback-clock.ts';
import type { Frames } from './interpolate.ts';

export interface Playback {
  readonly frames: Frames;
  readonly clock: ClockState;
  /** Advances by `dt` real seconds (the render loop); true while still playing. */
  tick(dt: number): boolean;
  play(): void;
  pause(): void;
  seek(t: number): void;
  setSpeed(speed: number): void;
  /** Called after every change of the clock; returns the unsubscribe function. */
  subscribe(listener: (clock: ClockState) => void): () => void;
  /** Set by the 3D layer: asks the on-demand canvas for a frame. */
  requestFrame: () => void;
  /** The density heat map overlay is shown (off at first; listeners are told of changes). */
  readonly heatMap: boolean;
  setHeatMap(on: boolean): void;
  /** What the heat map shows: each cell's level at the time shown ('now', the default) or its peak. */
  readonly heatMapMode: HeatMapMode;
  setHeatMapMode(mode: HeatMapMode): void;
}

export type HeatMapMode = 'now' | 'peak';

export function createPlayback(frames: Frames): Playback {
  let clock = createClock(frames.times[frames.times.length - 1] ?? 0);
  const listeners = new Set<(c: ClockState) => void>();
  let heatMap = false;
  let heatMapMode: HeatMapMode = 'now';
  const set = (next: ClockState) => {
    if (next === clock) return;
    clock = next;
    for (const l of listeners) l(clock);
    p.requestFrame();
  };
  const p: Playback = {
    frames,
    get clock() {
      return clock;
    },
    tick(dt) {
      set(advance(clock, dt));
      return clock.playing;
    },
    play: () => set(play(clock)),
    pause: () => set(pause(clock)),
    seek: (t) => set(seek(clock, t)),
    setSpeed: (s) => set(setSpeed(clock, s)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestFrame: () => {},
    get heatMap() {
      return heatMap;
    },
    setHeatMap(on) {
      if (on === heatMap) return;
      heatMap = on;
      for (const l of listeners) l(clock);
      p.requestFrame();
    },
    get heatMapMode() {
      return heatMapMode;
    },
    setHeatMapMode(mode) {
      if (mode === heatMapMode) return;
      heatMapMode = mode;
      for (const l of listeners) l(clock);
      p.requestFrame();
    },
  };
  return p;
}
