/**
 * The building as a flow network, built from the same indexed building the agent mode uses
 * (layout, goals, stairs, route plan), so both modes see the same spaces, doors, stairs and routes.
 *
 * Nodes (elements people are *in*): every space (global space index), then every stair lane — one
 * per flight segment and direction, lane = laneBase[stair] + 2·segment + (up ? 1 : 0), segment j
 * joining landings j and j + 1. Servers (links people *cross*, each a queue with a flow cap):
 * every door, then per lane its entry at the top (down) or bottom (up) landing, then per lane its
 * exit onto the landing at the other end (no cap: people coming off a flight always step off, so
 * opposite streams on a shared landing can never lock each other).
 */
import type { Building } from '../../../models/schema/building.ts';
import { perimeter, signedArea } from '../../../models/geometry/polygon.ts';
import { LANDING_HOLD_DENSITY, SFPE_A } from '../constants.ts';
import { buildLayout, OUTSIDE_SPACE, type BuildingLayout } from '../layout/building-layout.ts';
import { buildGoals, GOAL_LANDING, type GoalSet } from '../navigation/goals.ts';
import { planRoutes, type RoutePlan } from '../navigation/route-plan.ts';
import { buildStairs, type StairInfo } from '../stairs/stair-network.ts';
import {
  CORRIDOR_BOUNDARY_LAYER,
  CORRIDOR_MAX_SPECIFIC_FLOW,
  DOOR_BOUNDARY_LAYER,
  DOOR_MAX_SPECIFIC_FLOW,
  FLOOR_HOLD_DENSITY,
} from './constants.ts';
import { effectiveWidth, equivalentWidth } from './sfpe-flow.ts';

export interface FlowNetwork {
  layout: BuildingLayout;
  goals: GoalSet;
  stairs: StairInfo[];
  plan: RoutePlan;
  spaceCount: number;
  laneBase: Int32Array;
  laneCount: number;
  /** Per node: floor area (m²; flights: travel length × effective width). */
  area: Float64Array;
  /** Per node: people allowed in before its entries through doors / onto the flight stop. */
  hold: Float64Array;
  /** Per node: inflow cap (p/s) over all its entries (corridors: 1.3 × We; else Infinity). */
  inCap: Float64Array;
  /** Per node: stair index of a lane, −1 for a space. */
  nodeStair: Int32Array;
  nodeUp: Uint8Array;
  /** Per lane: travel length (m). */
  laneLength: Float64Array;
  /** Per server: flow cap (p/s). */
  serverCap: Float64Array;
  doorCount: number;
  /** Per space: 1 if it is a landing of a passable stair (its door entries count against LANDING_HOLD). */
  isLanding: Uint8Array;
}

export const lane = (net: FlowNetwork, stair: number, segment: number, up: boolean): number =>
  net.laneBase[stair]! + 2 * segment + (up ? 1 : 0);
export const laneNode = (net: FlowNetwork, l: number): number => net.spaceCount + l;
export const entryServer = (net: FlowNetwork, l: number): number => net.doorCount + l;
export const exitServer = (net: FlowNetwork, l: number): number => net.doorCount + net.laneCount + l;

/** Maximum flow (p/s) onto a flight: the IMO cap × clear width, or SFPE Fsm = k/(4a) × We if lower
 * (the agent mode's stair rule; up-stair × STAIR_UP_FACTOR is already in upCap). */
export function flightCap(st: StairInfo, up: boolean): number {
  const fsm = (st.k / (4 * SFPE_A)) * st.effectiveWidth;
  return up ? Math.min(st.upCap, fsm * (st.upCap / st.downCap)) : Math.min(st.downCap, fsm);
}

/** Door cap (p/s): IMO/SFPE 1.3 p/(m·s) × effective width (door jambs 15 cm each side). */
export function doorCap(width: number): number {
  return DOOR_MAX_SPECIFIC_FLOW * effectiveWidth(width, DOOR_BOUNDARY_LAYER);
}

export function buildNetwork(b: Building): FlowNetwork {
  const layout = buildLayout(b);
  const goals = buildGoals(b, layout);
  const stairs = buildStairs(b, layout);
  const plan = planRoutes(layout, goals, stairs);
  const spaceCount = layout.spaces.length;
  const laneBase = new Int32Array(stairs.length + 1);
  stairs.forEach((st, s) => (laneBase[s + 1] = laneBase[s]! + 2 * st.length.length));
  const laneCount = laneBase[stairs.length]!;
  const nodes = spaceCount + laneCount;
  const doorCount = layout.doors.length;
  const net: FlowNetwork = {
    layout,
    goals,
    stairs,
    plan,
    spaceCount,
    laneBase,
    laneCount,
    area: new Float64Array(nodes),
    hold: new Float64Array(nodes),
    inCap: new Float64Array(nodes).fill(Infinity),
    nodeStair: new Int32Array(nodes).fill(-1),
    nodeUp: new Uint8Array(nodes),
    laneLength: new Float64Array(laneCount),
    serverCap: new Float64Array(doorCount + 2 * laneCount),
    doorCount,
    isLanding: new Uint8Array(spaceCount),
  };
  layout.spaces.forEach((sp, i) => {
    const area = Math.abs(signedArea(sp.polygon));
    net.area[i] = area;
    net.hold[i] = Math.max(1, FLOOR_HOLD_DENSITY * area);
    if (sp.kind === 'corridor') {
      const we = effectiveWidth(equivalentWidth(area, perimeter(sp.polygon)), CORRIDOR_BOUNDARY_LAYER);
      net.inCap[i] = CORRIDOR_MAX_SPECIFIC_FLOW * we;
    }
  });
  for (const g of goals.goals) {
    if (g.kind !== GOAL_LANDING) continue;
    const st = stairs[g.stair]!;
    net.isLanding[g.space] = 1;
    // Floor entrants waiting on a landing: the agent mode's width² × LANDING_HOLD_DENSITY (UNVERIFIED).
    net.hold[g.space] = Math.max(1, Math.ceil(st.width * st.width * LANDING_HOLD_DENSITY));
  }
  layout.doors.forEach((d, k) => (net.serverCap[k] = doorCap(d.width)));
  stairs.forEach((st, s) => {
    st.length.forEach((len, j) => {
      for (const up of [false, true]) {
        const l = lane(net, s, j, up);
        const node = laneNode(net, l);
        const area = Math.max(1e-6, len * st.effectiveWidth);
        net.area[node] = area;
        // Nobody steps onto a flight already at the SFPE density of maximum flow, 1/(2a) = 1.88 p/m²
        // (as in the agent mode), so the flight's flow is min(cap, Fsm × We).
        net.hold[node] = Math.max(1, area / (2 * SFPE_A));
        net.nodeStair[node] = s;
        net.nodeUp[node] = up ? 1 : 0;
        net.laneLength[l] = len;
        net.serverCap[entryServer(net, l)] = st.passable ? flightCap(st, up) : 0;
        net.serverCap[exitServer(net, l)] = Infinity;
      }
    });
  });
  return net;
}

/** The node on the far side of door k for someone coming from space `from` (−1: outside). */
export function doorOtherSide(net: FlowNetwork, k: number, from: number): number {
  const d = net.layout.doors[k]!;
  const other = d.spaceA === from ? d.spaceB : d.spaceA;
  return other === OUTSIDE_SPACE ? -1 : other;
}
