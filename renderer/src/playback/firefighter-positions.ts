/**
 * Where the scenario's firefighters are at a playback time. The engine records them without a floor
 * position (their level walk from the entry door to the stair is a time, their climb a position
 * along a flight: trajectory-recorder.ts `firefighters`), so they are placed here: waiting → not
 * drawn; walking to the stair → at the entry door; climbing → on the dog-leg flight between the
 * landing left and the one headed for, at the fraction of the flight done (the flights the
 * evacuees walk, sim-core/evacuation/record/stair-flights.ts); arrived → at the landing of their target storey. A group stands in a small ring so six
 * crew members do not hide behind one another.
 */
import type { Building } from '../../../models/index.ts';
import { FIREFIGHTER_VALUES } from '../../../sim-core/evacuation/record/trajectory-recorder.ts';
import { pointOnDogLeg, stairFlights } from '../../../sim-core/evacuation/record/stair-flights.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import { frameAt } from './interpolate.ts';

/** Engine states (sim-core/evacuation/firefighters/firefighter-groups.ts FF_*). */
const FF_WALKING = 1;
const FF_CLIMBING = 2;
const FF_ARRIVED = 3;
/** Ring radius (m) of a group standing together. */
const RING = 0.6;

export interface FirefighterTrack {
  count: number;
  /** Writes x, y (model m), z (floor height, m), visible (1/0) per firefighter at time t. */
  place(t: number, out: Float32Array): void;
}

type Point = { x: number; y: number; z: number };

export function firefighterTrack(building: Building, result: EvacuationResult): FirefighterTrack | undefined {
  const traj = result.trajectories;
  const ff = traj?.firefighters;
  if (traj === undefined || ff === undefined || ff.count === 0) return undefined;
  const elevation = new Map(building.storeys.map((s) => [s.id, s.elevation]));
  const centroid = new Map<string, { x: number; y: number }>();
  for (const s of building.storeys)
    for (const sp of s.spaces) {
      let x = 0;
      let y = 0;
      for (const p of sp.polygon) {
        x += p[0] / sp.polygon.length;
        y += p[1] / sp.polygon.length;
      }
      centroid.set(sp.id, { x, y });
    }
  const doors = new Map<string, Point>();
  for (const s of building.storeys)
    for (const d of s.doors ?? [])
      doors.set(d.id, {
        x: (d.segment[0][0] + d.segment[1][0]) / 2,
        y: (d.segment[0][1] + d.segment[1][1]) / 2,
        z: s.elevation,
      });
  /** Landing point of stair `stair` on trajectory storey index `k`. */
  const landing = (stair: string | null | undefined, k: number): Point | undefined => {
    const storey = traj.storeys[k];
    const st = building.stairs.find((s) => s.id === stair);
    const l = st?.landings.find((x) => x.storey === storey);
    const c = l === undefined ? undefined : centroid.get(l.space);
    if (c === undefined || storey === undefined) return undefined;
    return { x: c.x, y: c.y, z: elevation.get(storey) ?? 0 };
  };
  // Member index within its group, for the ring offset.
  const member = new Int32Array(ff.count);
  const first = ff.frames[0];
  if (first !== undefined) {
    const seen = new Map<number, number>();
    for (let k = 0; k < ff.count; k++) {
      const g = first[k * FIREFIGHTER_VALUES]!;
      member[k] = seen.get(g) ?? 0;
      seen.set(g, member[k]! + 1);
    }
  }
  const flights = new Map(stairFlights(building).map((st) => [st.id, st]));
  const onLeg = new Float64Array(3);
  const at = (frame: Float32Array, k: number): Point | undefined => {
    const o = k * FIREFIGHTER_VALUES;
    const group = result.firefighters[frame[o]!];
    const state = frame[o + 1]!;
    if (group === undefined) return undefined;
    if (state === FF_WALKING) return group.enter === undefined ? undefined : doors.get(group.enter);
    if (state !== FF_CLIMBING && state !== FF_ARRIVED) return undefined;
    const a = landing(group.stair, frame[o + 2]!);
    if (a === undefined) return undefined;
    if (state === FF_ARRIVED) return a;
    const f = frame[o + 4]!;
    // On the drawn dog-leg between the two landings, as the evacuees (stair-flights.ts).
    const fl = flights.get(group.stair ?? '');
    const ja = fl?.landings.findIndex((l) => l.storey === traj.storeys[frame[o + 2]!]) ?? -1;
    const jb = fl?.landings.findIndex((l) => l.storey === traj.storeys[frame[o + 3]!]) ?? -1;
    const leg =
      fl !== undefined && ja >= 0 && Math.abs(jb - ja) === 1 ? fl.legs[Math.min(ja, jb)] : undefined;
    if (fl !== undefined && leg !== undefined) {
      const up = jb > ja;
      pointOnDogLeg(leg, (up ? f : 1 - f) * leg.length, 0, onLeg, 0);
      return { x: onLeg[0]!, y: onLeg[1]!, z: fl.landings[Math.min(ja, jb)]!.elevation + onLeg[2]! };
    }
    const b = landing(group.stair, frame[o + 3]!) ?? a;
    return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, z: a.z + (b.z - a.z) * f };
  };
  return {
    count: ff.count,
    place(t, out) {
      const { index, alpha } = frameAt(traj.times, t);
      const fa = ff.frames[index];
      const fb = ff.frames[index + 1] ?? fa;
      for (let k = 0; k < ff.count; k++) {
        const o = k * 4;
        const pa = fa === undefined ? undefined : at(fa, k);
        const pb = fb === undefined ? undefined : at(fb, k);
        // Blend when both frames place them (smooth climb); else the nearer frame decides.
        const p =
          pa !== undefined && pb !== undefined
            ? {
                x: pa.x + (pb.x - pa.x) * alpha,
                y: pa.y + (pb.y - pa.y) * alpha,
                z: pa.z + (pb.z - pa.z) * alpha,
              }
            : alpha < 0.5
              ? pa
              : pb;
        if (p === undefined) {
          out[o + 3] = 0;
          continue;
        }
        const angle = member[k]! * 2.4; // golden angle: members spread evenly round the ring
        const r = member[k]! === 0 ? 0 : RING;
        out[o] = p.x + r * Math.cos(angle);
        out[o + 1] = p.y + r * Math.sin(angle);
        out[o + 2] = p.z;
        out[o + 3] = 1;
      }
    },
  };
}
