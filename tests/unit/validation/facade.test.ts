import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../models/validation/issue.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';

const OPENING = '/facade/openings/0';

function facadeIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return issues.filter((i) => i.code.startsWith('facade.'));
}

describe('facade', () => {
  it('passes the valid fixture', () => {
    expect(facadeIssues(issuesAfter(() => {}))).toEqual([]);
  });

  it('skips an opening whose storey does not exist (ids.ts reports it)', () => {
    const issues = issuesAfter((b) => {
      b.facade!.openings![0]!.storey = 'F9';
      b.facade!.openings![0]!.at = [50, 50];
    });
    expect(facadeIssues(issues)).toEqual([]);
  });

  it('refuses an opening taller than its storey', () => {
    const issues = issuesAfter((b) => {
      b.facade!.openings![0]!.sill = 2;
    });
    expect(pathsOf(issues, 'facade.openingTooTall')).toEqual([OPENING]);
    expect(issues.find((i) => i.code === 'facade.openingTooTall')?.text.en).toContain('3.5 m');
    expect(bilingual(issues)).toBe(true);
  });

  it('accepts `at` within 0.3 m of the outer wall, refuses it inside or on a shared wall', () => {
    const near = issuesAfter((b) => {
      b.facade!.openings![0]!.at = [-0.25, 5];
    });
    expect(pathsOf(near, 'facade.notOnOuterWall')).toEqual([]);
    const inside = issuesAfter((b) => {
      b.facade!.openings![0]!.at = [3, 5];
    });
    expect(pathsOf(inside, 'facade.notOnOuterWall')).toEqual([`${OPENING}/at`]);
    const shared = issuesAfter((b) => {
      b.facade!.openings![0]!.at = [3, 2]; // the wall between room and corridor
    });
    expect(pathsOf(shared, 'facade.notOnOuterWall')).toEqual([`${OPENING}/at`]);
    expect(shared.find((i) => i.code === 'facade.notOnOuterWall')?.text.en).toContain(
      '2 m from the outer wall',
    );
  });

  it('warns about a hatch without a net', () => {
    const issues = issuesAfter((b) => {
      const o = b.facade!.openings![0]!;
      o.hatch = true;
      o.net = 'none';
    });
    expect(pathsOf(issues, 'facade.hatchWithoutNet')).toEqual([`${OPENING}/hatch`]);
    const withNet = issuesAfter((b) => {
      b.facade!.openings![0]!.hatch = true;
    });
    expect(pathsOf(withNet, 'facade.hatchWithoutNet')).toEqual([]);
  });

  it('warns about a small rescue window or a high sill, citing GB 50016 7.2.5', () => {
    const issues = issuesAfter((b) => {
      const o = b.facade!.openings![0]!;
      o.kind = 'rescue-window';
      o.width = 0.8;
      o.height = 1.2;
      o.sill = 1.5;
    });
    expect(pathsOf(issues, 'facade.rescueWindowSmall')).toEqual([OPENING]);
    expect(pathsOf(issues, 'facade.rescueWindowSillHigh')).toEqual([`${OPENING}/sill`]);
    expect(issues.find((i) => i.code === 'facade.rescueWindowSmall')?.text.en).toMatch(
      /0\.8 m × 1\.2 m.*7\.2\.5/,
    );
    const fine = issuesAfter((b) => {
      const o = b.facade!.openings![0]!;
      o.kind = 'rescue-window';
      o.width = 1;
      o.height = 1;
      o.sill = 1.2;
    });
    expect(facadeIssues(fine)).toEqual([]);
  });
});
