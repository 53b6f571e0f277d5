/**
 * Fire lifts for mobility-impaired occupants (engine option `useFireLifts`: true or a list of lift
 * ids, e.g. from a scenario's `fireLifts`; off by default; issue 3
 * "Lifts"; NIST TN 1822 Verif.2.7 "elevator usage", checked against a hand calculation).
 *
 * Who: people of the built-in profile `mobility-impaired` (the profile whose stairFactor already says
 * the fire lift is their intended route). On a storey where a usable fire lift stops (elevator
 * `fire: true`, not `passable: false`, not closed), such a person walks to the nearest stop space
 * (least field distance) and waits there; elsewhere, and on the lift's lowest stop, they walk or take
 * the stairs like everybody else.
 *
 * The car (`capacity`, `speed`, `doorTime` from the building; its dispatch and trip times are
 * lift-car.ts, shared with the hydraulic mode): idle at its lowest stop (the exit storey); when
 * anyone waits, it travels to the highest stop with people waiting, takes up to `capacity` of them
 * (first come, first served), stops on the way down at lower stops with people waiting while it has
 * room, and carries them to the lowest stop, where they step out and walk to an exit. Each stop costs
 * `doorTime` (door open + close, boarding included). Travel is Δz / speed: no acceleration or
 * levelling time (a simplification; the hand calculation in the test uses the same model). Events run at their exact times (a car cycle does not snap to the time step); people step
 * out in the first step at or after the doors' time. A lift closed during the run (`closures`) takes
 * nobody new: the people waiting for it walk on, a car already travelling finishes its trip.
 */
import type { Sim } from '../run/sim-state.ts';
import type { BuildingLayout } from '../layout/building-layout.ts';
import { fieldAt, addGoal, doorsIntoSpace, GOAL_LIFT, type GoalSet } from '../navigation/goals.ts';
import { spawnPoints } from '../stairs/stair-network.ts';
import { planRoutes } from '../navigation/route-plan.ts';
import { assignGoal, chooseGoal } from '../navigation/choose-goal.ts';
import { IN_LIFT, LIFT_WAIT, WALKING } from '../population/agent-arrays.ts';
import { markLeftStorey, markSafeOrTrapped } from '../run/events.ts';
import { advanceLiftCar, createLiftCar, type LiftCar, type LiftCarHooks } from './lift-car.ts';

/** The profile that uses fire lifts (models/profiles/builtin.ts). */
export const LIFT_USER_PROFILE = 'mobility-impaired';

export interface LiftStop {
  storey: number;
  space: number;
  elevation: number;
  /** Lift-stop goal (−1 for the lowest stop: nobody waits there to go down). */
  goal: number;
  spawnX: number[];
  spawnY: number[];
}

/** A car (lift-car.ts: capacity, speed, door time, dispatch, counters) with its stops and people. */
export interface FireLift extends LiftCar {
  id: string;
  /** By elevation, lowest first; stops[0] is where everybody is carried to. */
  stops: LiftStop[];
  /** Waiting queues per stop, linked through agents' queueNext (qLen / qSince are the car's). */
  qHead: Int32Array;
  qTail: Int32Array;
  /** Agents in the car. */
  car: Int32Array;
  /** The car's boarding and alighting of agents (made once, so a step allocates nothing). */
  hooks: LiftCarHooks;
}

export interface Lifts {
  lifts: FireLift[];
  /** Profile index of lift users (−1: no such profile in the run). */
  userProfile: number;
  /** Per goal: the lift and stop of a lift-stop goal (−1 otherwise). */
  goalLift: Int32Array;
  goalStop: Int32Array;
}

/**
 * The elevators a run uses as fire lifts: `fire: true`, not `passable: false`, and in `only` when a
 * list is given (a scenario's `fireLifts` list); an id of `only` that is not such a lift is refused.
 */
export function usableFireLifts(
  elevators: NonNullable<Sim['building']['elevators']>,
  only?: readonly string[],
): NonNullable<Sim['building']['elevators']> {
  if (only) {
    for (const id of only) {
      const e = elevators.find((x) => x.id === id);
      if (!e) throw new Error(`fire lifts: no elevator "${id}"`);
      if (!e.fire) throw new Error(`fire lifts: elevator "${id}" is not a fire lift`);
    }
  }
  return elevators.filter((e) => e.fire && e.passable !== false && (!only || only.includes(e.id)));
}

