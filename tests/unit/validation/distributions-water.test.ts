import { describe, expect, it } from 'vitest';
import { issuesAfter, pathsOf } from './helpers.ts';

describe('distributions', () => {
  it('refuses bounds out of order', () => {
    const issues = issuesAfter((b) => {
      b.profiles![0]!.premovement = { type: 'uniform', min: 100, max: 10 };
      b.profiles![0]!.speed = { type: 'triangular', min: 0.5, mode: 2, max: 1.5 };
    });
    expect(pathsOf(issues, 'distribution.bounds')).toEqual(['/profiles/0/speed', '/profiles/0/premovement']);
  });

  it('refuses speeds that cannot be positive or are not walking speeds; warns when they may be ≤ 0', () => {
    expect(
      pathsOf(
        issuesAfter((b) => void (b.profiles![0]!.speed = { type: 'constant', value: 0 })),
        'distribution.speedNotPositive',
      ),
    ).toEqual(['/profiles/0/speed']);
    expect(
      pathsOf(
        issuesAfter((b) => void (b.profiles![0]!.speed = { type: 'constant', value: 5 })),
        'distribution.speedTooHigh',
      ),
    ).toEqual(['/profiles/0/speed']);
    expect(
      pathsOf(
        issuesAfter((b) => void (b.profiles![0]!.speed = { type: 'normal', mean: 1.3, sd: 0.3 })),
        'distribution.speedMayBeZero',
      ),
    ).toEqual(['/profiles/0/speed']);
  });

  it('checks pre-movement sign and body radius', () => {
    const issues = issuesAfter((b) => {
      b.profiles![0]!.premovement = { type: 'normal', mean: 60, sd: 30 };
      b.profiles![0]!.radius = 2;
    });
    expect(pathsOf(issues, 'distribution.premovementMayBeNegative')).toEqual(['/profiles/0/premovement']);
    expect(pathsOf(issues, 'profile.radiusRange')).toEqual(['/profiles/0/radius']);
    const never = issuesAfter((b) => void (b.profiles![0]!.premovement = { type: 'constant', value: -5 }));
    expect(pathsOf(never, 'distribution.premovementNegative')).toEqual(['/profiles/0/premovement']);
  });

  it('checks scenario pre-movement overrides too', () => {
    const issues = issuesAfter((b) => {
      b.scenarios![0]!.changes![7] = { premovement: { type: 'uniform', min: 300, max: 60 } };
    });
    expect(pathsOf(issues, 'distribution.bounds')).toEqual(['/scenarios/0/changes/7/premovement']);
  });
});

describe('water', () => {
  it('reports links to missing nodes and a link joining a node to itself', () => {
    const issues = issuesAfter((b) => {
      b.water!.pipes![0]!.to = 'J9';
      b.water!.pumps![0]!.from = 'P1'; // a pump is not a node
      b.water!.valves![0]!.to = 'J1';
    });
    expect(pathsOf(issues, 'ref.missing')).toEqual(['/water/pipes/0/to']);
    expect(pathsOf(issues, 'ref.wrongKind')).toEqual(['/water/pumps/0/from']);
    expect(pathsOf(issues, 'water.selfLink')).toEqual(['/water/valves/0/to']);
  });

  it('reports a pump without a curve and a curve EPANET cannot use', () => {
    const missing = issuesAfter((b) => {
      delete (b.water!.pumps![0] as { curve?: unknown }).curve;
    });
    expect(pathsOf(missing, 'schema.required')).toEqual(['/water/pumps/0/curve']);
    expect(missing.find((i) => i.code === 'schema.required')!.text.en).toBe('missing required field "curve"');
    const empty = issuesAfter((b) => void (b.water!.pumps![0]!.curve = []));
    expect(pathsOf(empty, 'schema.tooFewItems')).toEqual(['/water/pumps/0/curve']);
    const rising = issuesAfter(
      (b) =>
        void (b.water!.pumps![0]!.curve = [
          [0, 50],
          [0.01, 55],
        ]),
    );
    expect(pathsOf(rising, 'water.curveOrder')).toEqual(['/water/pumps/0/curve/1']);
  });

  it('reports hydrants and inlets on missing junctions, and hydrants cut off from any source', () => {
    const issues = issuesAfter((b) => {
      b.water!.hydrants![0]!.junction = 'J7';
      b.water!.inlets![0]!.junction = 'pool';
    });
    expect(pathsOf(issues, 'ref.missing')).toEqual(['/water/hydrants/0/junction']);
    expect(pathsOf(issues, 'ref.wrongKind')).toEqual(['/water/inlets/0/junction']);
    const cut = issuesAfter((b) => {
      b.water!.junctions!.push({ id: 'J3', elevation: 7 });
      b.water!.hydrants![0]!.junction = 'J3';
    });
    expect(pathsOf(cut, 'water.hydrantUnconnected')).toEqual(['/water/hydrants/0/junction']);
  });

  it('checks tank levels and flags unit slips', () => {
    const issues = issuesAfter((b) => {
      b.water!.tanks![0]!.level = 3;
      b.water!.valves![0]!.setting = 0.4; // MPa typed where Pa is expected
      b.water!.pipes![0]!.diameter = 100; // mm typed as m
    });
    expect(pathsOf(issues, 'water.tankLevels')).toEqual(['/water/tanks/0/level']);
    expect(pathsOf(issues, 'water.unitSlip')).toEqual(['/water/pipes/0/diameter', '/water/valves/0/setting']);
  });
});
