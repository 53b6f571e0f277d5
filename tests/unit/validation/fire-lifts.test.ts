/**
 * Scenario `fireLifts` (Lifeline extension: true, or a list of fire-lift ids): the schema, the rule
 * models/validation/rules/fire-lifts.ts (JSON paths, both languages) and scenarioFireLifts.
 */
import { describe, expect, it } from 'vitest';
import { scenarioFireLifts } from '../../../models/scenario/apply-scenario.ts';
import type { Building } from '../../../models/schema/building.ts';
import { Scenario } from '../../../models/schema/scenario.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';

/** The fixture with a fire lift FL, a passenger lift PL (stops in the F1 and F2 corridors) and a
 * mobility-impaired resident on F2. */
function withLifts(b: Building): void {
  const stops = [
    { storey: 'F1', space: 'F1-corr' },
    { storey: 'F2', space: 'F2-corr' },
  ];
  b.elevators = [
    { id: 'FL', fire: true, speed: 1.5, capacity: 8, doorTime: 8, stops },
    { id: 'PL', fire: false, speed: 1.5, capacity: 8, doorTime: 8, stops },
  ];
  b.storeys[1]!.spaces.find((s) => s.id === 'F2-room')!.occupants = {
    count: 4,
    mix: [
      { profile: 'adult', fraction: 0.75 },
      { profile: 'mobility-impaired', fraction: 0.25 },
    ],
  };
}

const ours = (issues: ReturnType<typeof issuesAfter>) =>
  issues.filter((i) => i.code.startsWith('fireLifts.') || i.path.includes('/fireLifts'));

describe('scenario fireLifts: schema', () => {
  it('takes true, false or a non-empty list of ids; nothing else', () => {
    for (const fireLifts of [true, false, ['FL'], ['FL', 'FL2']])
      expect(Scenario.safeParse({ id: 's', fireLifts }).success).toBe(true);
    for (const fireLifts of [[], 'FL', 1, [1], null])
      expect(Scenario.safeParse({ id: 's', fireLifts }).success).toBe(false);
  });

  it('scenarioFireLifts gives the engine option: true, a copy of the list, or undefined', () => {
    expect(scenarioFireLifts({ id: 's' })).toBeUndefined();
    expect(scenarioFireLifts({ id: 's', fireLifts: false })).toBeUndefined();
    expect(scenarioFireLifts({ id: 's', fireLifts: true })).toBe(true);
    const list = ['FL'];
    const got = scenarioFireLifts({ id: 's', fireLifts: list });
    expect(got).toEqual(['FL']);
    expect(got).not.toBe(list);
  });
});

describe('scenario fireLifts: validation', () => {
  it('true, or a list naming the fire lift, on a building with one and with lift users: no issue', () => {
    for (const fireLifts of [true, ['FL']] as const) {
      const issues = issuesAfter((b) => {
        withLifts(b);
        b.scenarios![0]!.fireLifts = fireLifts === true ? true : [...fireLifts];
      });
      expect(ours(issues)).toEqual([]);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('an unknown id, a stair id and a passenger lift are errors at the list item', () => {
    const issues = issuesAfter((b) => {
      withLifts(b);
      b.scenarios![0]!.fireLifts = ['FL', 'FLX', 'S', 'PL'];
    });
    expect(pathsOf(issues, 'ref.missing')).toEqual(['/scenarios/0/fireLifts/1']);
    expect(pathsOf(issues, 'ref.wrongKind')).toEqual(['/scenarios/0/fireLifts/2']);
    expect(pathsOf(issues, 'fireLifts.notFireLift')).toEqual(['/scenarios/0/fireLifts/3']);
    const i = issues.find((x) => x.code === 'fireLifts.notFireLift')!;
    expect(i.severity).toBe('error');
    expect(i.text.en).toContain('elevator "PL" is not a fire lift');
    expect(i.text['zh-CN']).toContain('电梯“PL”不是消防电梯');
    expect(bilingual(issues)).toBe(true);
  });

  it('a lift listed twice, or blocked from the start, is a warning', () => {
    const issues = issuesAfter((b) => {
      withLifts(b);
      b.scenarios![0]!.changes = [{ block: 'FL' }];
      b.scenarios![0]!.fireLifts = ['FL', 'FL'];
    });
    expect(issues.filter((i) => i.code === 'fireLifts.duplicate').map((i) => [i.path, i.severity])).toEqual([
      ['/scenarios/0/fireLifts/1', 'warning'],
    ]);
    const blocked = issues.filter((i) => i.code === 'fireLifts.blocked');
    expect(blocked.map((i) => [i.path, i.severity])).toEqual([['/scenarios/0/fireLifts/0', 'warning']]);
    expect(blocked[0]!.text.en).toContain('this scenario blocks it from the start');
    // A lift that closes during the run (`at` > 0) is fine.
    const timed = issuesAfter((b) => {
      withLifts(b);
      b.scenarios![0]!.changes = [{ block: 'FL', at: 60 }];
      b.scenarios![0]!.fireLifts = ['FL'];
    });
    expect(ours(timed)).toEqual([]);
  });

  it('true on a building without a usable fire lift is a warning at /fireLifts', () => {
    const none = issuesAfter((b) => {
      withLifts(b);
      b.elevators = b.elevators!.filter((e) => !e.fire);
      b.scenarios![0]!.fireLifts = true;
    });
    expect(pathsOf(none, 'fireLifts.none')).toEqual(['/scenarios/0/fireLifts']);
    const n = none.find((i) => i.code === 'fireLifts.none')!;
    expect(n.severity).toBe('warning');
    expect(n.text.en).toContain('the building has no fire lift');
    expect(n.text['zh-CN']).toContain('建筑中没有消防电梯');
    const impassable = issuesAfter((b) => {
      withLifts(b);
      b.elevators![0]!.passable = false;
      b.scenarios![0]!.fireLifts = true;
    });
    expect(impassable.find((i) => i.code === 'fireLifts.none')!.text.en).toContain(
      'every fire lift (FL) is impassable',
    );
  });

  it('nobody mobility-impaired: a warning; users added by the scenario count', () => {
    const issues = issuesAfter((b) => {
      withLifts(b);
      b.storeys[1]!.spaces.find((s) => s.id === 'F2-room')!.occupants = { count: 4, profile: 'adult' };
      b.scenarios![0]!.fireLifts = true;
    });
    expect(pathsOf(issues, 'fireLifts.noUsers')).toEqual(['/scenarios/0/fireLifts']);
    expect(bilingual(issues)).toBe(true);
    const added = issuesAfter((b) => {
      withLifts(b);
      b.storeys[1]!.spaces.find((s) => s.id === 'F2-room')!.occupants = { count: 4, profile: 'adult' };
      b.scenarios![0]!.changes = [{ occupants: { space: 'F2-room', profile: 'mobility-impaired' } }];
      b.scenarios![0]!.fireLifts = true;
    });
    expect(pathsOf(added, 'fireLifts.noUsers')).toEqual([]);
  });

  it('false or absent: nothing is checked', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.fireLifts = false;
    });
    expect(ours(issues)).toEqual([]);
  });
});
