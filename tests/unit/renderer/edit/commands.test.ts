import { beforeAll, describe, expect, it } from 'vitest';
import type { Building, Scenario } from '../../../../models/index.ts';
import { applyScenario } from '../../../../models/scenario/apply-scenario.ts';
import {
  addChange,
  addFirefighters,
  addObstacle,
  addOccupants,
  addPremovement,
  createScenario,
  deleteObstacle,
  deleteScenario,
  duplicateScenario,
  type EditCommand,
  EditError,
  freshId,
  hasToggle,
  moveObstacle,
  removeChange,
  removeFirefighters,
  renameScenario,
  setDuration,
  setFire,
  setSeed,
  toggleChange,
} from '../../../../renderer/src/edit/commands.ts';
import { placedObstacle, rectangle } from '../../../../renderer/src/edit/obstacle-shape.ts';
import { execute, startHistory, undo } from '../../../../renderer/src/edit/history.ts';
import { revalidateScenario, validateEdit } from '../../../../renderer/src/edit/validate-edit.ts';
import type { LoadResult, ValidationIssue } from '../../../../models/index.ts';
import { sampleBuilding } from '../fixtures.ts';

let tower: Building;
beforeAll(() => {
  tower = sampleBuilding('yuzhong-residential-33f');
});

/** Does `command` on `b`, checks undo restores `b` deep-equal, returns the edited building. */
function roundTrip(b: Building, command: EditCommand): Building {
  const before = structuredClone(b);
  const after = command.do(b);
  expect(b).toEqual(before); // the input is never mutated
  expect(command.undo(after)).toEqual(before);
  // Only `scenarios` changes: everything else keeps its identity (the viewer does not rebuild).
  for (const key of Object.keys(b) as (keyof Building)[])
    if (key !== 'scenarios') expect(after[key]).toBe(b[key]);
  return after;
}

const scenarioOf = (b: Building, id: string): Scenario => b.scenarios!.find((s) => s.id === id)!;

