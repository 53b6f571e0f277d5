/**
 * Fire lifts in the hydraulic mode (option `useFireLifts`: true or a list of lift ids), from the same
 * specification as the agent mode (../lifts/fire-lifts.ts): who rides (the built-in profile
 * `mobility-impaired`, on a storey where a usable fire lift stops above its lowest stop), where they
 * wait (the stop space with the least field distance on their storey), and the car itself — capacity,
 * speed, door time, dispatch and trip times are ../lifts/lift-car.ts, the code the agent mode runs.
 *
 * In the flow network a lift user's route ends in the stop space (the doors on the way are servers
 * like any other); there they join the stop's queue at their exact arrival time. The car's events are
 * advanced at the start of each step up to its end, so an event at time te boards those who arrived
 * before the step began (someone arriving within the step [t, te) waits for the next car: at most one
 * step of difference from the agent mode's 0.1 s). At the lowest stop they step out at the stop's
 * spawn points at the doors' time and take the least-cost goal on that storey (walk at 1.34 m/s +
 * the goal's time to safety, as the static allocation does, without the queue term) and its route.
 */
import type { Building } from '../../../models/schema/building.ts';
import { fieldAt } from '../navigation/goals.ts';
import {
  addLiftStopGoals,
  createLiftCarAt,
  LIFT_USER_PROFILE,
  liftStops,
  usableFireLifts,
} from '../lifts/fire-lifts.ts';
import { advanceLiftCar, liftWaiting, type LiftCar, type LiftCarHooks } from '../lifts/lift-car.ts';
import type { FlowNetwork } from './network.ts';
import type { EvacuationResult } from '../run/result.ts';

export interface HydraulicLiftStop {
  storey: number;
  space: number;
  /** Lift-stop goal (−1 for the lowest stop). */
  goal: number;
  spawnX: number[];
  spawnY: number[];
}

export interface HydraulicLift extends LiftCar {
  id: string;
  /** By elevation, lowest first. */
  stops: HydraulicLiftStop[];
  /** Per stop: persons waiting, in order of arrival. */
  queue: number[][];
  /** Persons in the car. */
  car: number[];
  hooks: LiftCarHooks;
}

export interface HydraulicLifts {
  lifts: HydraulicLift[];
  /** Profile index of the lift users (−1: none in the run). */
  userProfile: number;
}

/** What the lift hooks do with a person: board at time t (left the storey), alight at time t. */
export interface LiftPersonHooks {
  board(i: number, t: number): void;
  alight(i: number, t: number, x: number, y: number, space: number): void;
}

/**
 * The usable fire lifts (all, or those in `only`) with their stop goals added to the network's goal
 * set (after the existing goals, unlisted, so the allocation and routes of everybody else stay as
 * they were). `people` is filled in by the caller before the first step.
 */
export function createHydraulicLifts(
  b: Building,
  net: FlowNetwork,
  profileIds: readonly string[],
  only: readonly string[] | undefined,
  people: LiftPersonHooks,
): HydraulicLifts {
  const L = net.layout;
  const lifts: HydraulicLift[] = usableFireLifts(b.elevators ?? [], only).map((e) => {
    const stops = liftStops(L, e);
    const lift: HydraulicLift = Object.assign(createLiftCarAt(e, stops), {
      id: e.id,
      stops: stops.map(({ storey, space, goal, spawnX, spawnY }) => ({
        storey,
        space,
        goal,
        spawnX,
        spawnY,
      })),
      queue: stops.map(() => [] as number[]),
      car: [] as number[],
      hooks: { board: () => {}, alight: () => {} },
    });
    lift.hooks = {
      board: (k) => {
        const q = lift.queue[k]!;
        while (lift.carCount < lift.capacity && q.length > 0) {
          const i = q.shift()!;
          lift.car.push(i);
          lift.carCount++;
          lift.qLen[k]!--;
          people.board(i, lift.busyUntil);
        }
      },
      alight: () => {
        const st = lift.stops[0]!;
        const np = st.spawnX.length;
        lift.car.forEach((i, c) => {
          const p = np > 0 ? c % np : 0;
          const ring = np > 0 ? Math.floor(c / np) : 0;
          const x = (st.spawnX[p] ?? 0) + 0.15 * ring;
          const y = st.spawnY[p] ?? 0;
          people.alight(i, lift.busyUntil, x, y, st.space);
        });
        lift.car.length = 0;
      },
    };
    return lift;
  });
  for (const lift of lifts) addLiftStopGoals(L, net.goals, lift.stops);
  return { lifts, userProfile: profileIds.indexOf(LIFT_USER_PROFILE) };
}

/**
 * The lift stop a person of profile `profile` at (x, y) in `space` on `storey` heads for: the stop
 * (above the lowest) with the least field distance on their storey (0 in the stop space itself), as
 * the agent mode's chooseLiftGoal. Returns lift and stop indices, or null (not a user, no stop).
 */
export function chooseLiftStop(
  net: FlowNetwork,
  lifts: HydraulicLifts,
  profile: number,
  storey: number,
  space: number,
  x: number,
  y: number,
): { lift: number; stop: number } | null {
  if (profile !== lifts.userProfile) return null;
  let best: { lift: number; stop: number } | null = null;
  let bestDist = Infinity;
  lifts.lifts.forEach((lift, l) =>
    lift.stops.forEach((st, k) => {
      if (st.goal < 0 || st.storey !== storey) return;
      const d = st.space === space ? 0 : fieldAt(net.layout, net.goals.goals[st.goal]!, x, y);
      if (d < bestDist) {
        bestDist = d;
        best = { lift: l, stop: k };
      }
    }),
  );
  return best;
}

/** Person i reaches stop k of lift l at time t and waits there (first come, first served). */
export function joinLiftQueue(
  lifts: HydraulicLifts,
  l: number,
  k: number,
  i: number,
  t: number,
  arrival: Float64Array,
): void {
  const lift = lifts.lifts[l]!;
  const q = lift.queue[k]!;
  let at = q.length;
  while (at > 0 && arrival[q[at - 1]!]! > t) at--;
  q.splice(at, 0, i);
  arrival[i] = t;
  if (lift.qLen[k] === 0 || t < lift.qSince[k]!) lift.qSince[k] = t;
  lift.qLen[k]!++;
}

/** Every car's events up to time t. */
export function advanceHydraulicLifts(lifts: HydraulicLifts, t: number): void {
  for (const lift of lifts.lifts) advanceLiftCar(lift, t, lift.hooks);
}

/** The agent mode's `lifts` result fields. */
export function liftResults(lifts: HydraulicLifts): NonNullable<EvacuationResult['lifts']> {
  return lifts.lifts.map((l) => ({
    id: l.id,
    trips: l.trips,
    carried: l.carried,
    lastArrival: Number.isFinite(l.lastArrival) ? Math.round(l.lastArrival * 1000) / 1000 : null,
    waiting: liftWaiting(l),
  }));
}
