/**
 * One time step [t, t + dt) of the population flows. Every element is a queue server: a person
 * reaches a server at an exact time (entry time + walk / speed, the speed fixed on entering the
 * element from its density then — SFPE S(D)), and crosses at
 *   max(arrival, server free again, next element's inflow free again, end of a hold),
 * after which the server is busy for 1 / cap (door: 1.3 × We; flight: min(IMO cap × W, Fsm × We))
 * and the next element's inflow for 1 / its cap (corridor: 1.3 × We). That is the SFPE transition
 * rule Fs_out = min(Fs_in·We_in/We_out, Fs_max) in stepped form: whatever arrives faster than the
 * tighter cap queues before the transition. Crossing times are exact within the step; the step
 * only matters when an element is full (a floor space at 3.5 p/m², a flight at 1.88 p/m², a
 * landing's floor entrants at its hold): then the person at the head waits to the next step.
 *
 * Merging at a landing: the flight entry serves two streams, people coming down (or up) the stair
 * and people entering from the floor. While both wait, it alternates between them (equal sharing:
 * the agent mode's rule; published merge ratios vary, Pauls / Galea), else it serves whoever is ready.
 *
 * Fire lifts (lifts.ts) advance at the start of the step, firefighters (firefighters.ts) after the
 * flows, on the densities the step leaves.
 */
import { FRUIN_E_DENSITY, STAIR_UP_FACTOR } from '../constants.ts';
import { fieldAt } from '../navigation/goals.ts';
import { freeStairSpeed, sfpeSpeed, stairWalkSpeed } from '../stairs/stair-speed.ts';
import { HYDRAULIC_DT, MAX_PASSES_PER_STEP } from './constants.ts';
import { entryServer } from './network.ts';
import { floorSpeed } from './sfpe-flow.ts';
import { ACTIVE, SAFE, TRAPPED, type HydraulicState } from './state.ts';
import { advanceHydraulicLifts, joinLiftQueue } from './lifts.ts';
import { stepHydraulicFirefighters } from './firefighters.ts';
import { leastCostGoal, routeIndex } from './allocate.ts';
import { landingCrowded, observeLanding, settleStair, stairJammed } from '../record/stair-jams.ts';
import { exposeHydraulicToSmoke, nodeSmokeSpeed } from './smoke.ts';

/** Speed (m/s) of person i entering node `to` at time t (its population already includes them);
 * smoke there slows it (smoke.ts). */
function entrySpeed(s: HydraulicState, i: number, to: number, t: number): number {
  const net = s.net;
  const a = s.pop.agents;
  const density = s.population[to]! / net.area[to]!;
  const stair = net.nodeStair[to]!;
  const smoke = nodeSmokeSpeed(s, to, t);
  if (stair < 0) return Math.min(a.v0[i]! * smoke, floorSpeed(density));
  const st = net.stairs[stair]!;
  const up = net.nodeUp[to] === 1;
  const dir = up ? STAIR_UP_FACTOR : 1;
  // The agent mode's rule (stairs/stair-speed.ts): a faster walker keeps their own speed while the
  // flight is sparse, so both modes agree for profiles with stairFactor > 1.
  return (
    stairWalkSpeed(
      freeStairSpeed(st.k, a.stairFactor[i]!, up),
      sfpeSpeed(st.k, 0) * dir,
      sfpeSpeed(st.k, density) * dir,
      density,
    ) * smoke
  );
}

/** Queue person i at the server of their current hop, arriving after `dist` m from time t0. */
function queueNext(s: HydraulicState, i: number, t0: number, dist: number): void {
  const r = s.routes[s.route[i]!]!;
  s.readyAt[i] = dist > 0 ? t0 + dist / entrySpeed(s, i, s.node[i]!, t0) : t0;
  s.waiting[r.server[s.hop[i]!]!]!.push(i);
}

/** The first walk (m) of person i on their route: from their position, or the route's constant. */
function firstWalk(s: HydraulicState, i: number): number {
  const a = s.pop.agents;
  const r = s.routes[s.route[i]!]!;
  return r.fromPosition
    ? Math.max(0, fieldAt(s.net.layout, s.net.goals.goals[r.goal]!, a.x[i]!, a.y[i]!) - r.firstField)
    : r.firstField;
}

/** Everyone whose pre-movement ends before `tEnd` starts walking to their first server (or, already
 * at their fire-lift stop, waits there from then). */
function startWalkers(s: HydraulicState, tEnd: number): void {
  const a = s.pop.agents;
  while (s.started < s.startOrder.length) {
    const i = s.startOrder[s.started]!;
    if (a.premovement[i]! >= tEnd) break;
    s.started++;
    if (s.status[i] !== ACTIVE) continue;
    if (s.route[i]! < 0) {
      joinLiftQueue(s.lifts!, s.liftOf[i]!, s.liftStop[i]!, i, a.premovement[i]!, s.liftArrival);
      continue;
    }
    s.hop[i] = 0;
    queueNext(s, i, a.premovement[i]!, firstWalk(s, i));
  }
}

