/**
 * Which goal a familiar target (occupants `familiar`: an exit door, a stair, a refuge space) is, and
 * the familiar discount on a goal's estimated time, shared by the agent mode's route choice
 * (navigation/choose-goal.ts) and the hydraulic mode's static allocation (hydraulic/prepare.ts).
 */
import type { Building } from '../../../models/schema/building.ts';
import { GOAL_EXIT, GOAL_LANDING, GOAL_REFUGE, type GoalSet } from '../navigation/goals.ts';
import type { GroupState } from './group-state.ts';

/** The time to reach a familiar goal (walk + queue, not the route beyond it) counts this fraction:
 * people accept up to twice the time to get to the exit or stair they know. Lifeline's choice
 * (UNVERIFIED): Sime 1985 ("Movement toward the familiar", Environment and Behavior 17(6):697–724)
 * and Benthorn & Frantzich 1999 (most visitors left a furniture store by the way they came in, few by
 * the nearer emergency exits) report the preference, not its size. */
export const FAMILIAR_FACTOR = 0.5;

/** The familiar-list index goal g matches, −1 none (the per-goal table is built on first use). */
export function familiarGoal(gs: GroupState, goals: GoalSet, b: Building, g: number): number {
  let map = gs.goalFamiliar;
  if (!map || map.length !== goals.goals.length) {
    map = new Int32Array(goals.goals.length).fill(-1);
    const index = new Map<string, number>();
    gs.familiarId.forEach((id, k) => index.set(`${gs.familiarKind[k]}\u0000${id}`, k));
    goals.goals.forEach((goal, h) => {
      const key =
        goal.kind === GOAL_EXIT
          ? `exit\u0000${goal.id}`
          : goal.kind === GOAL_REFUGE
            ? `refuge\u0000${goal.id}`
            : goal.kind === GOAL_LANDING
              ? `stair\u0000${b.stairs[goal.stair]!.id}`
              : '';
      map![h] = index.get(key) ?? -1;
    });
    gs.goalFamiliar = map;
  }
  return map[g]!;
}

/**
 * A goal's estimated time `time` for person `familiar` (their familiar-list index, −1 none): if g is
 * their familiar goal, the part before it (time − after, `after` the route cost beyond the goal)
 * counts FAMILIAR_FACTOR.
 */
export function familiarTime(
  gs: GroupState,
  goals: GoalSet,
  b: Building,
  familiar: number,
  g: number,
  time: number,
  after: number,
): number {
  if (familiar < 0 || time === Infinity || familiarGoal(gs, goals, b, g) !== familiar) return time;
  return after + (time - after) * FAMILIAR_FACTOR;
}
