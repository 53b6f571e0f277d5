/**
 * What the edited scenario changes that the plan can show: blocked doors, stairs and lifts, failed
 * pumps, tanks and valves, obstacles it removes, and the site obstacles it adds (pure; the plan draws
 * the building as drawn and these on top). Also where a space is a stair landing, so clicking the landing picks its stair.
 */
import type { Building, Scenario, SiteObstacle } from '../../../models/index.ts';

/** The scenario overlay's colour: red, distinct from the door classes and the magenta highlight. */
export const SCENARIO_COLOR = '#ff4d4d';
/** Obstacles the scenario adds: the accent orange of the UI. */
export const ADDED_COLOR = '#f07818';

export interface ScenarioOverlay {
  blocked: ReadonlySet<string>;
  /** Of those, the ones that close during the run: id → seconds after the alarm (`at` > 0). */
  timed: ReadonlyMap<string, number>;
  /** Spaces, stairs and storeys the scenario fills with smoke (`{ "smoke": { target } }`). */
  smoke: ReadonlySet<string>;
  /** Pumps, tanks and valves the scenario fails (`{ "fail": id }`). */
  failed: ReadonlySet<string>;
  removed: ReadonlySet<string>;
  /** Obstacles added to the site (not inside a storey), in the scenario's order. */
  added: SiteObstacle[];
}

export const NO_OVERLAY: ScenarioOverlay = {
  blocked: new Set(),
  timed: new Map(),
  smoke: new Set(),
  failed: new Set(),
  removed: new Set(),
  added: [],
};

export function scenarioOverlay(s: Scenario | undefined): ScenarioOverlay {
  if (s === undefined) return NO_OVERLAY;
  const blocked = new Set<string>();
  const failed = new Set<string>();
  const timed = new Map<string, number>();
  const smoke = new Set<string>();
  const removed = new Set<string>();
  const added: SiteObstacle[] = [];
  for (const c of s.changes ?? []) {
    if ('block' in c) {
      blocked.add(c.block);
      if (c.at !== undefined && c.at > 0) timed.set(c.block, c.at);
    } else if ('fail' in c) failed.add(c.fail);
    else if ('smoke' in c) smoke.add(c.smoke.target);
    else if ('remove' in c) removed.add(c.remove);
    else if ('add' in c && c.add.storey === undefined) added.push(...c.add.obstacles);
  }
  // An obstacle added and then removed by a later change of the same scenario is gone.
  return { blocked, timed, smoke, failed, removed, added: added.filter((o) => !removed.has(o.id)) };
}

/** Stair landing space id → stair id. */
export function landingStairs(b: Building): Map<string, string> {
  const out = new Map<string, string>();
  for (const st of b.stairs) for (const l of st.landings) out.set(l.space, st.id);
  return out;
}
