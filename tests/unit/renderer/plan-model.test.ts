import { describe, expect, it } from 'vitest';
import { storeyPlan, svgPoints } from '../../../renderer/src/plan/plan-model.ts';
import { ALL_LAYERS_ON } from '../../../renderer/src/view/layers.ts';
import { richTower } from './fixtures.ts';

describe('storey plan', () => {
  it('flips y for SVG and frames the storey with a margin', () => {
    expect(
      svgPoints([
        [1, 2],
        [3, -4],
      ]),
    ).toBe('1,-2 3,4');
    const plan = storeyPlan(richTower(), 0, ALL_LAYERS_ON)!;
    // F1 spans x 0…23, y 0…9: SVG y from −9 to 0.
    expect(plan.viewBox).toEqual([-3, -12, 29, 15]);
  });

  it('lists spaces (stair landings as stairs), doors by class and obstacles', () => {
    const b = richTower();
    const plan = storeyPlan(b, 0, ALL_LAYERS_ON)!;
    expect(plan.spaces.map((s) => s.id)).toEqual(b.storeys[0]!.spaces.map((s) => s.id));
    expect(plan.spaces.find((s) => s.id === 'F1-stairA')?.kind).toBe('stair');
    expect(plan.doors.filter((d) => d.cls === 'exit').map((d) => d.id)).toEqual(['F1-exit', 'F1-exitA']);
    expect(plan.obstacles.map((o) => o.id)).toEqual(['F1-col']);
    const room = plan.spaces.find((s) => s.id === 'F1-102')!;
    expect(room.labelX).toBeCloseTo(10);
    expect(room.labelY).toBeCloseTo(-5.5);
    expect(room.labelSize).toBeGreaterThan(0);
  });

  it('shows openings and hydrants of the storey only with their layers on', () => {
    const b = richTower();
    const on = storeyPlan(b, 1, ALL_LAYERS_ON)!;
    expect(on.openings.map((o) => o.id)).toEqual(['o-south', 'o-west']);
    expect(on.openings[0]).toMatchObject({ x1: 9.25, x2: 10.75 });
    expect(on.hydrants).toEqual([{ id: 'H-F2', x: 12, y: -1 }]);
    const off = storeyPlan(b, 1, { site: true, facade: false, water: false, access: false, people: false })!;
    expect(off.openings).toEqual([]);
    expect(off.hydrants).toEqual([]);
    expect(storeyPlan(b, 0, ALL_LAYERS_ON)!.openings).toEqual([]);
  });

  it('does not label a space too small for its name', () => {
    const b = richTower();
    b.storeys[0]!.spaces.push({
      id: 'F1-a-very-long-name-for-a-duct',
      kind: 'other',
      polygon: [
        [14, 2],
        [15, 2],
        [15, 3],
        [14, 3],
      ],
    });
    const plan = storeyPlan(b, 0, ALL_LAYERS_ON)!;
    expect(plan.spaces.at(-1)!.labelSize).toBe(0);
  });
});
