import { describe, expect, it } from 'vitest';
import type { Building } from '../../../../models/index.ts';
import { createScenario, setSeed, toggleChange } from '../../../../renderer/src/edit/commands.ts';
import { execute, HISTORY_LIMIT, redo, startHistory, undo } from '../../../../renderer/src/edit/history.ts';
import {
  centreOf,
  movedPolygon,
  PLACED_SIZE,
  placedPolygon,
  rectangle,
} from '../../../../renderer/src/edit/obstacle-shape.ts';
import { sameDrawing } from '../../../../renderer/src/edit/stable-drawing.ts';
import { landingStairs, scenarioOverlay } from '../../../../renderer/src/plan/scenario-overlay.ts';
import { sitePlan } from '../../../../renderer/src/plan/site-plan.ts';
import { describeChange } from '../../../../renderer/src/scenario/describe-change.ts';
import {
  parseInteger,
  parseMinSec,
  parseNonNegative,
  parseNumber,
  showMinSec,
} from '../../../../renderer/src/scenario/parse-input.ts';
import { richTower, sampleBuilding } from '../fixtures.ts';

describe('edit history', () => {
  it('undoes and redoes in order; a new edit clears redo', () => {
    const b0 = richTower();
    let h = execute(startHistory(b0), createScenario(b0, 'A', null));
    const b1 = h.building;
    h = execute(h, setSeed(b1, 'scenario-1', 5));
    const b2 = h.building;
    const u = undo(h)!;
    expect(u.history.building).toEqual(b1);
    expect(u.command.label.key).toBe('seed');
    const r = redo(u.history)!;
    expect(r.history.building).toEqual(b2);
    const back = undo(undo(h)!.history)!.history;
    expect(back.building).toEqual(b0);
    expect(undo(back)).toBeUndefined();
    const branched = execute(undo(h)!.history, toggleChange(b1, 'scenario-1', 'block', 'A'));
    expect(branched.undone).toEqual([]);
    expect(redo(branched)).toBeUndefined();
  });

  it(`keeps the last ${HISTORY_LIMIT} commands`, () => {
    const b0 = createScenario(richTower(), 'A', null).do(richTower());
    let h = startHistory(b0);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = execute(h, setSeed(h.building, 'scenario-1', i));
    expect(h.done).toHaveLength(HISTORY_LIMIT);
    expect(h.building.scenarios![0]!.seed).toBe(HISTORY_LIMIT + 4);
  });
});