type Elevator = NonNullable<Sim['building']['elevators']>[number];

/**
 * The stops of elevator `e` as layout indices, lowest first, with their elevation and spawn points
 * (where people step out); no goal yet (−1: addLiftStopGoals adds them). Both modes build their
 * lifts from these.
 */
export function liftStops(L: BuildingLayout, e: Elevator): LiftStop[] {
  return e.stops
    .map((s) => {
      const storey = L.storeyIndex.get(s.storey)!;
      const space = L.spaceIndex.get(s.space)!;
      const pts = spawnPoints(L, space);
      return {
        storey,
        space,
        elevation: L.storeys[storey]!.elevation,
        goal: -1,
        spawnX: pts.x,
        spawnY: pts.y,
      };
    })
    .sort((p, q) => p.elevation - q.elevation);
}

/** The car (lift-car.ts) of elevator `e` serving `stops` (lowest first). */
export function createLiftCarAt(e: Elevator, stops: readonly LiftStop[]): LiftCar {
  return createLiftCar(
    e.capacity,
    e.speed,
    e.doorTime,
    stops.map((st) => st.elevation),
  );
}

/**
 * Adds a lift-stop goal (unlisted, after the existing goals) for each stop above the lowest (nobody
 * waits there to go down) and sets the stop's `goal` to it.
 */
export function addLiftStopGoals(
  L: BuildingLayout,
  goals: GoalSet,
  stops: readonly { storey: number; space: number; goal: number }[],
): void {
  stops.forEach((st, k) => {
    if (k === 0) return;
    st.goal = addGoal(
      L,
      goals,
      {
        kind: GOAL_LIFT,
        storey: st.storey,
        id: L.spaces[st.space]!.id,
        space: st.space,
        stair: -1,
        landing: -1,
        portals: doorsIntoSpace(L, st.space),
      },
      false,
    );
  });
}

/**
 * Builds the usable fire lifts (all, or those in `only`) and their stop goals; extends the per-goal
 * arrays and the plan.
 */
export function createFireLifts(sim: Sim, only?: readonly string[]): Lifts {
  const L = sim.layout;
  const lifts: FireLift[] = [];
  for (const e of usableFireLifts(sim.building.elevators ?? [], only)) {
    const stops = liftStops(L, e);
    const ns = stops.length;
    const lift: FireLift = Object.assign(createLiftCarAt(e, stops), {
      id: e.id,
      stops,
      qHead: new Int32Array(ns).fill(-1),
      qTail: new Int32Array(ns).fill(-1),
      car: new Int32Array(e.capacity),
      hooks: { board: () => {}, alight: () => {} },
    });
    lift.hooks = { board: (k) => board(sim, lift, k), alight: () => alight(sim, lift) };
    lifts.push(lift);
  }
  // Stop goals (appended after the existing goals, so their indices and the plan stay as they were).
  lifts.forEach((lift) => {
    addLiftStopGoals(L, sim.goals, lift.stops);
  });
  const ng = sim.goals.goals.length;
  const grow = <T extends Int32Array | Uint8Array | Float64Array>(
    old: T,
    make: (n: number) => T,
    fill: number,
  ): T => {
    const next = make(ng);
    next.fill(fill);
    next.set(old);
    return next;
  };
  sim.goalLoad = grow(sim.goalLoad, (n) => new Int32Array(n), 0);
  sim.goalClosed = grow(sim.goalClosed, (n) => new Uint8Array(n), 0);
  sim.goalCapacity = grow(sim.goalCapacity, (n) => new Float64Array(n), 1);
  sim.plan = planRoutes(L, sim.goals, sim.stairs, sim.goalClosed);
  const goalLift = new Int32Array(ng).fill(-1);
  const goalStop = new Int32Array(ng).fill(-1);
  lifts.forEach((lift, l) =>
    lift.stops.forEach((st, k) => {
      if (st.goal >= 0) {
        goalLift[st.goal] = l;
        goalStop[st.goal] = k;
      }
    }),
  );
  const userProfile = sim.pop.profiles.findIndex((p) => p.id === LIFT_USER_PROFILE);
  return { lifts, userProfile, goalLift, goalStop };
}

