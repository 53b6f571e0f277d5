/**
 * Applying a scenario: a pure function from a building and one of its scenarios to a changed copy.
 * The original is never touched (the copy is a deep structured clone). Changes apply in order, as the
 * spec says; a change naming something that does not exist throws a ScenarioError that says which.
 */
import type { Building } from '../schema/building.ts';
import type { Change, Scenario, SmokeChange } from '../schema/scenario.ts';
import type { Space } from '../schema/storey.ts';
import type { Profile } from '../schema/profile.ts';
import { BUILTIN_PROFILES } from '../profiles/builtin.ts';
import { PointerError, setAtPointer } from './json-pointer.ts';

export class ScenarioError extends Error {
  /** JSON pointer of the offending change, within the scenario (e.g. `/changes/2`). */
  readonly path: string;
  readonly en: string;
  readonly zh: string;
  constructor(path: string, en: string, zh: string) {
    super(`${path}: ${en}`);
    this.path = path;
    this.en = en;
    this.zh = zh;
  }
}

/** Spaces where people live or work: what a storey-wide `occupants` override populates. */
export const OCCUPIABLE_KINDS: ReadonlySet<Space['kind']> = new Set(['room', 'shop', 'other']);

/**
 * The changed copy carries no `scenarios`: they were written against the original building (a
 * scenario that removes car-7 cannot be applied again to a site without it).
 */
export function applyScenario(building: Building, scenario: Scenario): Building {
  const copy = structuredClone(building);
  delete copy.scenarios;
  (scenario.changes ?? []).forEach((change, k) => applyChange(copy, change, `/changes/${k}`));
  return copy;
}

function applyChange(b: Building, change: Change, path: string): void {
  if ('block' in change) {
    // A timed block (`at` > 0) closes during the run (scenarioClosures): the copy keeps it passable.
    if (change.at !== undefined && change.at > 0) return exists(b, change.block, path);
    return block(b, change.block, path);
  }
  if ('fail' in change) return fail(b, change.fail, change.mode, path);
  if ('remove' in change) return remove(b, change.remove, path);
  if ('add' in change) return add(b, change.add, path);
  if ('occupants' in change) return occupants(b, change.occupants, path);
  if ('premovement' in change) return premovement(b, change.premovement, change.profile, path);
  // Smoke changes nothing in the building: the evacuation engine reads it (scenarioSmoke).
  if ('smoke' in change) return smokeTargetExists(b, change.smoke.target, path);
  try {
    setAtPointer(b, change.set.path, structuredClone(change.set.value));
  } catch (e) {
    if (e instanceof PointerError) throw new ScenarioError(path + '/set/path', e.en, e.zh);
    throw e;
  }
}

function missing(path: string, what: string, whatZh: string, id: string): ScenarioError {
  return new ScenarioError(path, `there is no ${what} with id "${id}"`, `不存在 id 为“${id}”的${whatZh}`);
}

function block(b: Building, id: string, path: string): void {
  for (const storey of b.storeys) {
    const door = storey.doors?.find((d) => d.id === id);
    if (door) {
      door.passable = false;
      return;
    }
  }
  const target = b.stairs.find((s) => s.id === id) ?? b.elevators?.find((e) => e.id === id);
  if (!target) throw missing(path + '/block', 'door, stair or elevator', '门、楼梯或电梯', id);
  target.passable = false;
}

/** A timed block's target must exist like a block's, or the scenario is refused the same way. */
function exists(b: Building, id: string, path: string): void {
  const found =
    b.storeys.some((st) => st.doors?.some((d) => d.id === id)) ||
    b.stairs.some((s) => s.id === id) ||
    (b.elevators ?? []).some((e) => e.id === id);
  if (!found) throw missing(path + '/block', 'door, stair or elevator', '门、楼梯或电梯', id);
}

/**
 * The scenario's timed blocks (`{ "block": id, "at": s }` with `at` > 0) as the evacuation engine's
 * `closures` option (sim-core/evacuation/run/closures.ts), in the scenario's order. applyScenario
 * leaves these passable; the engine closes them at `at` seconds and re-routes everyone (NIST TN
 * 1822 4.1). The water and access engines have no time: for them a timed block is not applied.
 */
export function scenarioClosures(scenario: Scenario): { id: string; at: number }[] {
  return (scenario.changes ?? []).flatMap((c) =>
    'block' in c && c.at !== undefined && c.at > 0 ? [{ id: c.block, at: c.at }] : [],
  );
}

/** A smoke change's target must be a space, stair or storey, or the scenario is refused. */
function smokeTargetExists(b: Building, id: string, path: string): void {
  const found =
    b.storeys.some((st) => st.id === id || st.spaces.some((sp) => sp.id === id)) ||
    b.stairs.some((s) => s.id === id);
  if (!found) throw missing(path + '/smoke/target', 'space, stair or storey', '空间、楼梯或楼层', id);
}

/**
 * The scenario's smoke (extension `{ "smoke": { target, extinction, from?, co?, co2?, o2? } }`) as the
 * evacuation engine's `smoke` option (sim-core/evacuation/smoke/), in the scenario's order. Only the
 * evacuation engine uses it (both modes); water and access ignore smoke.
 */
export function scenarioSmoke(scenario: Scenario): SmokeChange['smoke'][] {
  return (scenario.changes ?? []).flatMap((c) => ('smoke' in c ? [{ ...c.smoke }] : []));
}

/**
 * The scenario's `fireLifts` (extension) as the evacuation engine's `useFireLifts` option: `true`
 * (every usable fire lift), the listed lift ids, or undefined (off: absent or `false`). applyScenario
 * does not touch the lifts; the engine decides who rides them (sim-core/evacuation/lifts/).
 */
