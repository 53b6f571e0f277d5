/**
 * The people of a run still computing, in the 3D view: the latest streamed frame (run/live-frames.ts
 * `liveRun`), no interpolation, in one "live" colour (the profiles' colours come with the result),
 * drawn as PeopleLayer draws a playback (prisms, or dots for large crowds). The canvas renders on
 * demand: a chunk asks for a frame at most every LIVE_DRAW_MS, so a fast worker does not make the
 * main thread draw dozens of times a second. When the run ends in any way the store is cleared and
 * the layer goes: a result's playback takes over; a cancel or a failure leaves nothing drawn.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Group, Plane } from 'three';
import type { Building } from '../../../models/index.ts';
import { type LiveFrames, liveRun } from '../run/live-frames.ts';
import { livePreference } from '../run/live-preference.ts';
import { agentRgb, packAgents } from './people-buffers.ts';
import { dots, DOTS_ABOVE, prisms } from './PeopleLayer.tsx';

interface Props {
  building: Building;
  clip: Plane[];
  /** The scene's "people" layer group (its visibility is the layer toggle). */
  parent: Group;
}

/** Least time between two draws of the live crowd (ms): two or three a second (software GL is slow). */
export const LIVE_DRAW_MS = 400;
/** The live crowd's colour: one light cyan for everyone, unlike the result's profile colours. */
export const LIVE_COLOUR = '#7fdbff';

/** The live frames once the first chunk has arrived, else null (a stable snapshot per run). */
function snapshot(): LiveFrames | null {
  const f = liveRun.frames;
  return f !== null && f.count > 0 ? f : null;
}

export function LiveAgentsLayer(props: Props) {
  const frames = useSyncExternalStore(liveRun.subscribe, snapshot);
  // Off by default under software rendering (run/live-preference.ts).
  const on = useSyncExternalStore(livePreference.subscribe, livePreference.get);
  return frames === null || !on ? null : <LiveAgents {...props} frames={frames} />;
}

function LiveAgents({ building, clip, parent, frames }: Props & { frames: LiveFrames }) {
  const invalidate = useThree((s) => s.invalidate);
  const n = frames.agents;
  const people = useMemo(() => (n > DOTS_ABOVE ? dots(n, clip) : prisms(n, clip)), [n, clip]);
  const rgb = useMemo(() => agentRgb(new Array<string>(n).fill(LIVE_COLOUR), n), [n]);
  const floors = useMemo(() => {
    const byId = new Map(building.storeys.map((s) => [s.id, s.elevation]));
    return Float32Array.from(frames.storeys, (id) => byId.get(id) ?? 0);
  }, [building, frames]);
  // The store version last drawn (−1: nothing yet).
  const drawn = useMemo(() => ({ version: -1 }), []);

  useEffect(() => {
    parent.add(people.object);
    invalidate();
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = liveRun.subscribe(() => {
      if (timer !== null) return;
      timer = setTimeout(
        () => {
          timer = null;
          last = performance.now();
          invalidate();
        },
        Math.max(0, last + LIVE_DRAW_MS - performance.now()),
      );
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      parent.remove(people.object);
      people.dispose();
      invalidate();
    };
  }, [parent, people, invalidate]);

  useFrame(() => {
    if (drawn.version === liveRun.version) return;
    const latest = frames.latest();
    if (latest === null) return;
    drawn.version = liveRun.version;
    const count = packAgents(latest, n, floors, rgb, people.lift, people.positions, people.colours);
    people.commit(count);
  });

  return null;
}
