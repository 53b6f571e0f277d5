import { describe, expect, it } from 'vitest';
import { issuesAfter, pathsOf } from './helpers.ts';

describe('scenario references', () => {
  it('reports every change that names a missing or wrong thing', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [
        { block: 'nope' },
        { fail: 'S' }, // a stair cannot fail: it is blocked
        { remove: 'ghost-car' },
        {
          add: {
            storey: 'F9',
            obstacles: [
              {
                id: 'box',
                kind: 'barrier',
                polygon: [
                  [1, 1],
                  [2, 1],
                  [2, 2],
                ],
              },
            ],
          },
        },
        { occupants: { storey: 'F3', profile: 'martian' } },
        { premovement: { type: 'constant', value: 60 }, profile: 'nobody' },
      ];
      b.scenarios![0]!.fire = { storey: 'F2', space: 'F1-room' };
      b.scenarios![0]!.firefighters = [{ count: 2, enter: 'F1-corr', to: 'F5', start: 0 }];
      b.scenarios![0]!.vehicles = ['tank-engine-9'];
    });
    expect(pathsOf(issues, 'ref.missing')).toEqual([
      '/scenarios/0/changes/0/block',
      '/scenarios/0/changes/2/remove',
      '/scenarios/0/changes/3/add/storey',
      '/scenarios/0/changes/4/occupants/storey',
      '/scenarios/0/firefighters/0/to',
    ]);
    expect(pathsOf(issues, 'ref.wrongKind')).toEqual([
      '/scenarios/0/changes/1/fail',
      '/scenarios/0/firefighters/0/enter',
    ]);
    expect(pathsOf(issues, 'ref.missingProfile')).toEqual([
      '/scenarios/0/changes/4/occupants/profile',
      '/scenarios/0/changes/5/profile',
    ]);
    expect(pathsOf(issues, 'scenario.spaceNotOnStorey')).toEqual(['/scenarios/0/fire/space']);
    expect(pathsOf(issues, 'ref.missingVehicle')).toEqual(['/scenarios/0/vehicles/0']);
  });

  it('allows "mode" on valves only', () => {
    const issues = issuesAfter((b) => void (b.scenarios![0]!.changes = [{ fail: 'P1', mode: 'open' }]));
    expect(pathsOf(issues, 'scenario.modeNotValve')).toEqual(['/scenarios/0/changes/0/mode']);
  });

  it('refuses added obstacles whose ids are taken', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes = [
        {
          add: {
            obstacles: [
              {
                id: 'car-1',
                kind: 'parked-car',
                height: 1.5,
                polygon: [
                  [0, -15],
                  [4, -15],
                  [4, -13],
                ],
              },
            ],
          },
        },
      ];
    });
    expect(pathsOf(issues, 'id.duplicate')).toEqual(['/scenarios/0/changes/0/add/obstacles/0/id']);
  });

  it('refuses a set path that is not a pointer, or that leaves the building', () => {
    const notPointer = issuesAfter(
      (b) => void (b.scenarios![0]!.changes = [{ set: { path: 'stairs/0/width', value: 2 } }]),
    );
    expect(pathsOf(notPointer, 'scenario.setPath')).toEqual(['/scenarios/0/changes/0/set/path']);
    const missing = issuesAfter(
      (b) => void (b.scenarios![0]!.changes = [{ set: { path: '/stairs/5/width', value: 2 } }]),
    );
    expect(pathsOf(missing, 'scenario.apply')).toEqual(['/scenarios/0/changes/0/set/path']);
    const proto = issuesAfter(
      (b) => void (b.scenarios![0]!.changes = [{ set: { path: '/__proto__/polluted', value: 1 } }]),
    );
    expect(pathsOf(proto, 'scenario.apply')).toEqual(['/scenarios/0/changes/0/set/path']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('re-validates the changed building: a set that breaks it is reported at the scenario', () => {
    const issues = issuesAfter(
      (b) => void (b.scenarios![0]!.changes = [{ set: { path: '/stairs/0/riser', value: 'tall' } }]),
    );
    expect(pathsOf(issues, 'scenario.resultInvalid')).toEqual(['/scenarios/0']);
    expect(issues.find((i) => i.code === 'scenario.resultInvalid')!.text.en).toContain('/stairs/0/riser');
  });

  it('does not treat occupants trapped by a scenario as an invalid file', () => {
    const issues = issuesAfter((b) => void (b.scenarios![0]!.changes = [{ block: 'S' }]));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
