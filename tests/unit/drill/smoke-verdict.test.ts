/**
 * The people verdict names those overcome by scenario smoke (sim-core/evacuation/smoke/), in both
 * languages, only when there are any; and a drill run passes the scenario's smoke to the engine.
 */
import { describe, expect, it } from 'vitest';
import { summarisePeople } from '../../../drill/summarise-people.ts';
import { peopleVerdict } from '../../../drill/verdicts.ts';
import { runTask } from '../../../drill/evac-runner.ts';
import { applyScenario, scenarioSmoke } from '../../../models/scenario/apply-scenario.ts';
import { fixedProfile, stairTower } from '../../verification/evacuation/buildings.ts';
import { digest } from './fixtures.ts';

describe('people verdict with smoke', () => {
  it('"3 occupants incapacitated by smoke in stair B" and not ok', () => {
    const d = digest(7, 872, {
      evacuated: 1021,
      incapacitated: 3,
      incapacitatedBy: [{ place: 'B', kind: 'stair', count: 3 }],
    });
    const v = peopleVerdict(summarisePeople([d], 7, 'F9'));
    expect(v.ok).toBe(false);
    expect(v.text.en).toContain('; 3 occupants incapacitated by smoke in stair B;');
    expect(v.text['zh-CN']).toContain('；3 人因烟气失能（楼梯 B）；');
  });

  it('several places, one person', () => {
    const d = digest(7, 872, {
      incapacitated: 1,
      incapacitatedBy: [{ place: 'F12-1203', kind: 'space', count: 1 }],
    });
    expect(peopleVerdict(summarisePeople([d], 7, null)).text.en).toContain(
      '1 occupant incapacitated by smoke in F12-1203',
    );
    const two = digest(7, 872, {
      incapacitated: 5,
      incapacitatedBy: [
        { place: 'B', kind: 'stair', count: 4 },
        { place: 'F12-1203', kind: 'space', count: 1 },
      ],
    });
    const v = peopleVerdict(summarisePeople([two], 7, null));
    expect(v.text.en).toContain('5 occupants incapacitated by smoke in stair B and F12-1203');
    expect(v.text['zh-CN']).toContain('5 人因烟气失能（楼梯 B、F12-1203）');
  });

  it('no mention without incapacitated people (smoke that only slows)', () => {
    const v = peopleVerdict(summarisePeople([digest(7, 872, { incapacitated: 0 })], 7, null));
    expect(v.ok).toBe(true);
    expect(v.text.en).not.toContain('smoke');
    expect(v.text['zh-CN']).not.toContain('烟气');
  });

  it('a drill task runs the scenario smoke and its digest carries who was overcome', () => {
    const tower = stairTower({
      floors: 4,
      height: 3,
      perFloor: 20,
      riser: 0.17,
      tread: 0.28,
      width: 1.2,
      profile: 'p',
      profiles: [fixedProfile('p', 1.3, 0)],
    });
    const sc = { id: 's', changes: [{ smoke: { target: 'S', extinction: 2, co: 20000, co2: 5, o2: 15 } }] };
    const d = runTask({ building: applyScenario(tower, sc), seed: 1, smoke: scenarioSmoke(sc) });
    expect(d.incapacitated!).toBeGreaterThan(0);
    expect(d.incapacitatedBy![0]!.place).toBe('S');
    const clear = runTask({ building: tower, seed: 1 });
    expect(clear.incapacitated).toBeUndefined();
  });
});
