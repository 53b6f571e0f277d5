/**
 * Scenario edits as command objects with `do` and `undo` (the three.js editor's pattern), over
 * immutable buildings: a factory reads the building it will apply to and returns a command whose
 * `do` and `undo` are pure functions, so `undo(do(b))` is deep-equal to `b` and React may call them
 * twice. Only `scenarios` changes; every other part of the building keeps its identity, so the
 * viewer (which draws the building as drawn) need not rebuild after a scenario edit.
 * A factory given an id that does not exist throws EditError (the editor shows it; nothing changes).
 */
import {
  type Building,
  type Change,
  type Distribution,
  type Firefighters,
  formatMinSec,
  type Point,
  type Scenario,
  seconds,
  type SiteObstacle,
} from '../../../models/index.ts';
import type { en } from '../locales/en.ts';

export type CommandKey = keyof (typeof en)['scenarioEdit']['command'];

/** What a command did, for the Undo/Redo buttons' titles (a key of scenarioEdit.command). */
export interface CommandLabel {
  key: CommandKey;
  values: Record<string, string>;
}

export interface EditCommand {
  readonly label: CommandLabel;
  /** Which scenario the window should pick after do / after undo (absent: keep the choice). */
  readonly select?: { afterDo: string | null; afterUndo: string | null };
  /**
   * The id of the one scenario this command changes in place (same position in the list), so only
   * it needs re-validating; absent when the list itself changes (create, delete, duplicate).
   */
  readonly scope?: string;
  do(building: Building): Building;
  undo(building: Building): Building;
}

export class EditError extends Error {}

/** The building with `scenarios` replaced (undefined: the key is dropped, as in a file without any). */
function withScenarios(b: Building, list: Scenario[] | undefined): Building {
  const next = { ...b };
  if (list === undefined) delete next.scenarios;
  else next.scenarios = list;
  return next;
}

/** A command that swaps the whole `scenarios` array (its elements are shared, not copied). */
function scenariosCommand(
  b: Building,
  label: CommandLabel,
  after: Scenario[],
  select?: EditCommand['select'],
): EditCommand {
  const before = b.scenarios;
  const next = after.length === 0 && before === undefined ? undefined : after;
  return {
    label,
    ...(select === undefined ? {} : { select }),
    do: (x) => withScenarios(x, next),
    undo: (x) => withScenarios(x, before),
  };
}

function scenarioIndex(b: Building, id: string): number {
  const i = (b.scenarios ?? []).findIndex((s) => s.id === id);
  if (i < 0) throw new EditError(`there is no scenario "${id}"`);
  return i;
}

/** A command that replaces one scenario with `update(scenario)`. */
function updateScenario(
  b: Building,
  id: string,
  label: CommandLabel,
  update: (s: Scenario) => Scenario,
): EditCommand {
  const i = scenarioIndex(b, id);
  const list = [...b.scenarios!];
  list[i] = update(list[i]!);
  return { ...scenariosCommand(b, label, list), scope: id };
}

/** `s` with `key` set to `value`, or without `key` when `value` is undefined. */
function withField<K extends keyof Scenario>(s: Scenario, key: K, value: Scenario[K] | undefined): Scenario {
  const next = { ...s };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function withChanges(s: Scenario, changes: Change[]): Scenario {
  return withField(s, 'changes', changes.length === 0 ? undefined : changes);
}

const label = (key: CommandKey, values: Record<string, string> = {}): CommandLabel => ({ key, values });

/** Every `id` in the building (any depth, scenario-added obstacles included). */
export function usedIds(b: Building): Set<string> {
  const ids = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'id' && typeof x === 'string') ids.add(x);
        else walk(x);
      }
    }
  };
  walk(b);
  return ids;
}