describe('scenario commands', () => {
  it('create: a fresh id, the name, picked after do, the previous pick after undo', () => {
    const cmd = createScenario(tower, '  Stair A blocked ', 'baseline');
    const b = roundTrip(tower, cmd);
    expect(b.scenarios!.at(-1)).toEqual({ id: 'scenario-1', name: 'Stair A blocked' });
    expect(cmd.select).toEqual({ afterDo: 'scenario-1', afterUndo: 'baseline' });
    expect(cmd.label).toEqual({ key: 'create', values: { name: 'Stair A blocked' } });
    // A file without scenarios gets the key; undo drops it again.
    const bare = { ...tower };
    delete bare.scenarios;
    const made = roundTrip(bare, createScenario(bare, '', null));
    expect(made.scenarios).toEqual([{ id: 'scenario-1' }]);
    expect('scenarios' in createScenario(bare, '', null).undo(made)).toBe(false);
  });

  it('fresh ids avoid every id in the file, scenario-added obstacles included', () => {
    expect(freshId(tower, 'car')).toBe('car-4'); // car-1…3 are parked on the site
    expect(freshId(tower, 'van')).toBe('van-2'); // van-1 is added by lane-blocked-van
  });

  it('rename, delete, duplicate', () => {
    const renamed = roundTrip(tower, renameScenario(tower, 'night', ' Night fire '));
    expect(scenarioOf(renamed, 'night').name).toBe('Night fire');
    expect('name' in scenarioOf(roundTrip(tower, renameScenario(tower, 'night', ' ')), 'night')).toBe(false);

    const del = deleteScenario(tower, 'stairB-smoke');
    const deleted = roundTrip(tower, del);
    expect(deleted.scenarios!.map((s) => s.id)).not.toContain('stairB-smoke');
    expect(del.select).toEqual({ afterDo: null, afterUndo: 'stairB-smoke' });

    const dup = duplicateScenario(tower, 'stairB-smoke', 'Copy');
    const duplicated = roundTrip(tower, dup);
    const ids = duplicated.scenarios!.map((s) => s.id);
    expect(ids.indexOf('stairB-smoke-1')).toBe(ids.indexOf('stairB-smoke') + 1);
    expect(scenarioOf(duplicated, 'stairB-smoke-1')).toEqual({
      ...scenarioOf(tower, 'stairB-smoke'),
      id: 'stairB-smoke-1',
      name: 'Copy',
    });
    // The copy is deep: editing it leaves the original alone.
    const edited = toggleChange(duplicated, 'stairB-smoke-1', 'block', 'A').do(duplicated);
    expect(scenarioOf(edited, 'stairB-smoke').changes).toEqual([{ block: 'B' }]);
  });

  it('fire storey and room, duration, seed (set and unset)', () => {
    const fire = roundTrip(tower, setFire(tower, 'night', 'F20', 'F20-2003'));
    expect(scenarioOf(fire, 'night').fire).toEqual({ storey: 'F20', space: 'F20-2003' });
    expect(scenarioOf(roundTrip(tower, setFire(tower, 'night', 'F3')), 'night').fire).toEqual({
      storey: 'F3',
    });
    expect('fire' in scenarioOf(roundTrip(tower, setFire(tower, 'night', null)), 'night')).toBe(false);
    expect(scenarioOf(roundTrip(tower, setDuration(tower, 'night', 1800)), 'night').duration).toBe(1800);
    expect('seed' in scenarioOf(roundTrip(tower, setSeed(tower, 'night', undefined)), 'night')).toBe(false);
    expect(scenarioOf(roundTrip(tower, setSeed(tower, 'night', 99)), 'night').seed).toBe(99);
  });

  it('block, fail and remove toggle on and off', () => {
    const on = roundTrip(tower, toggleChange(tower, 'baseline', 'block', 'A'));
    expect(scenarioOf(on, 'baseline').changes).toEqual([{ block: 'A' }]);
    expect(hasToggle(scenarioOf(on, 'baseline'), 'block', 'A')).toBe(true);
    const off = toggleChange(on, 'baseline', 'block', 'A');
    expect(off.label.key).toBe('unblock');
    // Taking out the last change drops the `changes` key (a clean file).
    expect('changes' in scenarioOf(roundTrip(on, off), 'baseline')).toBe(false);
    const failed = roundTrip(tower, toggleChange(tower, 'stairB-smoke', 'fail', 'P1'));
    expect(scenarioOf(failed, 'stairB-smoke').changes).toEqual([{ block: 'B' }, { fail: 'P1' }]);
    const towed = roundTrip(tower, toggleChange(tower, 'baseline', 'remove', 'car-2'));
    expect(applyScenario(towed, scenarioOf(towed, 'baseline')).site!.obstacles!.map((o) => o.id)).toEqual([
      'car-1',
      'car-3',
    ]);
  });

  it('population and pre-movement overrides, remove a change by index', () => {
    const pop = roundTrip(
      tower,
      addOccupants(tower, 'night', { storey: 'F12', density: 0.05, profile: 'elderly' }),
    );
    expect(scenarioOf(pop, 'night').changes!.at(-1)).toEqual({
      occupants: { storey: 'F12', density: 0.05, profile: 'elderly' },
    });
    const prem = roundTrip(
      tower,
      addPremovement(tower, 'baseline', { type: 'lognormal', mean: 300, sd: 150 }),
    );
    expect(scenarioOf(prem, 'baseline').changes).toEqual([
      { premovement: { type: 'lognormal', mean: 300, sd: 150 } },
    ]);
    const removed = roundTrip(pop, removeChange(pop, 'night', 0));
    expect(scenarioOf(removed, 'night').changes).toEqual([
      { occupants: { storey: 'F12', density: 0.05, profile: 'elderly' } },
    ]);
    expect(() => removeChange(tower, 'night', 5)).toThrow(EditError);
    roundTrip(tower, addChange(tower, 'night', { set: { path: '/storeys/0/height', value: 3.2 } }));
  });

  it('obstacles: add, move, take out', () => {
    const car = placedObstacle('parked-car', 'car-4', rectangle([10, -17], 4.8, 1.9, 0));
    const added = roundTrip(tower, addObstacle(tower, 'baseline', car));
    expect(scenarioOf(added, 'baseline').changes).toEqual([{ add: { obstacles: [car] } }]);
    expect(car).toMatchObject({ kind: 'parked-car', height: 1.5, removable: true });
    const moved = roundTrip(
      added,
      moveObstacle(added, 'baseline', 'car-4', rectangle([20, -17], 4.8, 1.9, 0)),
    );
    const c = scenarioOf(moved, 'baseline').changes![0]!;
    expect('add' in c && c.add.obstacles[0]!.polygon[0]).toEqual([17.6, -17.95]);
    const out = roundTrip(moved, deleteObstacle(moved, 'baseline', 'car-4'));
    expect('changes' in scenarioOf(out, 'baseline')).toBe(false);
    expect(() => moveObstacle(tower, 'baseline', 'car-1', [])).toThrow(EditError); // not added by it
  });

  it('firefighter crews: add and remove', () => {
    const crew = { count: 4, enter: 'd-F4-exit-uphill', to: 'F20', start: 600 };
    const more = roundTrip(tower, addFirefighters(tower, 'night', crew));
    expect(scenarioOf(more, 'night').firefighters).toHaveLength(2);
    const none = roundTrip(tower, removeFirefighters(tower, 'night', 0));
    expect('firefighters' in scenarioOf(none, 'night')).toBe(false);
    expect(() => removeFirefighters(tower, 'night', 3)).toThrow(EditError);
  });

  it('a missing scenario is an EditError, not a crash later', () => {
    expect(() => setSeed(tower, 'nope', 1)).toThrow(EditError);
  });
});