export function scenarioFireLifts(scenario: Scenario): true | string[] | undefined {
  const f = scenario.fireLifts;
  if (f === undefined || f === false) return undefined;
  return f === true ? true : [...f];
}

function fail(b: Building, id: string, mode: 'closed' | 'open' | undefined, path: string): void {
  const w = b.water;
  const pump = w?.pumps?.find((p) => p.id === id);
  if (pump) {
    pump.status = 'closed';
    return;
  }
  const tank = w?.tanks?.find((t) => t.id === id);
  if (tank) {
    // An empty tank: at its minimum level EPANET lets no more water out.
    tank.level = tank.minLevel;
    return;
  }
  const valve = w?.valves?.find((v) => v.id === id);
  if (!valve) throw missing(path + '/fail', 'pump, tank or valve', '水泵、水箱或阀门', id);
  // A valve fails shut by default; `mode: "open"` is a PRV stuck fully open (EPANET status OPEN).
  valve.status = mode ?? 'closed';
}

function remove(b: Building, id: string, path: string): void {
  const site = b.site?.obstacles;
  const i = site?.findIndex((o) => o.id === id) ?? -1;
  if (site && i >= 0) {
    site.splice(i, 1);
    return;
  }
  for (const storey of b.storeys) {
    const j = storey.obstacles?.findIndex((o) => o.id === id) ?? -1;
    if (storey.obstacles && j >= 0) {
      storey.obstacles.splice(j, 1);
      return;
    }
  }
  throw missing(path + '/remove', 'obstacle', '障碍物', id);
}

function add(b: Building, what: Extract<Change, { add: unknown }>['add'], path: string): void {
  if (what.storey !== undefined) {
    const storey = b.storeys.find((s) => s.id === what.storey);
    if (!storey) throw missing(path + '/add/storey', 'storey', '楼层', what.storey);
    const list = (storey.obstacles ??= []);
    for (const o of what.obstacles) {
      list.push(
        o.name === undefined
          ? { id: o.id, polygon: o.polygon }
          : { id: o.id, polygon: o.polygon, name: o.name },
      );
    }
    return;
  }
  const site = (b.site ??= {});
  (site.obstacles ??= []).push(...structuredClone(what.obstacles));
}

function occupants(b: Building, o: Extract<Change, { occupants: unknown }>['occupants'], path: string): void {
  const targets: Space[] = [];
  if (o.space !== undefined) {
    const found = b.storeys.flatMap((s) => s.spaces).find((s) => s.id === o.space);
    if (!found) throw missing(path + '/occupants/space', 'space', '空间', o.space);
    targets.push(found);
  } else {
    const storeys = o.storey === undefined ? b.storeys : b.storeys.filter((s) => s.id === o.storey);
    if (storeys.length === 0) throw missing(path + '/occupants/storey', 'storey', '楼层', o.storey!);
    for (const s of storeys) targets.push(...s.spaces.filter((sp) => OCCUPIABLE_KINDS.has(sp.kind)));
  }
  // `scale` (extension): cumulative rounding over the targets in file order, so 0.8 × 100 rooms of 3
  // gives 240 people, not 100 × round(2.4) = 200, and the result is deterministic.
  let wanted = 0;
  let placed = 0;
  for (const space of targets) {
    const next = { ...(space.occupants ?? {}) };
    if (o.scale !== undefined) {
      if (next.density !== undefined) next.density *= o.scale;
      else if (next.positions !== undefined || next.count !== undefined) {
        const have = next.positions?.length ?? next.count!;
        wanted += have * o.scale;
        const take = Math.round(wanted) - placed;
        placed += take;
        if (next.positions !== undefined) {
          if (take > next.positions.length) {
            throw new ScenarioError(
              path + '/occupants/scale',
              `space "${space.id}" places its people at fixed positions; they cannot be scaled above 1`,
              `空间“${space.id}”的人员位置是固定的，不能放大到 1 倍以上`,
            );
          }
          next.positions = next.positions.slice(0, take);
          if (next.count !== undefined) next.count = take;
        } else next.count = take;
      }
    }
    if (o.count !== undefined || o.density !== undefined) {
      delete next.count;
      delete next.density;
      delete next.positions;
      if (o.count !== undefined) next.count = o.count;
      if (o.density !== undefined) next.density = o.density;
    }
    if (o.profile !== undefined || o.mix !== undefined) {
      delete next.profile;
      delete next.mix;
      if (o.profile !== undefined) next.profile = o.profile;
      if (o.mix !== undefined) next.mix = structuredClone(o.mix);
    }
    if (next.count === undefined && next.density === undefined && next.positions === undefined)
      next.count = 0;
    space.occupants = next;
  }
}

function premovement(
  b: Building,
  dist: Extract<Change, { premovement: unknown }>['premovement'],
  only: string | undefined,
  path: string,
): void {
  // Built-in profiles become explicit so the override has somewhere to live; a file's own
  // definition of a built-in id takes precedence, as it does everywhere.
  const profiles: Profile[] = (b.profiles ??= []);
  for (const builtin of BUILTIN_PROFILES) {
    if (!profiles.some((p) => p.id === builtin.id)) profiles.push(structuredClone(builtin));
  }
  const targets = only === undefined ? profiles : profiles.filter((p) => p.id === only);
  if (targets.length === 0) throw missing(path + '/profile', 'profile', '人员类型', only!);
  for (const p of targets) p.premovement = structuredClone(dist);
}

/** The scenario with this id, or undefined. */
export function findScenario(b: Building, id: string): Scenario | undefined {
  return b.scenarios?.find((s) => s.id === id);
}