/** A fire-lift car takes person i at time t (lifts.ts): they leave their storey. */
export function liftBoard(s: HydraulicState, i: number, t: number): void {
  s.population[s.node[i]!]!--;
  if (Number.isNaN(s.leftTime[i]!)) s.leftTime[i] = t;
}

/** Person i steps out of a car at its lowest stop (space `space`, point (x, y)) at time t and walks on. */
export function liftAlight(
  s: HydraulicState,
  i: number,
  t: number,
  x: number,
  y: number,
  space: number,
): void {
  const a = s.pop.agents;
  a.x[i] = x;
  a.y[i] = y;
  s.node[i] = space;
  s.liftOf[i] = -1;
  s.liftStop[i] = -1;
  const ri = routeIndex(s, leastCostGoal(s, s.net.layout.spaces[space]!.storey, x, y), space);
  if (ri < 0) {
    s.status[i] = TRAPPED;
    s.trapped++;
    return;
  }
  s.population[space]!++;
  s.route[i] = ri;
  s.hop[i] = 0;
  queueNext(s, i, t, firstWalk(s, i));
}

/** Whether the element behind server v (towards node `to`) is full for person i. */
function held(s: HydraulicState, v: number, to: number): boolean {
  const net = s.net;
  if (to < 0 || v >= net.doorCount + net.laneCount) return false;
  if (v >= net.doorCount) return s.population[to]! >= net.hold[to]!;
  if (net.isLanding[to]) return s.landingWaiting[to]! >= net.hold[to]!;
  return s.population[to]! >= net.hold[to]!;
}

/** Person i crosses server v at time `cross`. */
function cross(s: HydraulicState, i: number, v: number, at: number): void {
  const net = s.net;
  const r = s.routes[s.route[i]!]!;
  const h = s.hop[i]!;
  const to = r.node[h]!;
  const from = s.node[i]!;
  s.nextFree[v] = at + 1 / net.serverCap[v]!;
  if (to >= 0 && Number.isFinite(net.inCap[to]!)) s.inNextFree[to] = at + 1 / net.inCap[to]!;
  s.population[from]!--;
  if (s.heldAt[i]! >= 0) {
    s.landingWaiting[s.heldAt[i]!]!--;
    s.heldAt[i] = -1;
  }
  if (net.nodeStair[from]! >= 0) s.stairTime[i]! += at - s.stairEnter[i]!;
  if (to >= 0 && net.nodeStair[to]! >= 0) {
    s.stairEnter[i] = at;
    if (Number.isNaN(s.leftTime[i]!)) s.leftTime[i] = at;
  }
  if (h === r.server.length - 1 && r.toLift) {
    // Into the fire-lift stop space: they wait there for the car.
    s.population[to]!++;
    s.node[i] = to;
    s.hop[i] = h + 1;
    joinLiftQueue(s.lifts!, s.liftOf[i]!, s.liftStop[i]!, i, at, s.liftArrival);
    return;
  }
  if (h === r.server.length - 1) {
    s.status[i] = SAFE;
    s.exit[i] = r.exit;
    s.exitTime[i] = at;
    if (Number.isNaN(s.leftTime[i]!)) s.leftTime[i] = at;
    s.safe++;
    if (to < 0) {
      s.exitCount[v]!++;
      if (!(s.exitFirst[v]! <= at)) s.exitFirst[v] = at;
      if (!(s.exitLast[v]! >= at)) s.exitLast[v] = at;
    }
    return;
  }
  s.population[to]!++;
  s.node[i] = to;
  s.hop[i] = h + 1;
  const next = r.server[h + 1]!;
  if (v < net.doorCount && net.isLanding[to] && next >= net.doorCount) {
    s.heldAt[i] = to;
    s.landingWaiting[to]!++;
  }
  queueNext(s, i, at, r.dist[h]!);
}

