import { describe, expect, it } from 'vitest';
import { validateBuilding } from '../../../models/load/load-building.ts';
import { validBuilding } from './fixtures.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';

describe('fixture', () => {
  it('is valid with no warnings (the passing case for every rule below)', () => {
    const r = validateBuilding(validBuilding());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.building).toBeDefined();
  });
});

describe('ids', () => {
  it('reports a duplicate id at its second use, naming the first', () => {
    const issues = issuesAfter((b) => {
      b.storeys[1]!.spaces[0]!.id = 'F1-corr';
    });
    expect(pathsOf(issues, 'id.duplicate')).toEqual(['/storeys/1/spaces/0/id']);
    expect(issues.find((i) => i.code === 'id.duplicate')!.text.en).toContain('/storeys/0/spaces/0/id');
    expect(bilingual(issues)).toBe(true);
  });

  it('refuses the reserved id "outside"', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.id = 'outside';
    });
    expect(pathsOf(issues, 'id.reserved')).toEqual(['/stairs/0/id']);
  });

  it('reports dangling references with the expected kind', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.doors![0]!.spaces[0] = 'nowhere';
      b.stairs[0]!.landings[1]!.storey = 'F9';
      b.elevators = [
        {
          id: 'L1',
          fire: true,
          speed: 1,
          capacity: 8,
          doorTime: 8,
          stops: [
            { storey: 'F1', space: 'F1-corr' },
            { storey: 'F2', space: 'missing-lobby' },
          ],
        },
      ];
      b.facade!.openings![0]!.storey = 'F7';
    });
    expect(pathsOf(issues, 'ref.missing')).toEqual([
      '/storeys/0/doors/0/spaces/0',
      '/stairs/0/landings/1/storey',
      '/elevators/0/stops/1/space',
      '/facade/openings/0/storey',
    ]);
  });

  it('reports a reference to the wrong kind of thing', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.landings[0]!.space = 'F1-d-room';
    });
    expect(pathsOf(issues, 'ref.wrongKind')).toEqual(['/stairs/0/landings/0/space']);
    expect(issues.find((i) => i.code === 'ref.wrongKind')!.text.en).toContain('is a door');
  });

  it('accepts built-in profiles and reports unknown ones', () => {
    const ok = issuesAfter((b) => {
      b.storeys[0]!.spaces[1]!.occupants = {
        count: 2,
        mix: [
          { profile: 'elderly', fraction: 0.5 },
          { profile: 'resident', fraction: 0.5 },
        ],
      };
    });
    expect(ok.filter((i) => i.severity === 'error')).toEqual([]);
    const bad = issuesAfter((b) => {
      b.storeys[0]!.spaces[1]!.occupants = { count: 2, profile: 'ghost' };
    });
    expect(pathsOf(bad, 'ref.missingProfile')).toEqual(['/storeys/0/spaces/1/occupants/profile']);
  });
});
