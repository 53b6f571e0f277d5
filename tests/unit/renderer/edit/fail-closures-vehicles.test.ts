/**
 * Scenario editing, second part: failing pumps, tanks and valves from the 3D view and the plan (the
 * schematic places of water equipment, the plan's equipment, the scenario overlay's failed set),
 * timed closures (`{ "block": id, "at": s }`), smoke in a stair and the scenario's vehicles — each an
 * undoable command whose result the models' validator judges with path-named messages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Building, VEHICLE_CATALOGUE } from '../../../../models/index.ts';
import {
  applyScenario,
  scenarioClosures,
  scenarioSmoke,
} from '../../../../models/scenario/apply-scenario.ts';
import {
  type EditCommand,
  setBlockTime,
  setVehicles,
  toggleChange,
  toggleSmoke,
} from '../../../../renderer/src/edit/commands.ts';
import { execute, redo, startHistory, undo } from '../../../../renderer/src/edit/history.ts';
import { validateEdit } from '../../../../renderer/src/edit/validate-edit.ts';
import { storeyPlan } from '../../../../renderer/src/plan/plan-model.ts';
import { scenarioOverlay } from '../../../../renderer/src/plan/scenario-overlay.ts';
import { describeChange } from '../../../../renderer/src/scenario/describe-change.ts';
import { waterEquipment } from '../../../../renderer/src/scene/water-markers.ts';
import { ALL_LAYERS_ON } from '../../../../renderer/src/view/layers.ts';
import { sampleBuilding } from '../fixtures.ts';

let tower: Building;
let office: Building;
beforeAll(() => {
  tower = sampleBuilding('yuzhong-residential-33f');
  office = sampleBuilding('office-tower-52f');
});

/** Does `command`, checks undo gives back `b` deep-equal and leaves `b` untouched. */
function roundTrip(b: Building, command: EditCommand): Building {
  const before = structuredClone(b);
  const after = command.do(b);
  expect(b).toEqual(before);
  expect(command.undo(after)).toEqual(before);
  return after;
}

const changesOf = (b: Building, id: string) => b.scenarios!.find((s) => s.id === id)!.changes;
const storeyIndex = (b: Building, id: string) => b.storeys.findIndex((s) => s.id === id);

describe('water equipment: where it is drawn and picked', () => {
  it('places every pump, tank and valve once, on the storey that holds its elevation', () => {
    const w = tower.water!;
    const eq = waterEquipment(tower);
    expect(eq.map((e) => e.id).sort()).toEqual(
      [...w.pumps!, ...w.tanks!, ...w.valves!].map((x) => x.id).sort(),
    );
    const junctionZ = new Map(w.junctions!.map((j) => [j.id, j.elevation]));
    for (const e of eq) {
      const s = tower.storeys[e.storey]!;
      const inside = e.z >= s.elevation && e.z < s.elevation + s.height;
      // Inside its storey, or beyond the building's lowest or highest one.
      const below = e.storey === 0 && e.z < s.elevation;
      const above = e.storey === tower.storeys.length - 1 && e.z >= s.elevation + s.height;
      expect(inside || below || above, e.id).toBe(true);
      if (e.kind === 'pump') expect(e.z).toBe(junctionZ.get(w.pumps!.find((p) => p.id === e.id)!.to));
      if (e.kind === 'tank') expect(e.z).toBe(w.tanks!.find((t) => t.id === e.id)!.elevation);
    }
    // The pumps stand in a row, apart (1.6 m, the 1.2 m markers do not touch).
    const pumps = eq.filter((e) => e.kind === 'pump');
    for (let i = 1; i < pumps.length; i++) expect(pumps[i]!.x - pumps[i - 1]!.x).toBeCloseTo(1.6);
    // The roof tank (above the top storey's floor) is drawn on the top storey.
    const tank = eq.find((e) => e.kind === 'tank')!;
    expect(tank.storey).toBe(tower.storeys.length - 1);
  });

  it('puts each storey’s equipment on its plan, inside the frame, only with the water layer on', () => {
    const eq = waterEquipment(office);
    const byStorey = new Map<number, string[]>();
    for (const e of eq) byStorey.set(e.storey, [...(byStorey.get(e.storey) ?? []), e.id]);
    expect(byStorey.size).toBeGreaterThan(1);
    for (const [i, ids] of byStorey) {
      const plan = storeyPlan(office, i, ALL_LAYERS_ON)!;
      expect(plan.equipment.map((e) => e.id)).toEqual(ids);
      const [x0, y0, w, h] = plan.viewBox;
      for (const e of plan.equipment) {
        expect(e.x).toBeGreaterThan(x0);
        expect(e.x).toBeLessThan(x0 + w);
        expect(e.y).toBeGreaterThan(y0);
        expect(e.y).toBeLessThan(y0 + h);
      }
      const off = storeyPlan(office, i, { ...ALL_LAYERS_ON, water: false })!;
      expect(off.equipment).toEqual([]);
    }
    // The valve of a zone sits on the storey of its outlet junction (PRV-S1-Z1 feeds J-F8).
    const prv = eq.find((e) => e.id === 'PRV-S1-Z1')!;
    expect(prv.storey).toBe(storeyIndex(office, 'F8'));
  });

  it('has nothing to draw without a water system', () => {
    const dry: Building = { ...tower };
    delete dry.water;
    expect(waterEquipment(dry)).toEqual([]);
  });
});

