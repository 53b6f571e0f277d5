/**
 * Timed closures (`{ "block": id, "at": s }`, Lifeline extension): validation with JSON paths in both
 * languages (models/validation/rules/closures.ts), and how a scenario applies them
 * (models/scenario/apply-scenario.ts: left passable, returned by scenarioClosures).
 */
import { describe, expect, it } from 'vitest';
import { applyScenario, scenarioClosures, ScenarioError } from '../../../models/scenario/apply-scenario.ts';
import { Scenario } from '../../../models/schema/scenario.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';
import { validBuilding } from './fixtures.ts';

describe('timed closures: validation', () => {
  it('a closure of a door and of a stair during the run is valid', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [
        { block: 'F1-d-stair', at: 120 },
        { block: 'S', at: 300 },
      ];
    });
    expect(issues.filter((i) => i.path.startsWith('/scenarios/0'))).toEqual([]);
  });

  it('an unknown id is an error at the change, like any block', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [{ block: 'stairZ', at: 120 }];
    });
    expect(pathsOf(issues, 'ref.missing')).toEqual(['/scenarios/0/changes/0/block']);
    const i = issues.find((x) => x.code === 'ref.missing')!;
    expect(i.text.en).toContain('"stairZ"');
    expect(i.text['zh-CN']).toContain('“stairZ”');
  });

  it('a negative time is an error at /at, in both languages', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [{ block: 'S', at: -5 }];
    });
    expect(pathsOf(issues, 'closure.negativeTime')).toEqual(['/scenarios/0/changes/0/at']);
    const i = issues.find((x) => x.code === 'closure.negativeTime')!;
    expect(i.severity).toBe('error');
    expect(i.text.en).toBe('"at" is seconds after the alarm and must be ≥ 0, not -5');
    expect(i.text['zh-CN']).toBe('“at”是报警后的秒数，必须 ≥ 0，而不是 -5');
  });

  it('closing what is already impassable (in the building, or blocked from the start) is an error', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.passable = false;
      b.scenarios![0]!.changes = [
        { block: 'S', at: 60 },
        { block: 'F2-d-stair' },
        { block: 'F2-d-stair', at: 90 },
      ];
    });
    expect(pathsOf(issues, 'closure.alreadyImpassable')).toEqual([
      '/scenarios/0/changes/0/at',
      '/scenarios/0/changes/2/at',
    ]);
    expect(bilingual(issues)).toBe(true);
  });

  it('after the time limit, or twice: warnings that say which time counts', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.duration = 600;
      b.scenarios![0]!.changes = [
        { block: 'S', at: 600 },
        { block: 'F1-d-stair', at: 200 },
        { block: 'F1-d-stair', at: 100 },
      ];
    });
    const after = issues.filter((i) => i.code === 'closure.afterDuration');
    expect(after.map((i) => [i.path, i.severity])).toEqual([['/scenarios/0/changes/0/at', 'warning']]);
    expect(after[0]!.text.en).toContain('never happens');
    const twice = issues.filter((i) => i.code === 'closure.duplicate');
    expect(twice.map((i) => i.path)).toEqual(['/scenarios/0/changes/2']);
    expect(twice[0]!.text.en).toContain('it closes once, at 100 s');
    expect(twice[0]!.text['zh-CN']).toContain('只关闭一次，在 100 秒');
    expect(issues.filter((i) => i.severity === 'error' && i.path.startsWith('/scenarios/0'))).toEqual([]);
  });

  it('the schema takes `at` on block only, as a number', () => {
    expect(Scenario.safeParse({ id: 's', changes: [{ block: 'S', at: 12.5 }] }).success).toBe(true);
    expect(Scenario.safeParse({ id: 's', changes: [{ block: 'S', at: '12' }] }).success).toBe(false);
    expect(Scenario.safeParse({ id: 's', changes: [{ fail: 'P1', at: 12 }] }).success).toBe(false);
  });
});

describe('timed closures: applying the scenario', () => {
  it('a timed block stays passable in the copy and is returned as a closure; at 0 is a plain block', () => {
    const b = validBuilding();
    const s = {
      id: 'late',
      changes: [
        { block: 'S', at: 150 },
        { block: 'F1-d-stair', at: 0 },
        { block: 'F2-d-stair', at: 30 },
      ],
    };
    const copy = applyScenario(b, s);
    expect(copy.stairs[0]!.passable).not.toBe(false);
    const door = (id: string) => copy.storeys.flatMap((st) => st.doors ?? []).find((d) => d.id === id)!;
    expect(door('F2-d-stair').passable).not.toBe(false);
    expect(door('F1-d-stair').passable).toBe(false);
    expect(scenarioClosures(s)).toEqual([
      { id: 'S', at: 150 },
      { id: 'F2-d-stair', at: 30 },
    ]);
    expect(scenarioClosures({ id: 'none' })).toEqual([]);
  });

  it('a timed block of something that does not exist is refused like a block', () => {
    const b = validBuilding();
    expect(() => applyScenario(b, { id: 'x', changes: [{ block: 'ghost', at: 10 }] })).toThrow(ScenarioError);
    try {
      applyScenario(b, { id: 'x', changes: [{ block: 'ghost', at: 10 }] });
    } catch (e) {
      expect((e as ScenarioError).path).toBe('/changes/0/block');
    }
  });
});
