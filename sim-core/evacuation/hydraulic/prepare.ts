/**
 * Setting up a hydraulic run: the network, the population (population/spawn-agents.ts with a
 * generator seeded like the agent mode's, so the same seed gives the same persons, profiles,
 * pre-movement times — drawn from the profiles' distributions, not their means — and start
 * positions), and every person's route.
 *
 * Exit allocation is static and queue-aware: in order of pre-movement time, each person takes the
 * goal on their storey with the least walk (at 1.34 m/s) + time to safety from it (route plan) +
 * people already allocated to the same resource (exit door, stair, refuge) / its flow capacity.
 * A greedy, deterministic counterpart of the agent mode's queue-aware choice (choose-goal.ts),
 * which hydraulic hand calculations replace by the engineer's allocation. With fire lifts on, a lift
 * user (lifts.ts) is routed to their lift stop instead; scenario firefighters are set up from the
 * shared route code (firefighters.ts).
 */
import type { Building } from '../../../models/schema/building.ts';
import { createRng } from '../../random/rng.ts';
import { GOAL_LANDING, GOAL_REFUGE } from '../navigation/goals.ts';
import { resolveProfiles } from '../population/profiles.ts';
import { spawnAgents } from '../population/spawn-agents.ts';
import { buildNetwork } from './network.ts';
import { goalCost, goalResource } from './routes.ts';
import { routeIndex } from './allocate.ts';
import { familiarTime } from '../groups/familiar-goals.ts';
import { chooseLiftStop, createHydraulicLifts } from './lifts.ts';
import { createHydraulicFirefighters } from './firefighters.ts';
import { liftAlight, liftBoard } from './step.ts';
import type { FirefighterGroupSpec } from '../firefighters/firefighter-groups.ts';
import { ACTIVE, SAFE, TRAPPED, type HydraulicState } from './state.ts';
import { createStairJamRecorder } from '../record/stair-jams.ts';
import { createSmokeField, type SmokeSpec } from '../smoke/smoke-field.ts';

/** The scenario parts a hydraulic run takes besides the building (run-hydraulic.ts HydraulicOptions). */
export interface HydraulicExtras {
  firefighters?: readonly FirefighterGroupSpec[];
  /** true: every usable fire lift; a list: these lift ids. */
  useFireLifts?: boolean | readonly string[];
  /** Scenario smoke (smoke.ts; ../smoke/smoke-field.ts). */
  smoke?: readonly SmokeSpec[];
}