describe('failing a pump by clicking it', () => {
  it('toggles { fail: id } as one undoable command; the overlay marks it failed; the copy has it stopped', () => {
    const cmd = toggleChange(tower, 'baseline', 'fail', 'P1');
    expect(cmd.label).toEqual({ key: 'fail', values: { id: 'P1' } });
    const b = roundTrip(tower, cmd);
    expect(changesOf(b, 'baseline')).toEqual([{ fail: 'P1' }]);
    const s = b.scenarios!.find((x) => x.id === 'baseline')!;
    expect([...scenarioOverlay(s).failed]).toEqual(['P1']);
    expect(applyScenario(b, s).water!.pumps!.find((p) => p.id === 'P1')!.status).toBe('closed');
    expect(validateEdit(b, 'x.json').errors).toEqual([]);
    // Clicking it again restores it.
    const again = toggleChange(b, 'baseline', 'fail', 'P1');
    expect(again.label.key).toBe('unfail');
    expect(changesOf(again.do(b), 'baseline')).toBeUndefined();
  });

  it('empties a tank and shuts a valve the same way, and undo/redo walk through them', () => {
    let h = startHistory(tower);
    h = execute(h, toggleChange(h.building, 'baseline', 'fail', 'roof-tank'));
    h = execute(h, toggleChange(h.building, 'baseline', 'fail', 'PRV-S1-Z1'));
    const s = h.building.scenarios!.find((x) => x.id === 'baseline')!;
    const copy = applyScenario(h.building, s);
    const tank = copy.water!.tanks!.find((t) => t.id === 'roof-tank')!;
    expect(tank.level).toBe(tank.minLevel);
    expect(copy.water!.valves!.find((v) => v.id === 'PRV-S1-Z1')!.status).toBe('closed');
    const back = undo(h)!;
    expect(changesOf(back.history.building, 'baseline')).toEqual([{ fail: 'roof-tank' }]);
    const forth = redo(back.history)!;
    expect(forth.history.building).toEqual(h.building);
  });
});

