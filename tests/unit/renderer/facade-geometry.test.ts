import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../../models/geometry/polygon.ts';
import { createFacadeGeometry, openingFrames } from '../../../renderer/src/scene/facade-geometry.ts';
import { richTower, sampleBuilding } from './fixtures.ts';

describe('facade openings', () => {
  it('finds the wall direction and the outward side of each opening', () => {
    const [south, west] = openingFrames(richTower());
    expect(south).toMatchObject({ id: 'o-south', z0: 3.9, z1: 5.4, canopy: 'combustible', net: 'trapping' });
    expect(Math.abs(south!.ux)).toBeCloseTo(1);
    expect(south!.ny).toBeCloseTo(-1);
    expect(west).toMatchObject({ id: 'o-west', kind: 'rescue-window', canopy: undefined, net: 'hatch' });
    expect(west!.nx).toBeCloseTo(-1);
  });

  it('points every opening of a sample away from its storey', () => {
    const b = sampleBuilding('old-tower-1998-24f');
    const storeys = new Map(b.storeys.map((s) => [s.id, s]));
    const frames = openingFrames(b);
    expect(frames).toHaveLength(b.facade!.openings!.length);
    frames.forEach((f, i) => {
      const storey = storeys.get(b.facade!.openings![i]!.storey)!;
      const out: [number, number] = [f.x + f.nx * 0.5, f.y + f.ny * 0.5];
      expect(
        storey.spaces.some((s) => pointInPolygon(out, s.polygon)),
        f.id,
      ).toBe(false);
    });
  });

  it('marks combustible canopies and trapping nets as their own instanced classes', () => {
    const b = sampleBuilding('old-tower-1998-24f');
    const openings = b.facade!.openings!;
    const g = createFacadeGeometry(b);
    expect(g.canopies.get('combustible')).toHaveLength(
      openings.filter((o) => o.canopy === 'combustible').length,
    );
    expect(g.nets.get('trapping')).toHaveLength(
      openings.filter((o) => o.net === 'protruding' && o.hatch !== true).length,
    );
    expect(g.nets.get('hatch')).toHaveLength(
      openings.filter((o) => o.net === 'protruding' && o.hatch === true).length,
    );
    g.dispose();
  });
});
