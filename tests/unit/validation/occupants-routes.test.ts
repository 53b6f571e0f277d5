import { describe, expect, it } from 'vitest';
import { issuesAfter, pathsOf } from './helpers.ts';

describe('occupants', () => {
  const room = (b: Parameters<Parameters<typeof issuesAfter>[0]>[0]) => b.storeys[0]!.spaces[1]!;

  it('needs a count, a density or positions — and not count with density', () => {
    expect(
      pathsOf(
        issuesAfter((b) => void (room(b).occupants = { profile: 'adult' })),
        'occupants.noNumber',
      ),
    ).toEqual(['/storeys/0/spaces/1/occupants']);
    expect(
      pathsOf(
        issuesAfter((b) => void (room(b).occupants = { count: 3, density: 0.1 })),
        'occupants.countAndDensity',
      ),
    ).toEqual(['/storeys/0/spaces/1/occupants']);
  });

  it('checks positions: count agrees and every position is inside the space', () => {
    const issues = issuesAfter((b) => {
      room(b).occupants = {
        count: 3,
        positions: [
          [1, 3],
          [2, 4],
          [20, 20],
        ],
      };
    });
    expect(pathsOf(issues, 'occupants.positionsCount')).toEqual([]);
    expect(pathsOf(issues, 'occupants.positionOutside')).toEqual([
      '/storeys/0/spaces/1/occupants/positions/2',
    ]);
    const miscount = issuesAfter((b) => void (room(b).occupants = { count: 5, positions: [[1, 3]] }));
    expect(pathsOf(miscount, 'occupants.positionsCount')).toEqual(['/storeys/0/spaces/1/occupants/count']);
  });

  it('refuses profile with mix, and mixes that do not sum to 1', () => {
    const both = issuesAfter((b) => {
      room(b).occupants = { count: 3, profile: 'adult', mix: [{ profile: 'adult', fraction: 1 }] };
    });
    expect(pathsOf(both, 'occupants.profileAndMix')).toEqual(['/storeys/0/spaces/1/occupants']);
    const sum = issuesAfter((b) => {
      room(b).occupants = {
        count: 3,
        mix: [
          { profile: 'adult', fraction: 0.5 },
          { profile: 'child', fraction: 0.4 },
        ],
      };
    });
    expect(pathsOf(sum, 'occupants.mixSum')).toEqual(['/storeys/0/spaces/1/occupants/mix']);
    const ok = issuesAfter((b) => {
      room(b).occupants = {
        count: 3,
        mix: [
          { profile: 'adult', fraction: 0.33 },
          { profile: 'child', fraction: 0.33 },
          { profile: 'elderly', fraction: 0.34 },
        ],
      };
    });
    expect(pathsOf(ok, 'occupants.mixSum')).toEqual([]);
  });

  it('refuses more people than can physically fit (Weidmann jam density 5.4 p/m²)', () => {
    // The room is 6 × 6 = 36 m²: 195 persons is 5.42 p/m².
    expect(
      pathsOf(
        issuesAfter((b) => void (room(b).occupants = { count: 195 })),
        'occupants.tooDense',
      ),
    ).toEqual(['/storeys/0/spaces/1/occupants']);
    expect(
      pathsOf(
        issuesAfter((b) => void (room(b).occupants = { count: 190 })),
        'occupants.tooDense',
      ),
    ).toEqual([]);
  });
});

describe('trapped occupants', () => {
  it('lists every occupied space with no route to outside or a refuge', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.doors![2]!.passable = false; // the only exit
    });
    expect(pathsOf(issues, 'occupants.trapped')).toEqual([
      '/storeys/0/spaces/1/occupants',
      '/storeys/1/spaces/1/occupants',
    ]);
    expect(issues.find((i) => i.code === 'occupants.trapped')!.text.en).toContain(
      '4 occupants in space "F1-room"',
    );
  });

  it('counts a blocked stair: upper storeys are cut off', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.passable = false;
    });
    expect(pathsOf(issues, 'occupants.trapped')).toEqual(['/storeys/1/spaces/1/occupants']);
  });

  it('treats a refuge space as safe', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.passable = false;
      b.storeys[1]!.spaces[2]!.kind = 'refuge';
      b.stairs = [];
    });
    expect(pathsOf(issues, 'occupants.trapped')).toEqual([]);
  });

  it('warns (not errors) when only the fire lift leads to safety', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.passable = false;
      b.storeys.forEach((s) =>
        s.spaces.push({
          id: `${s.id}-lobby`,
          kind: 'elevator-lobby',
          polygon: [
            [6, 2],
            [10, 2],
            [10, 5],
            [6, 5],
          ],
        }),
      );
      b.storeys.forEach((s) =>
        s.doors!.push({
          id: `${s.id}-d-lobby`,
          spaces: [`${s.id}-corr`, `${s.id}-lobby`],
          segment: [
            [7, 2],
            [8, 2],
          ],
        }),
      );
      b.elevators = [
        {
          id: 'FL',
          fire: true,
          speed: 1.5,
          capacity: 8,
          doorTime: 8,
          stops: [
            { storey: 'F1', space: 'F1-lobby' },
            { storey: 'F2', space: 'F2-lobby' },
          ],
        },
      ];
    });
    expect(pathsOf(issues, 'occupants.trapped')).toEqual([]);
    expect(pathsOf(issues, 'occupants.liftOnly')).toEqual(['/storeys/1/spaces/1/occupants']);
  });
});