/** `base-1`, `base-2`, …: the first not used anywhere in the building. */
export function freshId(b: Building, base: string): string {
  const ids = usedIds(b);
  for (let n = 1; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}

// ---- Whole scenarios ----

export function createScenario(b: Building, name: string, previous: string | null): EditCommand {
  const id = freshId(b, 'scenario');
  const s: Scenario = name.trim() === '' ? { id } : { id, name: name.trim() };
  return scenariosCommand(b, label('create', { name: s.name ?? id }), [...(b.scenarios ?? []), s], {
    afterDo: id,
    afterUndo: previous,
  });
}

export function renameScenario(b: Building, id: string, name: string): EditCommand {
  const trimmed = name.trim();
  return updateScenario(b, id, label('rename', { name: trimmed === '' ? id : trimmed }), (s) =>
    withField(s, 'name', trimmed === '' ? undefined : trimmed),
  );
}

export function deleteScenario(b: Building, id: string): EditCommand {
  const i = scenarioIndex(b, id);
  const s = b.scenarios![i]!;
  return scenariosCommand(
    b,
    label('delete', { name: s.name ?? id }),
    b.scenarios!.filter((_, j) => j !== i),
    { afterDo: null, afterUndo: id },
  );
}

/** A copy inserted after the original, with a fresh id and `name` (the UI's "… (copy)"). */
export function duplicateScenario(b: Building, id: string, name: string): EditCommand {
  const i = scenarioIndex(b, id);
  const copy = { ...structuredClone(b.scenarios![i]!), id: freshId(b, id) };
  if (name.trim() !== '') copy.name = name.trim();
  const list = [...b.scenarios!];
  list.splice(i + 1, 0, copy);
  return scenariosCommand(b, label('duplicate', { name: copy.name ?? copy.id }), list, {
    afterDo: copy.id,
    afterUndo: id,
  });
}

// ---- Scenario settings ----

export function setFire(b: Building, id: string, storey: string | null, space?: string): EditCommand {
  return updateScenario(b, id, label(storey === null ? 'fireNone' : 'fire', { storey: storey ?? '' }), (s) =>
    withField(s, 'fire', storey === null ? undefined : space === undefined ? { storey } : { storey, space }),
  );
}

/** Longest simulated time (s); undefined = the engines' default. */
export function setDuration(b: Building, id: string, seconds: number | undefined): EditCommand {
  return updateScenario(b, id, label('duration'), (s) => withField(s, 'duration', seconds));
}

export function setSeed(b: Building, id: string, seed: number | undefined): EditCommand {
  return updateScenario(b, id, label('seed'), (s) => withField(s, 'seed', seed));
}

// ---- Changes ----

/** The single-id change kinds that are switched on and off (block a door, fail a pump, tow a car). */
export type ToggleKind = 'block' | 'fail' | 'remove';

export function hasToggle(s: Scenario | undefined, kind: ToggleKind, target: string): boolean {
  return (s?.changes ?? []).some((c) => kind in c && (c as Record<string, unknown>)[kind] === target);
}

/** `m:ss` for a command's title (the panel shows times the same way). */
const minSec = (s: number): string => formatMinSec(seconds(s));

const TOGGLE_LABELS: Record<ToggleKind, [CommandKey, CommandKey]> = {
  block: ['block', 'unblock'],
  fail: ['fail', 'unfail'],
  remove: ['removeObstacle', 'restoreObstacle'],
};

/**
 * Adds `{ [kind]: target }` or, when the scenario has it, takes every such change out. `at` (only
 * for `block`, seconds after the alarm; > 0) makes the added block a timed closure during the run.
 */
export function toggleChange(
  b: Building,
  id: string,
  kind: ToggleKind,
  target: string,
  at?: number,
): EditCommand {
  const s = b.scenarios?.[scenarioIndex(b, id)];
  const on = hasToggle(s, kind, target);
  const timed = !on && kind === 'block' && at !== undefined && at > 0;
  const [add, drop] = TOGGLE_LABELS[kind];
  const what = timed
    ? label('blockAt', { id: target, at: minSec(at) })
    : label(on ? drop : add, { id: target });
  return updateScenario(b, id, what, (sc) => {
    const changes = sc.changes ?? [];
    const matches = (c: Change) => kind in c && (c as Record<string, unknown>)[kind] === target;
    const change = (timed ? { block: target, at } : { [kind]: target }) as Change;
    return withChanges(sc, on ? changes.filter((c) => !matches(c)) : [...changes, change]);
  });
}

/**
 * When the scenario's block of `target` closes: `at` seconds after the alarm (a timed closure), or
 * from the start (undefined or 0). Adds the block when the scenario has none; re-times every block
 * of `target` when it has.
 */
export function setBlockTime(b: Building, id: string, target: string, at: number | undefined): EditCommand {
  const timed = at !== undefined && at > 0;
  const what = timed ? label('blockAt', { id: target, at: minSec(at) }) : label('block', { id: target });
  return updateScenario(b, id, what, (sc) => {
    const changes = sc.changes ?? [];
    const retime = (c: Change): Change => {
      if (!('block' in c) || c.block !== target) return c;
      return timed ? { block: target, at } : { block: target };
    };
    return withChanges(
      sc,
      hasToggle(sc, 'block', target)
        ? changes.map(retime)
        : [...changes, timed ? { block: target, at } : { block: target }],
    );
  });
}

/**
 * The scenario's vehicles (ids of the catalogue or the file's `vehicles`); undefined or empty: the
 * key is dropped, so the scenario uses the file's vehicles, else the catalogue defaults (spec).
 */
export function setVehicles(b: Building, id: string, vehicles: readonly string[] | undefined): EditCommand {
  const list = vehicles === undefined || vehicles.length === 0 ? undefined : [...vehicles];
  return updateScenario(
    b,
    id,
    label(list === undefined ? 'vehiclesDefault' : 'vehicles', {
      ids: (list ?? []).join(', '),
    }),
    (s) => withField(s, 'vehicles', list),
  );
}

export function addChange(b: Building, id: string, change: Change): EditCommand {
  const kind = Object.keys(change)[0] ?? '';
  return updateScenario(b, id, label('addChange', { kind }), (s) =>
    withChanges(s, [...(s.changes ?? []), change]),
  );
}

export function removeChange(b: Building, id: string, index: number): EditCommand {
  const s = b.scenarios?.[scenarioIndex(b, id)];
  const change = s?.changes?.[index];
  if (change === undefined) throw new EditError(`scenario "${id}" has no change ${index}`);
  return updateScenario(b, id, label('removeChange', { kind: Object.keys(change)[0] ?? '' }), (sc) =>
    withChanges(
      sc,
      (sc.changes ?? []).filter((_, k) => k !== index),
    ),
  );
}

/** Population: `occupants` override (count per space or density, and/or who). */
export function addOccupants(
  b: Building,
  id: string,
  o: Extract<Change, { occupants: unknown }>['occupants'],
): EditCommand {
  return addChange(b, id, { occupants: o });
}

export function addPremovement(b: Building, id: string, d: Distribution, profile?: string): EditCommand {
  return addChange(b, id, profile === undefined ? { premovement: d } : { premovement: d, profile });
}

// ---- Obstacles added by the scenario ----

/** Puts a new obstacle on the site (or inside `storey`) as its own `add` change. */
export function addObstacle(b: Building, id: string, obstacle: SiteObstacle, storey?: string): EditCommand {
  const add = storey === undefined ? { obstacles: [obstacle] } : { obstacles: [obstacle], storey };
  return updateScenario(b, id, label('addObstacle', { id: obstacle.id }), (s) =>
    withChanges(s, [...(s.changes ?? []), { add }]),
  );
}

/** Where an added obstacle is: change index and index in that change's list. */
export function findAdded(s: Scenario | undefined, obstacleId: string): [number, number] | undefined {
  const changes = s?.changes ?? [];
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k]!;
    if (!('add' in c)) continue;
    const j = c.add.obstacles.findIndex((o) => o.id === obstacleId);
    if (j >= 0) return [k, j];
  }
  return undefined;
}