describe('placed obstacles', () => {
  it('a click places the default size east–west; a drag draws length and direction', () => {
    const car = placedPolygon('parked-car', [10, 5], [10.1, 5.1]);
    expect(car).toEqual([
      [7.6, 4.05],
      [12.4, 4.05],
      [12.4, 5.95],
      [7.6, 5.95],
    ]);
    const stall = placedPolygon('stall', [0, 0], [0, 10]); // drawn northward, 10 m long
    expect(centreOf(stall)).toEqual([0, 5]);
    const xs = stall.map((p) => p[0]);
    const ys = stall.map((p) => p[1]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(PLACED_SIZE.stall.width);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(10);
    // Counter-clockwise (positive signed area).
    const area = car.reduce((a, p, i) => {
      const q = car[(i + 1) % car.length]!;
      return a + p[0] * q[1] - q[0] * p[1];
    }, 0);
    expect(area / 2).toBeCloseTo(4.8 * 1.9);
    expect(rectangle([0, 0], 2, 1, Math.PI / 2)[0]).toEqual([0.5, -1]);
    expect(movedPolygon(car, 1, -1)[0]).toEqual([8.6, 3.05]);
  });
});

describe('viewer building identity', () => {
  it('a scenario-only edit is the same drawing; anything else is not', () => {
    const b = richTower();
    expect(sameDrawing(b, createScenario(b, 'x', null).do(b))).toBe(true);
    expect(sameDrawing(b, { ...b, storeys: [...b.storeys] })).toBe(false);
    const without: Building = { ...b };
    delete without.site;
    expect(sameDrawing(b, without)).toBe(false);
  });
});

describe('plan overlays', () => {
  it('lists blocked, removed and added site obstacles (added-then-removed ones are gone)', () => {
    const o = scenarioOverlay({
      id: 's',
      changes: [
        { block: 'B' },
        { remove: 'car-1' },
        {
          add: {
            obstacles: [
              {
                id: 'v',
                kind: 'stall',
                polygon: [
                  [0, 0],
                  [1, 0],
                  [1, 1],
                ],
              },
            ],
          },
        },
        {
          add: {
            obstacles: [
              {
                id: 'w',
                kind: 'stall',
                polygon: [
                  [0, 0],
                  [1, 0],
                  [1, 1],
                ],
              },
            ],
          },
        },
        {
          add: {
            storey: 'F1',
            obstacles: [
              {
                id: 'in',
                kind: 'stall',
                polygon: [
                  [0, 0],
                  [1, 0],
                  [1, 1],
                ],
              },
            ],
          },
        },
        { remove: 'w' },
      ],
    });
    expect([...o.blocked]).toEqual(['B']);
    expect([...o.removed]).toEqual(['car-1', 'w']);
    expect(o.added.map((a) => a.id)).toEqual(['v']);
    expect(scenarioOverlay(undefined).added).toEqual([]);
  });

  it('maps stair landings to stairs and draws the site of the 33-storey sample', () => {
    const b = sampleBuilding('yuzhong-residential-33f');
    expect(landingStairs(b).get('F12-stairB')).toBe('B');
    const plan = sitePlan(b);
    // The boundary (−30…66.8, −27…32.8) frames the site, with a 4 m margin; y is flipped.
    expect(plan.viewBox).toEqual([-34, -36.8, 104.8, 67.8]);
    expect(plan.drivable.map((d) => d.kind)).toEqual(['road', 'rescue-site']);
    expect(plan.obstacles.map((o) => [o.id, o.removable])).toEqual([
      ['car-1', true],
      ['car-2', true],
      ['car-3', true],
    ]);
    expect(plan.ground.length).toBe(b.storeys[0]!.spaces.length);
    const west = plan.entrances.find((e) => e.id === 'gate-W')!;
    expect([west.x, west.y, west.tx, west.ty]).toEqual([-24, 17, -19, -17 * -1]);
  });
});

describe('Scenario tab inputs and lines', () => {
  it('reads min:s, whole minutes, integers and numbers strictly', () => {
    expect(parseMinSec('8:30')).toEqual({ ok: true, value: 510 });
    expect(parseMinSec(' 8 ')).toEqual({ ok: true, value: 480 });
    expect(parseMinSec('')).toEqual({ ok: true, value: undefined });
    expect(parseMinSec('8:75').ok).toBe(false);
    expect(parseMinSec('-1').ok).toBe(false);
    expect(showMinSec(510)).toBe('8:30');
    expect(parseInteger('12')).toEqual({ ok: true, value: 12 });
    expect(parseInteger('0', 1).ok).toBe(false);
    expect(parseInteger('1.5').ok).toBe(false);
    expect(parseNonNegative('0,05')).toEqual({ ok: true, value: 0.05 });
    expect(parseNonNegative('-2').ok).toBe(false);
    expect(parseNumber('-21.5')).toEqual({ ok: true, value: -21.5 });
    expect(parseNumber('abc').ok).toBe(false);
  });

  it('describes every change kind', () => {
    expect(describeChange({ block: 'B' })).toEqual({ key: 'block', values: { id: 'B' } });
    expect(describeChange({ fail: 'PRV', mode: 'open' }).key).toBe('failOpen');
    expect(describeChange({ remove: 'car-1' }).key).toBe('remove');
    const add = describeChange({
      add: { obstacles: [{ id: 'van-1', kind: 'parked-car', polygon: rectangle([-18.25, -17], 5.5, 2, 0) }] },
    });
    expect(add).toEqual({
      key: 'add',
      values: { ids: 'van-1', kind: 'parked-car', at: '-18.25, -17', storey: '' },
    });
    expect(describeChange({ occupants: { storey: 'F12', density: 0.05 } })).toEqual({
      key: 'occupantsStorey',
      values: { where: 'F12', what: '0.05 /m²' },
    });
    expect(describeChange({ premovement: { type: 'lognormal', mean: 300, sd: 150 } }).values.what).toBe(
      'LN(300 ± 150 s)',
    );
    expect(describeChange({ set: { path: '/a', value: 1 } })).toEqual({
      key: 'set',
      values: { path: '/a', value: '1' },
    });
  });
});