describe('timed closures', () => {
  it('blocks at a time when one is given (a closure during the run), from the start when not', () => {
    const cmd = toggleChange(tower, 'baseline', 'block', 'B', 150);
    expect(cmd.label).toEqual({ key: 'blockAt', values: { id: 'B', at: '2:30' } });
    const b = roundTrip(tower, cmd);
    const s = b.scenarios!.find((x) => x.id === 'baseline')!;
    expect(s.changes).toEqual([{ block: 'B', at: 150 }]);
    expect(scenarioClosures(s)).toEqual([{ id: 'B', at: 150 }]);
    // applyScenario leaves it passable: the engine closes it at 150 s.
    expect(applyScenario(b, s).stairs.find((x) => x.id === 'B')!.passable).not.toBe(false);
    expect(describeChange(s.changes![0]!)).toEqual({ key: 'blockAt', values: { id: 'B', at: '2:30' } });
    expect(validateEdit(b, 'x.json').errors).toEqual([]);
    // 0 or no time: blocked from the start, as before.
    expect(changesOf(toggleChange(tower, 'baseline', 'block', 'B', 0).do(tower), 'baseline')).toEqual([
      { block: 'B' },
    ]);
  });

  it('re-times an existing block, or makes it one from the start again', () => {
    const blocked = toggleChange(tower, 'baseline', 'block', 'B').do(tower);
    const timed = roundTrip(blocked, setBlockTime(blocked, 'baseline', 'B', 90));
    expect(changesOf(timed, 'baseline')).toEqual([{ block: 'B', at: 90 }]);
    const start = roundTrip(timed, setBlockTime(timed, 'baseline', 'B', undefined));
    expect(changesOf(start, 'baseline')).toEqual([{ block: 'B' }]);
    // Without a block of it yet, setting a time adds one.
    expect(changesOf(setBlockTime(tower, 'baseline', 'A', 60).do(tower), 'baseline')).toEqual([
      { block: 'A', at: 60 },
    ]);
  });

  it('a closure of something the scenario already blocks from the start is refused with its path', () => {
    // stairB-smoke blocks B from the start; a second, timed block of B would close nothing.
    const i = tower.scenarios!.findIndex((x) => x.id === 'stairB-smoke');
    const b = execute(startHistory(tower), {
      ...toggleChange(tower, 'baseline', 'block', 'B'),
      do: (x) => {
        const list = [...x.scenarios!];
        list[i] = { ...list[i]!, changes: [...list[i]!.changes!, { block: 'B', at: 60 }] };
        return { ...x, scenarios: list };
      },
    }).building;
    const errors = validateEdit(b, 'x.json').errors;
    expect(errors.map((e) => e.code)).toContain('closure.alreadyImpassable');
    expect(errors.find((e) => e.code === 'closure.alreadyImpassable')!.path).toMatch(
      new RegExp(`^/scenarios/${i}/changes/1`),
    );
  });
});

describe("the scenario's vehicles", () => {
  it('sets the list from the catalogue, drops the key for the defaults, undoably', () => {
    const ids = [VEHICLE_CATALOGUE[0]!.id, VEHICLE_CATALOGUE.at(-1)!.id];
    const cmd = setVehicles(tower, 'night', ids);
    expect(cmd.label).toEqual({ key: 'vehicles', values: { ids: ids.join(', ') } });
    const b = roundTrip(tower, cmd);
    expect(b.scenarios!.find((s) => s.id === 'night')!.vehicles).toEqual(ids);
    expect(validateEdit(b, 'x.json').errors).toEqual([]);
    const none = roundTrip(b, setVehicles(b, 'night', []));
    expect(none.scenarios!.find((s) => s.id === 'night')!).not.toHaveProperty('vehicles');
  });

  it('an id neither the catalogue nor the file has is reported at its JSON path', () => {
    const b = setVehicles(tower, 'night', ['aerial-54', 'ladder-999']).do(tower);
    const i = tower.scenarios!.findIndex((s) => s.id === 'night');
    const errors = validateEdit(b, 'x.json').errors;
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [`/scenarios/${i}/vehicles/1`, 'ref.missingVehicle'],
    ]);
    expect(errors[0]!.text['zh-CN']).toContain('ladder-999');
  });
});

describe('smoke-logging a stair by clicking it', () => {
  it('toggles { smoke: { target, extinction, from? } }, undoably, and the engine gets it', () => {
    const cmd = toggleSmoke(tower, 'baseline', 'B', 2, 90);
    expect(cmd.label).toEqual({ key: 'smoke', values: { id: 'B' } });
    const b = roundTrip(tower, cmd);
    const s = b.scenarios!.find((x) => x.id === 'baseline')!;
    expect(s.changes).toEqual([{ smoke: { target: 'B', extinction: 2, from: 90 } }]);
    expect([...scenarioOverlay(s).smoke]).toEqual(['B']);
    expect(scenarioSmoke(s)).toHaveLength(1);
    expect(validateEdit(b, 'x.json').errors).toEqual([]);
    // From the start when no time; a second click clears it.
    expect(changesOf(toggleSmoke(tower, 'baseline', 'B', 2).do(tower), 'baseline')).toEqual([
      { smoke: { target: 'B', extinction: 2 } },
    ]);
    const again = toggleSmoke(b, 'baseline', 'B', 5);
    expect(again.label.key).toBe('unsmoke');
    expect(changesOf(again.do(b), 'baseline')).toBeUndefined();
  });

  it('an extinction beyond the smoke rule is reported at its path', () => {
    const b = toggleSmoke(tower, 'baseline', 'B', 31).do(tower);
    const i = tower.scenarios!.findIndex((x) => x.id === 'baseline');
    const errors = validateEdit(b, 'x.json').errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.path.startsWith(`/scenarios/${i}/changes/0/smoke`)).toBe(true);
  });
});