export function prepareHydraulic(
  b: Building,
  seed: number,
  maxTime: number,
  extras: HydraulicExtras = {},
): HydraulicState {
  const net = buildNetwork(b);
  const pop = spawnAgents(b, net.layout, resolveProfiles(b), createRng(seed));
  const a = pop.agents;
  const n = a.n;
  const nodes = net.area.length;
  const servers = net.serverCap.length;
  const s: HydraulicState = {
    building: b,
    net,
    pop,
    seed,
    maxTime,
    t: 0,
    routes: [],
    routeCache: new Map(),
    route: new Int32Array(n).fill(-1),
    hop: new Int32Array(n),
    readyAt: new Float64Array(n),
    node: new Int32Array(n),
    status: new Uint8Array(n),
    exit: new Array<string | null>(n).fill(null),
    exitTime: new Float64Array(n).fill(NaN),
    leftTime: new Float64Array(n).fill(NaN),
    stairTime: new Float64Array(n),
    stairEnter: new Float64Array(n),
    heldAt: new Int32Array(n).fill(-1),
    startOrder: new Int32Array(n),
    started: 0,
    population: new Int32Array(nodes),
    landingWaiting: new Int32Array(net.spaceCount),
    inNextFree: new Float64Array(nodes).fill(-Infinity),
    waiting: Array.from({ length: servers }, () => []),
    nextFree: new Float64Array(servers).fill(-Infinity),
    blockedUntil: new Float64Array(servers).fill(-Infinity),
    lastStream: new Uint8Array(servers),
    exitCount: new Int32Array(net.doorCount),
    exitFirst: new Float64Array(net.doorCount).fill(NaN),
    exitLast: new Float64Array(net.doorCount).fill(NaN),
    safe: 0,
    trapped: 0,
    curve: [[0, 0]],
    stairMaxDensity: new Float64Array(net.stairs.length),
    stairMaxQueue: new Int32Array(net.stairs.length),
    stairMaxQueueLanding: new Int32Array(net.stairs.length).fill(-1),
    stairTimeEF: new Float64Array(net.stairs.length),
    jams: createStairJamRecorder(net.stairs),
    lifts: undefined,
    liftOf: new Int32Array(n).fill(-1),
    liftStop: new Int32Array(n).fill(-1),
    liftArrival: new Float64Array(n).fill(NaN),
    ff: [],
    smoke:
      extras.smoke && extras.smoke.length > 0
        ? createSmokeField(net.layout, net.stairs, extras.smoke)
        : undefined,
    fed: new Float64Array(n),
    incapacitatedAt: new Float64Array(n).fill(NaN),
    incapacitated: 0,
  };
  if (extras.useFireLifts) {
    const only = extras.useFireLifts === true ? undefined : extras.useFireLifts;
    s.lifts = createHydraulicLifts(
      b,
      net,
      pop.profiles.map((p) => p.id),
      only,
      { board: (i, t) => liftBoard(s, i, t), alight: (i, t, x, y, sp) => liftAlight(s, i, t, x, y, sp) },
    );
  }
  if (extras.firefighters && extras.firefighters.length > 0)
    s.ff = createHydraulicFirefighters(net, pop, extras.firefighters);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => a.premovement[i]! - a.premovement[j]! || i - j,
  );
  s.startOrder.set(order);
  const load = new Map<string, number>();
  const groupChoice = new Map<number, number>();
  const { goals } = net;
  for (const i of order) {
    const sp = a.startSpace[i]!;
    const info = net.layout.spaces[sp]!;
    s.node[i] = sp;
    s.population[sp]!++;
    if (info.kind === 'refuge') {
      const g = goals.goals.findIndex((goal) => goal.space === sp && goal.kind === GOAL_REFUGE);
      s.status[i] = SAFE;
      s.exit[i] = goals.goals[g]?.id ?? info.id;
      s.exitTime[i] = 0;
      s.leftTime[i] = 0;
      s.safe++;
      continue;
    }
    // A lift user heads for the nearest fire-lift stop on their storey (lifts.ts), if a route leads there.
    const stop = s.lifts
      ? chooseLiftStop(net, s.lifts, a.profile[i]!, info.storey, sp, a.x[i]!, a.y[i]!)
      : null;
    if (stop) {
      const goal = s.lifts!.lifts[stop.lift]!.stops[stop.stop]!;
      const ri = goal.space === sp ? -1 : routeIndex(s, goal.goal, sp);
      if (goal.space === sp || ri >= 0) {
        s.liftOf[i] = stop.lift;
        s.liftStop[i] = stop.stop;
        s.route[i] = ri;
        s.status[i] = ACTIVE;
        continue;
      }
    }
    let best = -1;
    let bestCost = Infinity;
    let bestKey = '';
    const candidates = goals.byStorey[info.storey]!;
    const onLanding = candidates.filter(
      (g) => goals.goals[g]!.kind === GOAL_LANDING && goals.goals[g]!.space === sp,
    );
    // A group takes the goal its first member took (groups/, same pre-movement, so allocated just
    // before); a familiar goal's walk and queue count half (groups/familiar-goals.ts).
    const groupGoal = a.group[i]! >= 0 ? (groupChoice.get(a.group[i]!) ?? -1) : -1;
    for (const g of groupGoal >= 0 ? [groupGoal] : onLanding.length > 0 ? onLanding : candidates) {
      const res = goalResource(net, g);
      const c = familiarTime(
        pop.groups,
        goals,
        b,
        a.familiar[i]!,
        g,
        onLanding.length > 0
          ? net.plan.goalCost[g]!
          : goalCost(net, g, a.x[i]!, a.y[i]!, load.get(res.key) ?? 0, res.cap),
        net.plan.goalCost[g]!,
      );
      if (c < bestCost) {
        best = g;
        bestCost = c;
        bestKey = res.key;
      }
    }
    const ri = routeIndex(s, best, sp);
    if (ri < 0 || !Number.isFinite(bestCost)) {
      s.status[i] = TRAPPED;
      s.trapped++;
      s.population[sp]!--;
      continue;
    }
    load.set(bestKey, (load.get(bestKey) ?? 0) + 1);
    if (a.group[i]! >= 0 && !groupChoice.has(a.group[i]!)) groupChoice.set(a.group[i]!, best);
    s.route[i] = ri;
    s.status[i] = ACTIVE;
  }
  return s;
}
