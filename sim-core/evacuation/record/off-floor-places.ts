/**
 * Where the people the engine holds off its 2-D floors stand, for the trajectory frames
 * (trajectory-recorder.ts writeAgentFrame): stairs are 1-D lanes with queues at their landings and
 * lift cars carry people as a count, so none of them has a floor position of their own. Placed here,
 * once per frame, from the engine's state:
 * - on a stair lane (ON_STAIR): on the dog-leg's drawn path (stair-flights.ts) at the lane position,
 *   with its height; the two sides of a lane alternate by agent so a crowd reads as two files;
 * - queued at a landing coming off the stair: back up the flight they came by, two abreast, 0.5 m
 *   per pair (the stair queue a trainer expects to see); queued from the floor, or stepping off:
 *   on the landing's floor band;
 * - in a lift car (IN_LIFT): in the lift's shaft (the app's shaft, scene/lift-shafts.ts: the
 *   lowest stop's lobby) at the car's height now.
 * The storey written is the landing's (stairs) or the one the rider boarded at (lifts); the height
 * is above that storey's floor (negative below it). Allocation-free after the first frame of a run.
 */
import {
  CAR_AT_BOTTOM,
  CAR_TO_BOTTOM,
  CAR_TO_PICKUP,
  type LiftCar,
  liftTravelTime,
} from '../lifts/lift-car.ts';
import { IN_LIFT, ON_STAIR } from '../population/agent-arrays.ts';
import type { Sim } from '../run/sim-state.ts';
import { pointOnDogLeg, pointOnLanding, stairFlights, type StairFlights } from './stair-flights.ts';

/** Spacing (m) of people standing in a stair queue or on a landing: about 1 person per 0.25 m². */
export const QUEUE_SPACING = 0.5;
/** The first person of a stair queue stands this far (m) up the flight from the landing. */
const QUEUE_START = 0.35;
/** Footprint (m) of a drawn lift shaft (scene/lift-shafts.ts SHAFT_SIZE) and the gap between two. */
const SHAFT_SIZE = 1.6;
const SHAFT_GAP = 0.2;

interface Places {
  flights: StairFlights[];
  /** Floor elevation (m) per engine storey index. */
  elevation: Float64Array;
  /** Shaft centre (model m) per fire lift of the run (sim.lifts.lifts order). */
  liftX: Float64Array;
  liftY: Float64Array;
  p: Float64Array;
}

const cache = new WeakMap<Sim, Places>();

/**
 * Shaft centres of a building's lifts by id, as the app draws them (scene/lift-shafts.ts): in the
 * lobby of the lowest stop, at its bounding box centre; lifts sharing a lobby side by side along
 * its long side.
 */
export function liftShaftCentres(b: Sim['building']): Map<string, { x: number; y: number }> {
  const storeys = new Map(b.storeys.map((s) => [s.id, s]));
  const planned: { id: string; key: string; slot: number }[] = [];
  const perLobby = new Map<string, number>();
  for (const lift of b.elevators ?? []) {
    let z0 = Infinity;
    let lowest: { storey: string; space: string } | undefined;
    for (const stop of lift.stops) {
      const s = storeys.get(stop.storey);
      if (s !== undefined && s.elevation < z0) {
        z0 = s.elevation;
        lowest = stop;
      }
    }
    if (lowest === undefined) continue;
    const key = `${lowest.storey}\u0000${lowest.space}`;
    const slot = perLobby.get(key) ?? 0;
    perLobby.set(key, slot + 1);
    planned.push({ id: lift.id, key, slot });
  }
  const out = new Map<string, { x: number; y: number }>();
  for (const p of planned) {
    const [storeyId, spaceId] = p.key.split('\u0000') as [string, string];
    const space = storeys.get(storeyId)?.spaces.find((s) => s.id === spaceId);
    if (space === undefined) continue;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [x, y] of space.polygon) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    const n = perLobby.get(p.key) ?? 1;
    const wide = maxX - minX >= maxY - minY;
    const offset = (p.slot - (n - 1) / 2) * (SHAFT_SIZE + SHAFT_GAP);
    out.set(p.id, {
      x: (minX + maxX) / 2 + (wide ? offset : 0),
      y: (minY + maxY) / 2 + (wide ? 0 : offset),
    });
  }
  return out;
}

/** Height (m) of a lift car at time t: at its stop, or between two stops while travelling. */
export function carElevation(car: LiftCar, t: number): number {
  const e = car.stopElevation;
  if (car.phase === CAR_TO_PICKUP || car.phase === CAR_TO_BOTTOM) {
    const to = car.phase === CAR_TO_BOTTOM ? 0 : car.target;
    const travel = liftTravelTime(car, car.at, to);
    if (!(travel > 0)) return e[to]!;
    const left = Math.min(1, Math.max(0, (car.busyUntil - t) / travel));
    return e[to]! + (e[car.at]! - e[to]!) * left;
  }
  return e[car.phase === CAR_AT_BOTTOM ? 0 : car.at]!;
}

function placesOf(sim: Sim): Places {
  let p = cache.get(sim);
  if (p !== undefined) return p;
  const lifts = sim.lifts?.lifts ?? [];
  const centres = liftShaftCentres(sim.building);
  p = {
    flights: stairFlights(sim.building),
    elevation: Float64Array.from(sim.layout.storeys, (s) => s.elevation),
    liftX: Float64Array.from(lifts, (l) => centres.get(l.id)?.x ?? NaN),
    liftY: Float64Array.from(lifts, (l) => centres.get(l.id)?.y ?? NaN),
    p: new Float64Array(3),
  };
  cache.set(sim, p);
  return p;
}

