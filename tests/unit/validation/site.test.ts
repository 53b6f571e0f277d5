import { describe, expect, it } from 'vitest';
import { rect } from '../shapes.ts';
import type { Point } from '../../../models/schema/common.ts';
import type { ValidationIssue } from '../../../models/validation/issue.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';

function siteIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return issues.filter((i) => i.code.startsWith('site.'));
}

describe('site', () => {
  it('passes the valid fixture', () => {
    expect(siteIssues(issuesAfter(() => {}))).toEqual([]);
  });

  it('without a boundary, refuses an obstacle far beyond the drivable areas and ground floor', () => {
    const issues = issuesAfter((b) => {
      b.site!.obstacles![0]!.polygon = rect(200, 200, 204, 202);
      b.site!.obstacles!.push({ id: 'near', kind: 'planter', height: 1, polygon: rect(-29, -29, -28, -28) });
    });
    expect(pathsOf(issues, 'site.obstacleOutside')).toEqual(['/site/obstacles/0/polygon']);
    expect(bilingual(issues)).toBe(true);
  });

  it('takes the ground storeys as those near the lowest storey with an exit', () => {
    const issues = issuesAfter((b) => {
      // F2 has no exit; its spaces moved 500 m east do not widen the site.
      for (const s of b.storeys[1]!.spaces) s.polygon = s.polygon.map(([x, y]): Point => [x + 500, y]);
      b.site!.obstacles![0]!.polygon = rect(505, 3, 506, 4);
    });
    expect(pathsOf(issues, 'site.obstacleOutside')).toEqual(['/site/obstacles/0/polygon']);
  });

  it('with a boundary, refuses drivable areas, obstacles and entrances outside it', () => {
    const issues = issuesAfter((b) => {
      b.site!.boundary = rect(-25, -25, 28, 20);
      b.site!.obstacles!.push({ id: 'far', kind: 'kiosk', height: 3, polygon: rect(100, 0, 101, 1) });
      b.site!.entrances!.push({ id: 'back', at: [40, -15], heading: 180 });
    });
    expect(pathsOf(issues, 'site.drivableOutside')).toEqual(['/site/drivable/0/polygon']);
    expect(pathsOf(issues, 'site.obstacleOutside')).toEqual(['/site/obstacles/1/polygon']);
    expect(pathsOf(issues, 'site.entranceOutside')).toEqual(['/site/entrances/1/at']);
    const partly = issuesAfter((b) => {
      b.site!.boundary = rect(-25, -25, 31, 20);
      b.site!.obstacles![0]!.polygon = rect(30, -18, 33, -16);
    });
    expect(pathsOf(partly, 'site.obstacleOutside')).toEqual(['/site/obstacles/0/polygon']);
    expect(partly.find((i) => i.code === 'site.obstacleOutside')?.text.en).toContain('extends beyond');
  });

  it('needs a clearance on overhead obstacles and warns about a missing height', () => {
    const issues = issuesAfter((b) => {
      b.site!.obstacles!.push(
        { id: 'arch', kind: 'overhead', polygon: rect(0, -15, 2, -14) },
        { id: 'arch-ok', kind: 'overhead', clearance: 3.6, polygon: rect(3, -15, 5, -14) },
        { id: 'tree', kind: 'tree', polygon: rect(6, -15, 7, -14) },
      );
    });
    expect(pathsOf(issues, 'site.overheadNoClearance')).toEqual(['/site/obstacles/1']);
    expect(pathsOf(issues, 'site.obstacleNoHeight')).toEqual(['/site/obstacles/3']);
  });

  it('refuses an entrance off every drivable area, with 0.5 m tolerance', () => {
    const issues = issuesAfter((b) => {
      b.site!.entrances!.push(
        { id: 'kerb', at: [-20.4, -15], heading: 0 },
        { id: 'lawn', at: [-21, -15], heading: 0 },
      );
    });
    expect(pathsOf(issues, 'site.entranceOffDrivable')).toEqual(['/site/entrances/2/at']);
    expect(issues.find((i) => i.code === 'site.entranceOffDrivable')?.text.en).toContain('1 m away');
  });

  it('warns about a rescue site steeper than 3 %, citing GB 50016 7.2.2', () => {
    const steep = issuesAfter((b) => {
      b.site!.drivable![1]!.slope = 0.05;
    });
    expect(pathsOf(steep, 'site.rescueSiteSlope')).toEqual(['/site/drivable/1/slope']);
    expect(steep.find((i) => i.code === 'site.rescueSiteSlope')?.text.en).toMatch(
      /5 %.*GB 50016-2014.*7\.2\.2/,
    );
    const limit = issuesAfter((b) => {
      b.site!.drivable![1]!.slope = 0.03;
    });
    expect(pathsOf(limit, 'site.rescueSiteSlope')).toEqual([]);
  });
});