function addedAt(b: Building, id: string, obstacleId: string): [number, number] {
  const at = findAdded(b.scenarios?.[scenarioIndex(b, id)], obstacleId);
  if (at === undefined) throw new EditError(`scenario "${id}" adds no obstacle "${obstacleId}"`);
  return at;
}

/** Moves an obstacle the scenario added to a new outline. */
export function moveObstacle(b: Building, id: string, obstacleId: string, polygon: Point[]): EditCommand {
  const [k, j] = addedAt(b, id, obstacleId);
  return updateScenario(b, id, label('moveObstacle', { id: obstacleId }), (s) => {
    const changes = [...s.changes!];
    const c = changes[k] as Extract<Change, { add: unknown }>;
    const obstacles = [...c.add.obstacles];
    obstacles[j] = { ...obstacles[j]!, polygon };
    changes[k] = { add: { ...c.add, obstacles } };
    return withChanges(s, changes);
  });
}

/** Takes an added obstacle out (its whole `add` change when it was the only one in it). */
export function deleteObstacle(b: Building, id: string, obstacleId: string): EditCommand {
  const [k, j] = addedAt(b, id, obstacleId);
  return updateScenario(b, id, label('deleteObstacle', { id: obstacleId }), (s) => {
    const c = s.changes![k] as Extract<Change, { add: unknown }>;
    const obstacles = c.add.obstacles.filter((_, i) => i !== j);
    const changes = [...s.changes!];
    if (obstacles.length === 0) changes.splice(k, 1);
    else changes[k] = { add: { ...c.add, obstacles } };
    return withChanges(s, changes);
  });
}

