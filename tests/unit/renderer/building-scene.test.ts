import { type InstancedMesh, type LineSegments, type Mesh, Plane, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createBuildingScene } from '../../../renderer/src/scene/building-scene.ts';
import { doorClass, doorPlacements } from '../../../renderer/src/scene/door-markers.ts';
import { liftShafts } from '../../../renderer/src/scene/lift-shafts.ts';
import { createSiteGeometry } from '../../../renderer/src/scene/site-geometry.ts';
import { hydrantPlacements, inletPlacements } from '../../../renderer/src/scene/water-markers.ts';
import { richTower, sampleBuilding } from './fixtures.ts';

const planes = () => [new Plane(new Vector3(0, 1, 0), 0), new Plane(new Vector3(0, -1, 0), 0)];

type Drawable = Mesh | LineSegments | InstancedMesh;
function drawables(root: { traverse(f: (o: unknown) => void): void }): Drawable[] {
  const out: Drawable[] = [];
  root.traverse((o) => {
    const d = o as Partial<Drawable>;
    if (d.geometry !== undefined) out.push(o as Drawable);
  });
  return out;
}

function triangles(d: Drawable): number {
  const g = d.geometry;
  const n = g.index !== null ? g.index.count : g.getAttribute('position').count;
  const instances = 'isInstancedMesh' in d ? (d as InstancedMesh).count : 1;
  return ('isLineSegments' in d ? 0 : n / 3) * instances;
}

describe('building scene', () => {
  it('has one group per layer and clips storey things but not the site', () => {
    const clip = planes();
    const scene = createBuildingScene(richTower(), clip);
    expect(scene.root.children.map((c) => c.name)).toEqual([
      'building',
      'layer:site',
      'layer:facade',
      'layer:water',
      'layer:access',
      'layer:people',
    ]);
    const byName = new Map(drawables(scene.root).map((d) => [d.name, d]));
    const clipped = (name: string) => {
      const m = byName.get(name)?.material;
      return (Array.isArray(m) ? m[0] : m)?.clippingPlanes === clip;
    };
    for (const name of [
      'space:room',
      'edges',
      'obstacles',
      'doors:exit',
      'lifts:fire',
      'openings:window',
      'hydrants',
    ])
      expect(clipped(name), name).toBe(true);
    for (const name of [
      'drivable:road',
      'drivable:rescue-site',
      'site-obstacles:overhead',
      'entrances',
      'city-hydrants',
      'inlets',
    ])
      expect(clipped(name), name).toBe(false);
    scene.dispose();
  });

  it('instances doors by class: exits, fire doors and ordinary doors apart', () => {
    const b = richTower();
    const classes = doorPlacements(b);
    expect(classes.get('exit')).toHaveLength(2); // the fixture's two exits on F1
    expect(classes.get('fire-door')!.length).toBeGreaterThan(0);
    const all = b.storeys.flatMap((s) => s.doors ?? []);
    expect([...classes.values()].reduce((n, l) => n + l.length, 0)).toBe(all.length);
    expect(
      doorClass({
        id: 'x',
        spaces: ['a', 'b'],
        segment: [
          [0, 0],
          [1, 0],
        ],
        passable: false,
      }),
    ).toBe('blocked');
    // A door along x has yaw 0; one along y, a quarter turn.
    const exit = classes.get('exit')!.find((p) => p.x === 0)!;
    expect(exit.yaw).toBeCloseTo(Math.PI / 2);
    expect(exit.length).toBeCloseTo(1);
  });

  it('stands a lift shaft in its lowest lobby from the lowest floor to the top stop', () => {
    const [shaft] = liftShafts(richTower());
    expect(shaft).toMatchObject({ id: 'L1', fire: true });
    expect(shaft!.placement.z).toBe(0);
    expect(shaft!.placement.height).toBe(6);
    expect(shaft!.placement.x).toBeCloseTo(10); // corridor [0, 20] × [0, 2]
    expect(shaft!.placement.y).toBeCloseTo(1);
  });

  it('builds the site: drivable per kind, obstacles per kind with heights, overhead above clearance', () => {
    const site = createSiteGeometry(richTower());
    expect([...site.drivable.keys()].sort()).toEqual(['rescue-site', 'road']);
    const car = site.obstacles.get('parked-car')!;
    car.computeBoundingBox();
    expect(car.boundingBox!.max.y).toBeCloseTo(1.5);
    const arch = site.obstacles.get('overhead')!;
    arch.computeBoundingBox();
    expect(arch.boundingBox!.min.y).toBeCloseTo(3.6);
    expect(site.entrances).toBeDefined();
    expect(site.hydrants).toHaveLength(1);
    site.dispose();
  });

  it('places hydrants on their storey and inlets on the ground', () => {
    expect(hydrantPlacements(richTower())[0]).toMatchObject({ x: 12, y: 1, z: 3.2 });
    expect(inletPlacements(richTower())[0]).toMatchObject({ x: -4, y: 1, z: 0 });
  });

  it('draws the 52-storey sample in few draw calls, every door and opening instanced or merged', () => {
    const b = sampleBuilding('office-tower-52f');
    const started = performance.now();
    const scene = createBuildingScene(b, planes());
    const ms = performance.now() - started;
    const list = drawables(scene.root);
    const doors = list.filter((d) => d.name.startsWith('doors:')) as InstancedMesh[];
    expect(doors.reduce((n, d) => n + d.count, 0)).toBe(
      b.storeys.reduce((n, s) => n + (s.doors?.length ?? 0), 0),
    );
    const quads = list
      .filter((d) => d.name.startsWith('openings:'))
      .reduce((n, d) => n + d.geometry.getAttribute('position').count / 6, 0);
    expect(quads).toBe(b.facade?.openings?.length);
    expect(list.length, 'draw calls').toBeLessThan(40);
    const tris = list.reduce((n, d) => n + triangles(d), 0);
    console.log(
      `office-tower-52f: ${list.length} draw calls, ${Math.round(tris / 1000)}k triangles, built in ${Math.round(ms)} ms`,
    );
    expect(tris).toBeLessThan(500_000);
    scene.dispose();
  });
});