/**
 * Overwrites x, y, storey, height (values `stride` apart per agent from `offset`) of the people on
 * stairs, queued at or stepping off a landing, and in lift cars. Everyone else is left as written.
 */
export function writeOffFloorPlaces(sim: Sim, out: Float32Array, offset: number, stride: number): void {
  const a = sim.a;
  const pl = placesOf(sim);
  const pt = pl.p;
  const put = (i: number, storey: number, x: number, y: number, z: number): void => {
    const o = offset + i * stride;
    out[o] = x;
    out[o + 1] = y;
    out[o + 2] = storey;
    out[o + 3] = z;
  };
  // On a flight.
  for (let i = 0; i < a.n; i++) {
    if (a.state[i] !== ON_STAIR) continue;
    const L = a.lane[i]!;
    const s = sim.laneStair[L]!;
    const j = sim.laneFrom[L]!;
    const up = sim.laneUp[L] === 1;
    const fl = pl.flights[s];
    const leg = fl?.legs[up ? j : j - 1];
    if (fl === undefined || leg === undefined) continue;
    const f = sim.laneLength[L]! > 0 ? Math.min(1, a.lanePos[i]! / sim.laneLength[L]!) : 0;
    const side = (i & 1 ? 0.2 : -0.2) * leg.flightWidth;
    pointOnDogLeg(leg, (up ? f : 1 - f) * leg.length, side, pt, 0);
    put(i, sim.stairs[s]!.landings[j]!.storey, pt[0]!, pt[1]!, up ? pt[2]! : pt[2]! - leg.rise);
  }
  // Queued for a lane: from the stair (on the flight they came by) and from the floor (landing).
  const lanes = sim.laneLength.length;
  for (let L = 0; L < lanes; L++) {
    if (sim.qLen[2 * L]! + sim.qLen[2 * L + 1]! === 0) continue;
    const s = sim.laneStair[L]!;
    const j = sim.laneFrom[L]!;
    const fl = pl.flights[s];
    if (fl === undefined || fl.legs.length === 0) continue;
    const storey = sim.stairs[s]!.landings[j]!.storey;
    // People arriving to go on down came down the leg above (j); going on up, up the leg below.
    const cameDown = sim.laneUp[L] !== 1;
    const inLeg = fl.legs[cameDown ? j : j - 1];
    let k = 0;
    for (let i = sim.qHead[2 * L]!; i >= 0; i = a.queueNext[i]!, k++) {
      if (inLeg === undefined) {
        pointOnLanding(fl.legs[Math.min(j, fl.legs.length - 1)]!, k, QUEUE_SPACING, false, pt, 0);
        put(i, storey, pt[0]!, pt[1]!, 0);
        continue;
      }
      const back = Math.min(inLeg.length, QUEUE_START + Math.floor(k / 2) * QUEUE_SPACING);
      const side = (k & 1 ? 0.25 : -0.25) * inLeg.flightWidth;
      pointOnDogLeg(inLeg, cameDown ? back : inLeg.length - back, cameDown ? side : -side, pt, 0);
      put(i, storey, pt[0]!, pt[1]!, cameDown ? pt[2]! : pt[2]! - inLeg.rise);
    }
    const band = fl.legs[Math.min(j, fl.legs.length - 1)]!;
    k = 0;
    for (let i = sim.qHead[2 * L + 1]!; i >= 0; i = a.queueNext[i]!, k++) {
      pointOnLanding(band, k, QUEUE_SPACING, false, pt, 0);
      put(i, storey, pt[0]!, pt[1]!, 0);
    }
  }
  // Stepping off: on the landing band, filling from the door end.
  for (let s = 0; s < sim.stairs.length; s++) {
    const st = sim.stairs[s]!;
    const fl = pl.flights[s];
    if (fl === undefined || fl.legs.length === 0) continue;
    for (let j = 0; j < st.landings.length; j++) {
      const lid = sim.landingBase[s]! + j;
      if (sim.spawnLen[lid] === 0) continue;
      const band = fl.legs[Math.min(j, fl.legs.length - 1)]!;
      let k = 0;
      for (let i = sim.spawnHead[lid]!; i >= 0; i = a.queueNext[i]!, k++) {
        pointOnLanding(band, k, QUEUE_SPACING, true, pt, 0);
        put(i, st.landings[j]!.storey, pt[0]!, pt[1]!, 0);
      }
    }
  }
  // In a lift car.
  const lifts = sim.lifts?.lifts ?? [];
  for (let l = 0; l < lifts.length; l++) {
    const lift = lifts[l]!;
    if (lift.carCount === 0 || Number.isNaN(pl.liftX[l]!)) continue;
    const h = carElevation(lift, sim.t);
    for (let c = 0; c < lift.carCount; c++) {
      const i = lift.car[c]!;
      if (a.state[i] !== IN_LIFT) continue;
      // A small ring inside the car so riders do not hide one another.
      const r = c === 0 ? 0 : 0.45;
      const ang = c * 2.4;
      const storey = a.storey[i]!;
      put(
        i,
        storey,
        pl.liftX[l]! + r * Math.cos(ang),
        pl.liftY[l]! + r * Math.sin(ang),
        h - pl.elevation[storey]!,
      );
    }
  }
}
