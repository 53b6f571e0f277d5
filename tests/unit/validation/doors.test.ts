import { describe, expect, it } from 'vitest';
import type { Point } from '../../../models/schema/common.ts';
import type { ValidationIssue } from '../../../models/validation/issue.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';

const DOOR_CODES = [
  'door.spaceOnOtherStorey',
  'door.sameSpace',
  'door.zeroLength',
  'door.tooNarrow',
  'door.notOnSharedWall',
  'door.exitNotOnBoundary',
  'door.exitNotOnOuterWall',
];

function doorIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return issues.filter((i) => DOOR_CODES.includes(i.code));
}

function segment(a: Point, b: Point): [Point, Point] {
  return [a, b];
}

describe('doors', () => {
  it('passes the valid fixture', () => {
    expect(doorIssues(issuesAfter(() => {}))).toEqual([]);
  });

  it('refuses a space on another storey but skips unknown ids (ids.ts reports those)', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.doors![0]!.spaces = ['F1-room', 'F2-corr'];
      b.storeys[0]!.doors![1]!.spaces = ['F1-corr', 'no-such-space'];
    });
    expect(pathsOf(issues, 'door.spaceOnOtherStorey')).toEqual(['/storeys/0/doors/0/spaces/1']);
    expect(doorIssues(issues)).toHaveLength(1);
    expect(bilingual(issues)).toBe(true);
  });

  it('refuses a door joining a space to itself', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.doors![0]!.spaces = ['F1-room', 'F1-room'];
    });
    expect(pathsOf(issues, 'door.sameSpace')).toEqual(['/storeys/0/doors/0/spaces']);
  });

  it('refuses a zero-length segment and a door narrower than 0.3 m', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.doors![0]!.segment = segment([2, 2], [2, 2]);
      b.storeys[1]!.doors![0]!.segment = segment([2, 2], [2.25, 2]);
    });
    expect(pathsOf(issues, 'door.zeroLength')).toEqual(['/storeys/0/doors/0/segment']);
    expect(pathsOf(issues, 'door.tooNarrow')).toEqual(['/storeys/1/doors/0/segment']);
    expect(issues.find((i) => i.code === 'door.tooNarrow')?.text.en).toContain(
      'is 0.25 m wide; a door must be at least 0.3 m wide',
    );
  });

  it('accepts a door within 0.05 m of the shared wall, refuses one off it', () => {
    const near = issuesAfter((b) => {
      b.storeys[0]!.doors![0]!.segment = segment([2, 2.04], [3, 1.97]);
    });
    expect(doorIssues(near)).toEqual([]);
    const off = issuesAfter((b) => {
      b.storeys[0]!.doors![0]!.segment = segment([2, 2.1], [3, 2.1]);
    });
    expect(pathsOf(off, 'door.notOnSharedWall')).toEqual(['/storeys/0/doors/0/segment']);
    expect(off.find((i) => i.code === 'door.notOnSharedWall')?.text.en).toContain(
      'space "F1-room" (up to 0.1 m away) nor of space "F1-corr" (up to 0.1 m away)',
    );
  });

  it('refuses a door on only one of its two spaces', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.doors![0]!.segment = segment([0, 4], [0, 5]); // the room's west wall
    });
    const found = issues.filter((i) => i.code === 'door.notOnSharedWall');
    expect(found).toHaveLength(1);
    expect(found[0]!.text.en).toMatch(/boundary of space "F1-corr" \(up to 3 m away\)/);
  });

  it('accepts "outside" on either side of an exit', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.doors![2]!.spaces = ['outside', 'F1-corr'];
    });
    expect(doorIssues(issues)).toEqual([]);
  });

  it('refuses an exit off its space boundary, and one on a wall shared with another space', () => {
    const inside = issuesAfter((b) => {
      b.storeys[0]!.doors![2]!.segment = segment([1, 0.5], [1, 1.5]);
    });
    expect(pathsOf(inside, 'door.exitNotOnBoundary')).toEqual(['/storeys/0/doors/2/segment']);
    const shared = issuesAfter((b) => {
      b.storeys[0]!.doors![2]!.segment = segment([4, 2], [5, 2]);
    });
    expect(pathsOf(shared, 'door.exitNotOnOuterWall')).toEqual(['/storeys/0/doors/2/segment']);
    expect(shared.find((i) => i.code === 'door.exitNotOnOuterWall')?.text.en).toContain('"F1-room"');
  });

  it('accepts an exit on the outer wall that ends at a neighbour’s corner', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.doors![2]!.segment = segment([9, 0], [10, 0]);
    });
    expect(doorIssues(issues)).toEqual([]);
  });
});
