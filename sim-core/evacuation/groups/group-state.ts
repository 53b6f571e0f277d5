/**
 * Groups (households who leave together), familiar targets and social influence: the per-run state
 * that route choice (navigation/choose-goal.ts) and the cohesion step (step-groups.ts) read. Built
 * once by population/form-groups.ts; the step loops only read it and write scratch arrays.
 */

/** What a familiar entry names: a final exit door, a stair, or a refuge space. */
export type FamiliarKind = 'exit' | 'stair' | 'refuge';

export interface GroupState {
  /** Number of groups (each of at least two people). */
  count: number;
  /** Members of group k: members[start[k] .. start[k + 1]), in agent order (the first one leads). */
  start: Int32Array;
  members: Int32Array;
  /** The group's walking speed: its slowest member's free speed (m/s). */
  speed: Float32Array;
  /** The familiar targets people refer to by index (agent field `familiar`). */
  familiarKind: FamiliarKind[];
  familiarId: string[];
  /** Per goal: the familiar index it matches, −1 none; filled on first use (goals come later). */
  goalFamiliar: Int32Array | undefined;
  /** Social influence on (option `socialInfluence`, default true). */
  social: boolean;
  /** Scratch per goal: visible walkers heading there (social influence). */
  socialCount: Int32Array | undefined;
  /** Scratch for the cohesion step, as long as the largest group. */
  orderAgent: Int32Array;
  orderDist: Float64Array;
}

export function emptyGroupState(): GroupState {
  return {
    count: 0,
    start: new Int32Array(1),
    members: new Int32Array(0),
    speed: new Float32Array(0),
    familiarKind: [],
    familiarId: [],
    goalFamiliar: undefined,
    social: true,
    socialCount: undefined,
    orderAgent: new Int32Array(0),
    orderDist: new Float64Array(0),
  };
}
