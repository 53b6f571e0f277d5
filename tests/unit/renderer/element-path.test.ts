import { describe, expect, it } from 'vitest';
import { resolveIssuePath } from '../../../renderer/src/view/element-path.ts';
import { richTower, sampleBuilding } from './fixtures.ts';

const b = richTower();

describe('issue path → element to highlight', () => {
  it('resolves things on a storey, down to any field inside them', () => {
    const door = resolveIssuePath(b, '/storeys/0/doors/3/segment');
    expect(door).toMatchObject({ kind: 'door', id: 'F1-exit', storey: 0 });
    expect(door?.shapes).toEqual([{ type: 'segment', a: [0, 0.5], b: [0, 1.5], z0: 0, z1: 2 }]);

    expect(resolveIssuePath(b, '/storeys/1/spaces/2/polygon/1')).toMatchObject({
      kind: 'space',
      id: 'F2-202',
      storey: 1,
      shapes: [{ type: 'polygon', z0: 3, z1: 6 }],
    });
    expect(resolveIssuePath(b, '/storeys/0/obstacles/0')).toMatchObject({
      kind: 'obstacle',
      id: 'F1-col',
      storey: 0,
    });
  });

  it('falls back to the whole storey for its own fields or a missing item', () => {
    const storey = resolveIssuePath(b, '/storeys/1/height');
    expect(storey).toMatchObject({ kind: 'storey', id: 'F2', storey: 1 });
    expect(storey?.shapes).toHaveLength(b.storeys[1]!.spaces.length);
    expect(resolveIssuePath(b, '/storeys/1/doors/99')).toMatchObject({ kind: 'storey', id: 'F2' });
    expect(resolveIssuePath(b, '/storeys/7')).toBeUndefined();
  });

  it('resolves site areas, obstacles, entrances and city hydrants at ground level', () => {
    expect(resolveIssuePath(b, '/site/drivable/1/slope')).toMatchObject({
      kind: 'drivable',
      id: 'rs',
      storey: undefined,
    });
    const arch = resolveIssuePath(b, '/site/obstacles/1');
    expect(arch).toMatchObject({ kind: 'siteObstacle', id: 'arch' });
    expect(arch?.shapes[0]).toMatchObject({ type: 'polygon', z0: 0, z1: 4.1 });
    expect(resolveIssuePath(b, '/site/entrances/0/heading')).toMatchObject({ kind: 'entrance', id: 'gate' });
    expect(resolveIssuePath(b, '/site/hydrants/0')).toMatchObject({ kind: 'cityHydrant', id: 'city-h' });
    expect(resolveIssuePath(b, '/site/station')).toBeUndefined();
  });

  it('puts facade openings and indoor hydrants on their storey, inlets on the ground', () => {
    const opening = resolveIssuePath(b, '/facade/openings/0/at');
    expect(opening).toMatchObject({ kind: 'opening', id: 'o-south', storey: 1 });
    expect(opening?.shapes[0]).toEqual({ type: 'point', at: [10, 0], z0: 3.9, z1: 5.4 });
    expect(resolveIssuePath(b, '/water/hydrants/0/at')).toMatchObject({
      kind: 'hydrant',
      id: 'H-F2',
      storey: 1,
    });
    expect(resolveIssuePath(b, '/water/inlets/0')).toMatchObject({
      kind: 'inlet',
      id: 'inlet',
      storey: undefined,
    });
  });

  it('turns a stair landing or a lift stop into the space it names', () => {
    expect(resolveIssuePath(b, '/stairs/0/landings/1/space')).toMatchObject({
      kind: 'space',
      id: 'F2-stairA',
      storey: 1,
    });
    expect(resolveIssuePath(b, '/elevators/0/stops/0')).toMatchObject({
      kind: 'space',
      id: 'F1-corridor',
      storey: 0,
    });
  });

  it('gives nothing for non-geometric or malformed paths', () => {
    for (const path of [
      '',
      '/name',
      '/profiles/0',
      '/water/pipes/0',
      '/scenarios/0/changes/1',
      'storeys/0',
      '/stairs/0/width',
    ])
      expect(resolveIssuePath(b, path), path).toBeUndefined();
  });

  it('decodes escaped pointer tokens and works on a full sample', () => {
    const tower = sampleBuilding('office-tower-52f');
    const last = tower.storeys.length - 1;
    expect(resolveIssuePath(tower, `/storeys/${last}/spaces/0`)?.storey).toBe(last);
    expect(resolveIssuePath(tower, '/storeys/0~1x')).toBeUndefined();
  });
});