/** Serves server v for the step ending at tEnd; returns how many crossed. */
function serve(s: HydraulicState, v: number, tEnd: number, scratch: StepScratch): number {
  const list = s.waiting[v]!;
  if (list.length === 0) return 0;
  const ready = list.filter((i) => s.readyAt[i]! < tEnd);
  if (ready.length === 0) return 0;
  const byTime = (i: number, j: number): number => s.readyAt[i]! - s.readyAt[j]! || i - j;
  const stream = (i: number): number => s.routes[s.route[i]!]!.origin[s.hop[i]!]!;
  const q: number[][] = [
    ready.filter((i) => stream(i) === 0).sort(byTime),
    ready.filter((i) => stream(i) === 1).sort(byTime),
  ];
  const head = [0, 0];
  const pass = ++scratch.tag;
  let moved = 0;
  for (;;) {
    const c0 = q[0]![head[0]!];
    const c1 = q[1]![head[1]!];
    if (c0 === undefined && c1 === undefined) break;
    let k: number;
    if (c0 === undefined) k = 1;
    else if (c1 === undefined) k = 0;
    else {
      // Both streams waiting at the server: alternate; otherwise first come, first served.
      const free = Math.max(s.nextFree[v]!, s.blockedUntil[v]!);
      const both = s.readyAt[c0]! <= free && s.readyAt[c1]! <= free;
      k = both ? 1 - s.lastStream[v]! : s.readyAt[c1]! < s.readyAt[c0]! ? 1 : 0;
    }
    const i = (k === 0 ? c0 : c1)!;
    const r = s.routes[s.route[i]!]!;
    const to = r.node[s.hop[i]!]!;
    let at = Math.max(s.readyAt[i]!, s.nextFree[v]!, s.blockedUntil[v]!);
    if (to >= 0) at = Math.max(at, s.inNextFree[to]!);
    if (at >= tEnd) break;
    if (s.hop[i]! < r.server.length - 1 && held(s, v, to)) {
      s.blockedUntil[v] = tEnd;
      break;
    }
    head[k]!++;
    s.lastStream[v] = k;
    scratch.stamp[i] = pass;
    cross(s, i, v, at);
    moved++;
  }
  if (moved > 0) s.waiting[v] = list.filter((i) => scratch.stamp[i] !== pass);
  return moved;
}

/** Per-stair statistics at the end of a step: densest flight, queues at its landings, Fruin E–F. */
function stairStats(s: HydraulicState, tEnd: number, dt: number): void {
  const net = s.net;
  net.stairs.forEach((st, k) => {
    let worstDensity = 0;
    let total = 0;
    let worstQ = -1;
    let worstLanding = -1;
    const perLanding = new Int32Array(st.landings.length);
    // Densest flight entered at each landing (a down flight at its top, an up flight at its bottom).
    const flightAt = new Float64Array(st.landings.length);
    for (let j = 0; j < st.length.length; j++)
      for (const up of [0, 1]) {
        const l = net.laneBase[k]! + 2 * j + up;
        const node = net.spaceCount + l;
        const d = s.population[node]! / net.area[node]!;
        if (d > worstDensity) worstDensity = d;
        const at = up ? j : j + 1;
        if (d > flightAt[at]!) flightAt[at] = d;
        let q = 0;
        for (const i of s.waiting[entryServer(net, l)]!) if (s.readyAt[i]! < tEnd) q++;
        perLanding[at]! += q;
      }
    // Jam onset: the same rule as the agent mode (record/stair-jams.ts), observed at the step's end.
    if (!stairJammed(s.jams, k)) {
      for (let j = 0; j < perLanding.length; j++)
        observeLanding(s.jams, k, j, landingCrowded(s.jams, k, j, flightAt[j]!, perLanding[j]!), tEnd);
      settleStair(s.jams, k, tEnd);
    }
    for (let j = 0; j < perLanding.length; j++) {
      total += perLanding[j]!;
      if (perLanding[j]! > worstQ) {
        worstQ = perLanding[j]!;
        worstLanding = j;
      }
    }
    if (worstDensity > s.stairMaxDensity[k]!) s.stairMaxDensity[k] = worstDensity;
    if (total > s.stairMaxQueue[k]!) {
      s.stairMaxQueue[k] = total;
      s.stairMaxQueueLanding[k] = worstLanding;
    }
    if (worstDensity > FRUIN_E_DENSITY) s.stairTimeEF[k]! += dt;
  });
}

/** Persons waiting at server v who are ready to cross before tEnd. */
function readyBy(s: HydraulicState, v: number, tEnd: number): number {
  let q = 0;
  for (const i of s.waiting[v]!) if (s.readyAt[i]! < tEnd) q++;
  return q;
}

/** Marks of the persons who crossed during one visit of a server (tag: a fresh number per visit). */
export interface StepScratch {
  stamp: Int32Array;
  tag: number;
}

export function createScratch(n: number): StepScratch {
  return { stamp: new Int32Array(n), tag: 0 };
}

export function stepHydraulic(s: HydraulicState, scratch: StepScratch, dt = HYDRAULIC_DT): void {
  const tEnd = s.t + dt;
  startWalkers(s, tEnd);
  // Car events of this step first, so those stepping out at the lowest stop cross doors in it.
  if (s.lifts) advanceHydraulicLifts(s.lifts, tEnd);
  const servers = s.net.serverCap.length;
  for (let pass = 0; pass < MAX_PASSES_PER_STEP; pass++) {
    let moved = 0;
    for (let v = 0; v < servers; v++) moved += serve(s, v, tEnd, scratch);
    if (moved === 0) break;
  }
  if (s.ff.length > 0)
    stepHydraulicFirefighters(s.net, s.ff, s.population, (v) => readyBy(s, v, tEnd), s.t, tEnd);
  stairStats(s, tEnd, dt);
  if (s.smoke) exposeHydraulicToSmoke(s, s.t, tEnd);
  s.t = tEnd;
  s.curve.push([Math.round(tEnd * 100) / 100, s.safe]);
}
