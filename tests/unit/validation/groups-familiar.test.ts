/**
 * Lifeline extensions on a space's occupants: `groups` (households who leave together) and
 * `familiar` (the exits / stairs / refuges people use every day) — the schema and the rules
 * models/validation/rules/occupant-groups.ts and familiar.ts (JSON paths, both languages).
 */
import { describe, expect, it } from 'vitest';
import { Occupants } from '../../../models/schema/storey.ts';
import type { Occupants as OccupantsType } from '../../../models/schema/storey.ts';
import type { Building } from '../../../models/schema/building.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';

const room = (b: Building, storey = 1) => b.storeys[storey]!.spaces[1]!;
const P = '/storeys/1/spaces/1/occupants';

describe('occupants.groups and occupants.familiar: schema', () => {
  it('groups: "unit", { share: 0–1 } or whole sizes ≥ 1; nothing else', () => {
    for (const groups of ['unit', { share: 0 }, { share: 0.8 }, [2], [5, 10]])
      expect(Occupants.safeParse({ count: 15, groups }).success, JSON.stringify(groups)).toBe(true);
    for (const groups of ['space', { share: 1.2 }, { share: -0.1 }, [], [0], [2.5], { size: 3 }, true])
      expect(Occupants.safeParse({ count: 15, groups }).success, JSON.stringify(groups)).toBe(false);
  });

  it('familiar: a non-empty list of { exit | stair | refuge, weight > 0 }', () => {
    expect(Occupants.safeParse({ count: 2, familiar: [{ stair: 'S', weight: 1 }] }).success).toBe(true);
    for (const familiar of [[], [{ stair: 'S' }], [{ stair: 'S', weight: 0 }], [{ lift: 'L', weight: 1 }]])
      expect(Occupants.safeParse({ count: 2, familiar }).success, JSON.stringify(familiar)).toBe(false);
  });
});

describe('occupants.groups: validation', () => {
  it('"unit" on a unit room and sizes that fit: no issue', () => {
    const cases: NonNullable<OccupantsType['groups']>[] = ['unit', { share: 0.5 }, [2, 2]];
    for (const groups of cases) {
      const issues = issuesAfter((b) => {
        room(b).occupants!.groups = groups;
      });
      expect(issues.filter((i) => i.code.startsWith('groups.'))).toEqual([]);
    }
  });

  it('sizes holding more people than the space: error at the list; a size of 1: warning at the entry', () => {
    const issues = issuesAfter((b) => {
      room(b).occupants!.groups = [3, 1, 1];
    });
    expect(pathsOf(issues, 'groups.tooMany')).toEqual([`${P}/groups`]);
    expect(pathsOf(issues, 'groups.single')).toEqual([`${P}/groups/1`, `${P}/groups/2`]);
    expect(bilingual(issues)).toBe(true);
  });

  it('"unit" without a unit, and groups on nobody: warnings', () => {
    const issues = issuesAfter((b) => {
      delete room(b).unit;
      room(b).occupants!.groups = 'unit';
      room(b, 0).occupants = { count: 0, groups: [2] };
    });
    expect(pathsOf(issues, 'groups.noUnit')).toEqual([`${P}/groups`]);
    expect(pathsOf(issues, 'groups.empty')).toEqual(['/storeys/0/spaces/1/occupants/groups']);
    expect(issues.filter((i) => i.code.startsWith('groups.')).every((i) => i.severity === 'warning')).toBe(
      true,
    );
  });
});

describe('occupants.familiar: validation', () => {
  it('an exit and a stair that exist: no issue', () => {
    const issues = issuesAfter((b) => {
      room(b).occupants!.familiar = [
        { exit: 'F1-exit', weight: 1 },
        { stair: 'S', weight: 3 },
      ];
    });
    expect(issues.filter((i) => i.path.includes('/familiar'))).toEqual([]);
  });

  it('none or two targets in one entry, a missing id, a door that is no exit, a room as refuge: errors with paths', () => {
    const issues = issuesAfter((b) => {
      room(b).occupants!.familiar = [
        { weight: 1 },
        { exit: 'F1-exit', stair: 'S', weight: 1 },
        { stair: 'nope', weight: 1 },
        { exit: 'F2-d-room', weight: 1 },
        { refuge: 'F2-room', weight: 1 },
        { exit: 'S', weight: 1 },
      ];
    });
    expect(pathsOf(issues, 'familiar.target')).toEqual([`${P}/familiar/0`, `${P}/familiar/1`]);
    expect(pathsOf(issues, 'ref.missing')).toContain(`${P}/familiar/2/stair`);
    expect(pathsOf(issues, 'familiar.notExit')).toEqual([`${P}/familiar/3/exit`]);
    expect(pathsOf(issues, 'familiar.notRefuge')).toEqual([`${P}/familiar/4/refuge`]);
    expect(pathsOf(issues, 'ref.wrongKind')).toContain(`${P}/familiar/5/exit`);
    expect(bilingual(issues)).toBe(true);
    const zh = issues.find((i) => i.code === 'familiar.notExit')!.text['zh-CN'];
    expect(zh).toContain('F2-d-room');
  });

  it('a target listed twice and a blocked stair: warnings', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.passable = false;
      room(b).occupants!.familiar = [
        { exit: 'F1-exit', weight: 1 },
        { exit: 'F1-exit', weight: 2 },
        { stair: 'S', weight: 1 },
      ];
    });
    expect(pathsOf(issues, 'familiar.duplicate')).toEqual([`${P}/familiar/1/exit`]);
    expect(pathsOf(issues, 'familiar.blocked')).toEqual([`${P}/familiar/2/stair`]);
  });
});