// ---- Firefighters ----

export function addFirefighters(b: Building, id: string, group: Firefighters): EditCommand {
  return updateScenario(b, id, label('addFirefighters', { count: String(group.count), to: group.to }), (s) =>
    withField(s, 'firefighters', [...(s.firefighters ?? []), group]),
  );
}

export function removeFirefighters(b: Building, id: string, index: number): EditCommand {
  const s = b.scenarios?.[scenarioIndex(b, id)];
  if (s?.firefighters?.[index] === undefined)
    throw new EditError(`scenario "${id}" has no firefighter group ${index}`);
  return updateScenario(b, id, label('removeFirefighters'), (sc) => {
    const rest = (sc.firefighters ?? []).filter((_, k) => k !== index);
    return withField(sc, 'firefighters', rest.length === 0 ? undefined : rest);
  });
}

// ---- Smoke (extension `{ "smoke": { target, extinction, from? } }`) ----

export function hasSmoke(s: Scenario | undefined, target: string): boolean {
  return (s?.changes ?? []).some((c) => 'smoke' in c && c.smoke.target === target);
}

/**
 * Fills a space, stair or storey with smoke of extinction coefficient `extinction` (1/m), from `from`
 * seconds after the alarm (undefined or 0: from the start); when the scenario already has smoke
 * there, takes every such change out (the stair's click on the plan toggles it, as "block" does).
 */
export function toggleSmoke(
  b: Building,
  id: string,
  target: string,
  extinction: number,
  from?: number,
): EditCommand {
  const on = hasSmoke(b.scenarios?.[scenarioIndex(b, id)], target);
  const timed = from !== undefined && from > 0;
  return updateScenario(b, id, label(on ? 'unsmoke' : 'smoke', { id: target }), (s) => {
    const changes = s.changes ?? [];
    const smoke = timed ? { target, extinction, from } : { target, extinction };
    return withChanges(
      s,
      on ? changes.filter((c) => !('smoke' in c && c.smoke.target === target)) : [...changes, { smoke }],
    );
  });
}
