/**
 * Scenario smoke (`{ "smoke": { target, extinction, from?, co?, co2?, o2? } }`, Lifeline extension):
 * validation with JSON paths in both languages (models/validation/rules/smoke.ts), and how a scenario
 * applies it (models/scenario/apply-scenario.ts: the building is unchanged, scenarioSmoke returns it).
 */
import { describe, expect, it } from 'vitest';
import { applyScenario, scenarioSmoke, ScenarioError } from '../../../models/scenario/apply-scenario.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';
import { validBuilding } from './fixtures.ts';

describe('scenario smoke: validation', () => {
  it('smoke in a space, a stair and a storey, with gases, is valid', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [
        { smoke: { target: 'F2-room', extinction: 1.5, co: 2000, co2: 3, o2: 17 } },
        { smoke: { target: 'S', extinction: 0.8, from: 120 } },
        { smoke: { target: 'F2', extinction: 0.3, from: 60 } },
      ];
    });
    expect(issues.filter((i) => i.path.startsWith('/scenarios/0'))).toEqual([]);
  });

  it('an unknown target, or one that is not a space, stair or storey, is an error at /smoke/target', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [
        { smoke: { target: 'stairZ', extinction: 1 } },
        { smoke: { target: 'F1-d-stair', extinction: 1 } },
      ];
    });
    expect(pathsOf(issues, 'ref.missing')).toEqual(['/scenarios/0/changes/0/smoke/target']);
    expect(pathsOf(issues, 'ref.wrongKind')).toEqual(['/scenarios/0/changes/1/smoke/target']);
    const i = issues.find((x) => x.code === 'ref.missing')!;
    expect(i.text.en).toContain('"stairZ"');
    expect(i.text['zh-CN']).toContain('“stairZ”');
  });

  it('negative values are errors at their own path, in both languages', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [
        { smoke: { target: 'S', extinction: -1, from: -5, co: -1, co2: -2, o2: -3 } },
      ];
    });
    expect(pathsOf(issues, 'smoke.negative')).toEqual(
      ['extinction', 'from', 'co', 'co2', 'o2'].map((k) => `/scenarios/0/changes/0/smoke/${k}`),
    );
    const i = issues.find((x) => x.path.endsWith('/extinction'))!;
    expect(i.severity).toBe('error');
    expect(i.text.en).toBe('"extinction" is the extinction coefficient (1/m) and must be ≥ 0, not -1');
    expect(i.text['zh-CN']).toBe('“extinction”是消光系数（1/m），必须 ≥ 0，而不是 -1');
    expect(bilingual(issues)).toBe(true);
  });

  it('absurd values (unit slips) are errors: K_s > 30 /m, CO > 10 %, CO2 or O2 > 21 %', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [
        { smoke: { target: 'S', extinction: 31, co: 100_001, co2: 22, o2: 21.5 } },
        { smoke: { target: 'S', extinction: 30, co: 100_000, co2: 21, o2: 21 } },
      ];
    });
    expect(pathsOf(issues, 'smoke.outOfRange')).toEqual(
      ['extinction', 'co', 'co2', 'o2'].map((k) => `/scenarios/0/changes/0/smoke/${k}`),
    );
    expect(issues.find((x) => x.code === 'smoke.outOfRange')!.text.en).toContain('at most 30, not 31');
  });

  it('smoke arriving at or after the time limit is a warning', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.duration = 600;
      b.scenarios![0]!.changes = [{ smoke: { target: 'S', extinction: 1, from: 600 } }];
    });
    expect(pathsOf(issues, 'smoke.afterDuration')).toEqual(['/scenarios/0/changes/0/smoke/from']);
    expect(issues.find((x) => x.code === 'smoke.afterDuration')!.severity).toBe('warning');
  });

  it('a misspelt field is a schema error (never silently ignored)', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [
        { smoke: { target: 'S', extinction: 1, c0: 500 } } as unknown as {
          smoke: { target: string; extinction: number };
        },
      ];
    });
    expect(issues.some((i) => i.severity === 'error' && i.path.startsWith('/scenarios/0/changes/0'))).toBe(
      true,
    );
  });
});

describe('scenario smoke: applying a scenario', () => {
  it('leaves the building as it is and returns the smoke for the engine, in order', () => {
    const b = validBuilding();
    const sc = {
      id: 'smoke',
      changes: [
        { smoke: { target: 'S', extinction: 1, from: 120, co: 800 } },
        { block: 'F2-d-room' },
        { smoke: { target: 'F2', extinction: 0.5 } },
      ],
    };
    const copy = applyScenario(b, sc);
    expect(copy.stairs[0]!.passable).not.toBe(false);
    expect(scenarioSmoke(sc)).toEqual([
      { target: 'S', extinction: 1, from: 120, co: 800 },
      { target: 'F2', extinction: 0.5 },
    ]);
    expect(scenarioSmoke({ id: 'none' })).toEqual([]);
  });

  it('an unknown target refuses the scenario with the path of the change', () => {
    const b = validBuilding();
    try {
      applyScenario(b, { id: 'x', changes: [{ smoke: { target: 'nowhere', extinction: 1 } }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).path).toBe('/changes/0/smoke/target');
      expect((e as ScenarioError).zh).toContain('nowhere');
    }
  });
});
