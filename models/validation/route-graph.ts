/**
 * The building's escape-route graph as validation sees it: spaces joined by passable doors and by
 * the flights between consecutive landings of passable stairs; optionally by fire lifts. Used to find
 * occupants with no route to safety (`outside` or a `refuge` space).
 */
import { OUTSIDE, type Building } from '../schema/building.ts';

export interface RouteGraph {
  /** Space id (or "outside") → neighbouring space ids. */
  adjacency: Map<string, string[]>;
}

function link(adj: Map<string, string[]>, a: string, b: string): void {
  let list = adj.get(a);
  if (!list) adj.set(a, (list = []));
  list.push(b);
  let back = adj.get(b);
  if (!back) adj.set(b, (back = []));
  back.push(a);
}

export function buildRouteGraph(b: Building, options: { fireLifts: boolean }): RouteGraph {
  const adjacency = new Map<string, string[]>();
  for (const storey of b.storeys) {
    for (const door of storey.doors ?? []) {
      if (door.passable === false) continue;
      link(adjacency, door.spaces[0], door.spaces[1]);
    }
  }
  for (const stair of b.stairs) {
    if (stair.passable === false) continue;
    for (let k = 1; k < stair.landings.length; k++) {
      link(adjacency, stair.landings[k - 1]!.space, stair.landings[k]!.space);
    }
  }
  if (options.fireLifts) {
    for (const lift of b.elevators ?? []) {
      if (!lift.fire || lift.passable === false) continue;
      for (let k = 1; k < lift.stops.length; k++) {
        link(adjacency, lift.stops[k - 1]!.space, lift.stops[k]!.space);
      }
    }
  }
  return { adjacency };
}

/** Every space from which some safe place can be reached (breadth-first from all safe places). */
export function spacesWithRouteToSafety(b: Building, graph: RouteGraph): Set<string> {
  const reached = new Set<string>([OUTSIDE]);
  const queue: string[] = [OUTSIDE];
  for (const storey of b.storeys) {
    for (const space of storey.spaces) {
      if (space.kind === 'refuge' && !reached.has(space.id)) {
        reached.add(space.id);
        queue.push(space.id);
      }
    }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const next of graph.adjacency.get(queue[head]!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached;
}