describe('validation after an edit', () => {
  it('a valid edit keeps the edited object; a car off the site is a path-named error, undone cleanly', () => {
    const ok = createScenario(tower, 'New', null).do(tower);
    const valid = validateEdit(ok, 'tower.json');
    expect(valid.errors).toEqual([]);
    expect(valid.building).toBe(ok);

    const i = ok.scenarios!.length - 1;
    const far = placedObstacle('parked-car', 'car-4', rectangle([500, 500], 4.8, 1.9, 0));
    const cmd = addObstacle(ok, 'scenario-1', far);
    const bad = validateEdit(cmd.do(ok), 'tower.json');
    expect(bad.building).toBeUndefined();
    expect(bad.errors.map((e) => e.path)).toContain(`/scenarios/${i}`);
    expect(bad.errors[0]!.text.en).toMatch(/car-4|outside|site/);
    expect(validateEdit(cmd.undo(cmd.do(ok)), 'tower.json').errors).toEqual([]);
  });

  it('a schema-breaking value is reported at its JSON path', () => {
    const cmd = addFirefighters(tower, 'night', { count: 0, enter: 'd-F1-exit-E', to: 'F12', start: 60 });
    const i = tower.scenarios!.findIndex((s) => s.id === 'night');
    const bad = validateEdit(cmd.do(tower), 'tower.json');
    expect(bad.errors.map((e) => e.path)).toContain(`/scenarios/${i}/firefighters/1/count`);
  });

  it('a block naming nothing is reported at the change', () => {
    const cmd = toggleChange(tower, 'night', 'block', 'no-such-door');
    const i = tower.scenarios!.findIndex((s) => s.id === 'night');
    const bad = validateEdit(cmd.do(tower), 'tower.json');
    expect(bad.errors.map((e) => e.path)).toContain(`/scenarios/${i}/changes/1/block`);
  });
});

describe('re-validating only the edited scenario', () => {
  const key = (i: ValidationIssue) => `${i.severity} ${i.path} ${i.code} ${i.text.en} ${i.text['zh-CN']}`;
  const issues = (r: LoadResult) => [...r.errors, ...r.warnings].map(key).sort();

  it('gives exactly the issues of the full validation, edit after edit, valid or not, and on undo', () => {
    const steps: ((b: Building) => EditCommand)[] = [
      (b) => toggleChange(b, 'stairB-smoke', 'block', 'A'),
      (b) => addObstacle(b, 'night', placedObstacle('stall', 'stall-1', rectangle([500, 500], 3, 2, 0))),
      (b) => toggleChange(b, 'baseline', 'block', 'nothing-here'),
      (b) => addFirefighters(b, 'pump-P1-failed', { count: 0, enter: 'd-F1-exit-E', to: 'F99', start: 1 }),
      (b) => removeChange(b, 'stairB-smoke', 0),
      (b) => setFire(b, 'night', 'F2', 'F12-1203'),
      (b) => deleteObstacle(b, 'night', 'stall-1'),
    ];
    let h = startHistory(tower);
    let known = validateEdit(tower, 'f');
    for (const make of steps) {
      const cmd = make(h.building);
      expect(cmd.scope).toBeDefined();
      h = execute(h, cmd);
      const scoped = revalidateScenario(h.building, 'f', cmd.scope!, known);
      const full = validateEdit(h.building, 'f');
      expect(issues(scoped)).toEqual(issues(full));
      expect(scoped.building === undefined).toBe(full.building === undefined);
      known = scoped;
    }
    expect(known.errors.length).toBeGreaterThan(0); // the steps left errors in three scenarios
    const back = undo(h)!;
    const scoped = revalidateScenario(back.history.building, 'f', back.command.scope!, known);
    expect(issues(scoped)).toEqual(issues(validateEdit(back.history.building, 'f')));
  });
});
