import { describe, expect, it } from 'vitest';
import type { Point } from '../../../models/schema/common.ts';
import { validateBuilding } from '../../../models/load/load-building.ts';
import { validBuilding } from './fixtures.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';

const ROOM = '/storeys/0/spaces/1/polygon';

describe('polygons', () => {
  it('passes the valid fixture', () => {
    const issues = issuesAfter(() => {});
    expect(issues.filter((i) => i.code.startsWith('polygon.'))).toEqual([]);
  });

  it('refuses a closed polygon, at its closing vertex', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.spaces[1]!.polygon.push([0, 2]);
    });
    expect(pathsOf(issues, 'polygon.closed')).toEqual([`${ROOM}/4`]);
    expect(pathsOf(issues, 'polygon.selfIntersecting')).toEqual([]);
    expect(bilingual(issues)).toBe(true);
  });

  it('refuses repeated consecutive vertices, once per polygon', () => {
    const issues = issuesAfter((b) => {
      const p = b.storeys[0]!.spaces[1]!.polygon;
      p.splice(2, 0, [6, 8]);
      p.splice(1, 0, [0, 2]);
    });
    expect(pathsOf(issues, 'polygon.repeatedVertex')).toEqual([`${ROOM}/1`]);
    expect(issues.find((i) => i.code === 'polygon.repeatedVertex')?.text.en).toMatch(/1 more/);
  });

  it('refuses too few distinct vertices and zero area', () => {
    const issues = issuesAfter((b) => {
      b.site!.obstacles![0]!.polygon = [
        [0, -18],
        [1, -18],
        [2, -18],
      ];
      b.site!.drivable![0]!.polygon = [
        [0, -18],
        [1, -17],
        [1, -17],
      ];
    });
    expect(pathsOf(issues, 'polygon.degenerate').sort()).toEqual([
      '/site/drivable/0/polygon',
      '/site/obstacles/0/polygon',
    ]);
    const text = issues.filter((i) => i.code === 'polygon.degenerate').map((i) => i.text.en);
    expect(text.some((t) => /only 2 distinct vertices/.test(t))).toBe(true);
    expect(text.some((t) => /one line/.test(t))).toBe(true);
  });

  it('refuses a simple polygon with next to no area', () => {
    const issues = issuesAfter((b) => {
      b.site!.obstacles![0]!.polygon = [
        [0, -18],
        [10, -18],
        [5, -17.9999999],
      ];
    });
    expect(pathsOf(issues, 'polygon.degenerate')).toEqual(['/site/obstacles/0/polygon']);
    expect(issues.find((i) => i.code === 'polygon.degenerate')?.text.en).toContain(
      'almost no area (5.0e-7 m²)',
    );
  });

  it('refuses a self-intersecting polygon and says where it crosses', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.spaces[1]!.polygon = [
        [0, 2],
        [6, 8],
        [6, 2],
        [0, 8],
      ];
    });
    expect(pathsOf(issues, 'polygon.selfIntersecting')).toEqual([ROOM]);
    expect(issues.find((i) => i.code === 'polygon.selfIntersecting')?.text.en).toContain('[3, 5]');
  });

  it('checks the site boundary, storey obstacles and obstacles added by scenarios', () => {
    const bowTie: Point[] = [
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
    ];
    const issues = issuesAfter((b) => {
      b.site!.boundary = bowTie;
      b.storeys[1]!.obstacles![0]!.polygon = bowTie;
      const add = b.scenarios![0]!.changes!.find((c) => 'add' in c);
      if (add && 'add' in add) add.add.obstacles[0]!.polygon = bowTie;
    });
    expect(pathsOf(issues, 'polygon.selfIntersecting').sort()).toEqual([
      '/scenarios/0/changes/5/add/obstacles/0/polygon',
      '/site/boundary',
      '/storeys/1/obstacles/0/polygon',
    ]);
  });

  it('judges 10 000-vertex polygons in a whole building well under a second', () => {
    const circle = (r: number, twist: boolean): Point[] =>
      Array.from({ length: 10_000 }, (_, i): Point => {
        const a = (2 * Math.PI * (twist && i === 10 ? 5000 : twist && i === 5000 ? 10 : i)) / 10_000;
        return [5 + r * Math.cos(a), -10 + r * Math.sin(a)];
      });
    const b = validBuilding();
    b.site!.boundary = circle(200, false);
    b.site!.obstacles!.push({ id: 'twisted', kind: 'wall', height: 2, polygon: circle(1, true) });
    const t0 = performance.now();
    const r = validateBuilding(b);
    // Loose bound (loaded 2-core machines): the point is no quadratic blow-up, not speed.
    expect(performance.now() - t0).toBeLessThan(4000);
    const issues = [...r.errors, ...r.warnings];
    expect(pathsOf(issues, 'polygon.selfIntersecting')).toEqual(['/site/obstacles/1/polygon']);
    expect(pathsOf(issues, 'site.obstacleOutside')).toEqual([]);
  });
});
