/**
 * The fire-lift car (capacity, speed, door time, dispatch) without the people: the trip model both
 * evacuation modes share (agent mode: fire-lifts.ts; hydraulic mode: ../hydraulic/lifts.ts). A mode
 * keeps, per stop, how many wait (`qLen`) and since when the earliest of them has waited (`qSince`),
 * and does the boarding and alighting of its own persons in two hooks; the car decides where to go
 * and when each event happens.
 *
 * Dispatch: idle at its lowest stop (stop 0, the exit storey); when anyone waits, it travels to the
 * highest stop with people waiting (leaving no earlier than the earliest wait began), takes up to
 * `capacity` of them (the mode's `board` hook, first come first served), stops on the way down at
 * lower stops with people waiting while it has room, and carries them to the lowest stop, where they
 * step out (the `alight` hook) when the doors close. Each stop costs `doorTime` (open + close,
 * boarding included). Travel is Δz / speed: no acceleration or levelling time (a simplification; the
 * hand calculation of tests/verification/evacuation/fire-lifts.test.ts uses the same model). A closed
 * car dispatches no new trip and takes nobody more on its way down; a trip under way finishes.
 */

export const CAR_IDLE = 0;
/** Travelling to stop `target` to pick people up. */
export const CAR_TO_PICKUP = 1;
/** Doors open at a pickup stop. */
export const CAR_AT_PICKUP = 2;
/** Travelling down to the lowest stop. */
export const CAR_TO_BOTTOM = 3;
/** Doors open at the lowest stop: people step out when they close. */
export const CAR_AT_BOTTOM = 4;

export interface LiftCar {
  capacity: number;
  /** m/s. */
  speed: number;
  /** s per stop (door open + close, boarding included). */
  doorTime: number;
  /** Elevation (m) of each stop, lowest first. */
  stopElevation: Float64Array;
  closed: boolean;
  /** Per stop: persons waiting, and since when the earliest of them has waited (s). */
  qLen: Int32Array;
  qSince: Float64Array;
  /** Persons in the car. */
  carCount: number;
  phase: number;
  /** Stop the car is at (or left from), and the stop it is travelling to. */
  at: number;
  target: number;
  /** Time (s) the current phase ends. */
  busyUntil: number;
  trips: number;
  carried: number;
  /** When the last car load reached the lowest stop (s); NaN before the first. */
  lastArrival: number;
}

/**
 * What a mode does with its persons. `board(k)`: move waiting persons of stop k into the car (at
 * time car.busyUntil, the car's arrival there), first come first served, while carCount < capacity;
 * it updates qLen[k] and carCount. `alight()`: everyone in the car steps out at the lowest stop at
 * time car.busyUntil; the car then sets carCount to 0.
 */
export interface LiftCarHooks {
  board(k: number): void;
  alight(): void;
}

export function createLiftCar(
  capacity: number,
  speed: number,
  doorTime: number,
  stopElevation: readonly number[],
): LiftCar {
  const ns = stopElevation.length;
  return {
    capacity,
    speed,
    doorTime,
    stopElevation: Float64Array.from(stopElevation),
    closed: false,
    qLen: new Int32Array(ns),
    qSince: new Float64Array(ns),
    carCount: 0,
    phase: CAR_IDLE,
    at: 0,
    target: 0,
    busyUntil: 0,
    trips: 0,
    carried: 0,
    lastArrival: NaN,
  };
}

/** Travel time (s) between stops `from` and `to`: Δz / speed. */
export function liftTravelTime(car: LiftCar, from: number, to: number): number {
  return Math.abs(car.stopElevation[to]! - car.stopElevation[from]!) / car.speed;
}

/**
 * Hand calculation of one round trip from the lowest stop to stop k and back, picking up at k only:
 * 2 × travel(k) + 2 × doorTime (one door cycle at the pickup stop, one at the bottom).
 */
export function liftRoundTrip(car: LiftCar, k: number): number {
  return 2 * liftTravelTime(car, 0, k) + 2 * car.doorTime;
}

/** Runs every car event due by time t (s), in order, calling the mode's hooks. */
export function advanceLiftCar(car: LiftCar, t: number, hooks: LiftCarHooks): void {
  for (;;) {
    if (car.phase === CAR_IDLE) {
      if (car.closed) return;
      // Highest stop with people waiting, and since when the earliest of them has waited.
      let h = -1;
      let since = Infinity;
      for (let k = car.qLen.length - 1; k >= 1; k--)
        if (car.qLen[k]! > 0) {
          if (h < 0) h = k;
          if (car.qSince[k]! < since) since = car.qSince[k]!;
        }
      if (h < 0) return;
      car.busyUntil = Math.max(car.busyUntil, since) + liftTravelTime(car, car.at, h);
      car.target = h;
      car.phase = CAR_TO_PICKUP;
    }
    if (t + 1e-9 < car.busyUntil) return;
    switch (car.phase) {
      case CAR_TO_PICKUP:
        car.at = car.target;
        hooks.board(car.at);
        car.busyUntil += car.doorTime;
        car.phase = CAR_AT_PICKUP;
        break;
      case CAR_AT_PICKUP: {
        let next = 0;
        if (car.carCount < car.capacity && !car.closed)
          for (let k = car.at - 1; k >= 1; k--)
            if (car.qLen[k]! > 0) {
              next = k;
              break;
            }
        car.busyUntil += liftTravelTime(car, car.at, next);
        car.target = next;
        car.phase = next > 0 ? CAR_TO_PICKUP : CAR_TO_BOTTOM;
        break;
      }
      case CAR_TO_BOTTOM:
        car.at = 0;
        car.busyUntil += car.doorTime;
        car.phase = CAR_AT_BOTTOM;
        break;
      default:
        if (car.carCount > 0) {
          car.trips++;
          car.carried += car.carCount;
          car.lastArrival = car.busyUntil;
          hooks.alight();
          car.carCount = 0;
        }
        car.phase = CAR_IDLE;
        break;
    }
  }
}

/** Persons still waiting at the car's stops. */
export function liftWaiting(car: LiftCar): number {
  let n = 0;
  for (let k = 0; k < car.qLen.length; k++) n += car.qLen[k]!;
  return n;
}