/** The lift-stop goal person i (a lift user) should walk to on their storey, or −1 (none usable). */
export function chooseLiftGoal(sim: Sim, lifts: Lifts, i: number): number {
  const a = sim.a;
  if (a.profile[i] !== lifts.userProfile) return -1;
  let best = -1;
  let bestDist = Infinity;
  for (const lift of lifts.lifts) {
    if (lift.closed) continue;
    for (const st of lift.stops) {
      if (st.goal < 0 || st.storey !== a.storey[i] || sim.goalClosed[st.goal]) continue;
      const d =
        st.space === a.space[i] ? 0 : fieldAt(sim.layout, sim.goals.goals[st.goal]!, a.x[i]!, a.y[i]!);
      if (d < bestDist) {
        bestDist = d;
        best = st.goal;
      }
    }
  }
  return best;
}

/** Person i has reached lift-stop goal g: they join its queue. */
export function waitForLift(sim: Sim, lifts: Lifts, i: number, g: number): void {
  const lift = lifts.lifts[lifts.goalLift[g]!]!;
  const k = lifts.goalStop[g]!;
  const a = sim.a;
  a.state[i] = LIFT_WAIT;
  a.vx[i] = 0;
  a.vy[i] = 0;
  a.queueNext[i] = -1;
  if (lift.qLen[k] === 0) {
    lift.qHead[k] = i;
    lift.qSince[k] = sim.t;
  } else a.queueNext[lift.qTail[k]!] = i;
  lift.qTail[k] = i;
  lift.qLen[k]!++;
}

/** A lift closes (closures.ts): nobody new boards; those waiting for it walk on (re-planned). */
export function closeLift(sim: Sim, lifts: Lifts, l: number): void {
  const lift = lifts.lifts[l]!;
  lift.closed = true;
  const a = sim.a;
  lift.stops.forEach((st, k) => {
    if (st.goal >= 0) sim.goalClosed[st.goal] = 1;
    for (let i = lift.qHead[k]!; i >= 0;) {
      const next = a.queueNext[i]!;
      a.queueNext[i] = -1;
      a.state[i] = WALKING;
      sim.fixedGoal[i] = -1;
      const g = chooseGoal(sim, a.storey[i]!, a.x[i]!, a.y[i]!, -1);
      if (g < 0) markSafeOrTrapped(sim, i, false, -1);
      else assignGoal(sim, i, g);
      i = next;
    }
    lift.qHead[k] = -1;
    lift.qTail[k] = -1;
    lift.qLen[k] = 0;
  });
}

/** Advances every lift through the events due by sim.t (called once per step, after the stairs). */
export function stepLifts(sim: Sim, lifts: Lifts): void {
  for (const lift of lifts.lifts) advanceLiftCar(lift, sim.t, lift.hooks);
}

function board(sim: Sim, lift: FireLift, k: number): void {
  const a = sim.a;
  while (lift.carCount < lift.capacity && lift.qLen[k]! > 0) {
    const i = lift.qHead[k]!;
    lift.qHead[k] = a.queueNext[i]!;
    a.queueNext[i] = -1;
    lift.qLen[k]!--;
    lift.car[lift.carCount++] = i;
    a.state[i] = IN_LIFT;
    markLeftStorey(sim, i);
    assignGoal(sim, i, -1);
  }
  // Those left behind keep their qSince: the car comes back for them as soon as it is free.
  if (lift.qLen[k] === 0) lift.qTail[k] = -1;
}

/** Everyone in the car steps out at the lowest stop (the car counts the trip and empties itself). */
function alight(sim: Sim, lift: FireLift): void {
  const a = sim.a;
  const st = lift.stops[0]!;
  const np = st.spawnX.length;
  for (let c = 0; c < lift.carCount; c++) {
    const i = lift.car[c]!;
    // Spread over the stop's spawn points, rings of 0.15 m apart where more step out than points.
    const p = np > 0 ? c % np : 0;
    const ring = np > 0 ? Math.floor(c / np) : 0;
    a.x[i] = (st.spawnX[p] ?? a.x[i]!) + 0.15 * ring;
    a.y[i] = st.spawnY[p] ?? a.y[i]!;
    a.storey[i] = st.storey;
    a.space[i] = st.space;
    a.state[i] = WALKING;
    sim.fixedGoal[i] = -1;
    const g = chooseGoal(sim, st.storey, a.x[i]!, a.y[i]!, -1);
    if (g < 0) markSafeOrTrapped(sim, i, false, -1);
    else assignGoal(sim, i, g);
  }
}
