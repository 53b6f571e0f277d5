/**
 * The people of a run as struct-of-arrays typed arrays (one index per person), so the step loops
 * touch contiguous memory and allocate nothing. About 110 bytes per person.
 */

/** Waiting for their pre-movement time to pass. */
export const WAITING = 0;
/** Walking on a storey (2-D). */
export const WALKING = 1;
/** On a stair lane between two landings (1-D). */
export const ON_STAIR = 2;
/** Waiting at a landing to get onto the next flight. */
export const QUEUED = 3;
/** Waiting at the end of a flight to step off onto a floor. */
export const STEPPING_OFF = 4;
/** Reached an exit or a refuge. */
export const SAFE = 5;
/** No route to safety. */
export const TRAPPED = 6;
/** Waiting at a fire-lift stop (lifts/fire-lifts.ts). */
export const LIFT_WAIT = 7;
/** In a fire-lift car. */
export const IN_LIFT = 8;
/** Overcome by smoke: fractional effective dose ≥ 1 (smoke/); neither safe nor moving. */
export const INCAPACITATED = 9;

export interface AgentArrays {
  n: number;
  x: Float64Array;
  y: Float64Array;
  vx: Float32Array;
  vy: Float32Array;
  /** Desired direction this step (unit vector). */
  ex: Float32Array;
  ey: Float32Array;
  radius: Float32Array;
  /** Free walking speed on the level (m/s). */
  v0: Float32Array;
  stairFactor: Float32Array;
  premovement: Float32Array;
  state: Uint8Array;
  storey: Int32Array;
  space: Int32Array;
  startSpace: Int32Array;
  goal: Int32Array;
  profile: Uint16Array;
  /** Stair lane and position along it (m). */
  lane: Int32Array;
  lanePos: Float32Array;
  /** Next person in the same landing queue (−1 at the tail). */
  queueNext: Int32Array;
  /** Time slower than the stuck threshold (s), and time left unsticking (s). */
  stuck: Float32Array;
  unstick: Float32Array;
  /** 1 if the last step was refused by a door or landing limit (not stuck: waiting their turn). */
  held: Uint8Array;
  exitTime: Float32Array;
  /** Exit door index, or −(goal + 2) for a refuge goal; −1 while not safe. */
  exitWhere: Int32Array;
  stairTime: Float32Array;
  /** Group (household) index, −1 alone (groups/group-state.ts). */
  group: Int32Array;
  /** Index of the person's familiar exit / stair / refuge in the population's familiar list, −1 none. */
  familiar: Int32Array;
  /** Factor on the free speed from the smoke where the person is this step (1: clear; smoke/). */
  smokeSpeed: Float32Array;
  /** Fractional effective dose accumulated in smoke (Purser; ≥ 1: incapacitated). */
  fed: Float64Array;
  /** When FED reached 1 (s); NaN if it never did. */
  incapacitatedAt: Float32Array;
}

export function createAgentArrays(n: number): AgentArrays {
  return {
    n,
    x: new Float64Array(n),
    y: new Float64Array(n),
    vx: new Float32Array(n),
    vy: new Float32Array(n),
    ex: new Float32Array(n),
    ey: new Float32Array(n),
    radius: new Float32Array(n),
    v0: new Float32Array(n),
    stairFactor: new Float32Array(n),
    premovement: new Float32Array(n),
    state: new Uint8Array(n),
    storey: new Int32Array(n),
    space: new Int32Array(n),
    startSpace: new Int32Array(n),
    goal: new Int32Array(n).fill(-1),
    profile: new Uint16Array(n),
    lane: new Int32Array(n).fill(-1),
    lanePos: new Float32Array(n),
    queueNext: new Int32Array(n).fill(-1),
    stuck: new Float32Array(n),
    unstick: new Float32Array(n),
    held: new Uint8Array(n),
    exitTime: new Float32Array(n).fill(NaN),
    exitWhere: new Int32Array(n).fill(-1),
    stairTime: new Float32Array(n),
    group: new Int32Array(n).fill(-1),
    familiar: new Int32Array(n).fill(-1),
    smokeSpeed: new Float32Array(n).fill(1),
    fed: new Float64Array(n),
    incapacitatedAt: new Float32Array(n).fill(NaN),
  };
}

/** Bytes per person of the arrays above (for the benchmark's memory figure). */
export function bytesPerAgent(a: AgentArrays): number {
  let sum = 0;
  for (const v of Object.values(a)) if (ArrayBuffer.isView(v)) sum += v.byteLength;
  return a.n > 0 ? sum / a.n : 0;
}
