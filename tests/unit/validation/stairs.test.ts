import { describe, expect, it } from 'vitest';
import { issuesAfter, pathsOf } from './helpers.ts';

describe('stairs', () => {
  it('requires landings to be stair spaces on their storey', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.landings[1]!.space = 'F2-corr';
    });
    expect(pathsOf(issues, 'stair.landingNotStair')).toEqual(['/stairs/0/landings/1/space']);
  });

  it('requires the landing space to be on the named storey', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.landings[1]!.space = 'F1-stair';
    });
    expect(pathsOf(issues, 'stair.landingWrongStorey')).toEqual(['/stairs/0/landings/1/space']);
  });

  it('requires landings bottom to top with rising elevation', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.landings.reverse();
    });
    expect(pathsOf(issues, 'stair.landingOrder')).toEqual(['/stairs/0/landings/1/storey']);
    const same = issuesAfter((b) => {
      b.storeys[1]!.elevation = 0;
    });
    expect(pathsOf(same, 'stair.landingOrder')).toEqual(['/stairs/0/landings/1/storey']);
  });

  it('refuses risers and treads outside a sane range', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.riser = 17; // centimetres typed as metres... caught
      b.stairs[0]!.tread = 0.1;
    });
    expect(pathsOf(issues, 'stair.riserRange')).toEqual(['/stairs/0/riser']);
    expect(pathsOf(issues, 'stair.treadRange')).toEqual(['/stairs/0/tread']);
  });

  it('refuses a stair too narrow to walk and two stairs sharing a landing', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.width = 0.4;
      b.stairs.push({ ...structuredClone(b.stairs[0]!), id: 'S2', width: 1.2 });
    });
    expect(pathsOf(issues, 'stair.tooNarrow')).toEqual(['/stairs/0/width']);
    expect(pathsOf(issues, 'stair.sharedLanding')).toEqual([
      '/stairs/1/landings/0/space',
      '/stairs/1/landings/1/space',
    ]);
  });

  it('checks scissor twins', () => {
    const self = issuesAfter((b) => {
      b.stairs[0]!.scissor = 'S';
    });
    expect(pathsOf(self, 'stair.scissorSelf')).toEqual(['/stairs/0/scissor']);
    const oneWay = issuesAfter((b) => {
      b.storeys.forEach((s) => {
        s.spaces.push({
          id: `${s.id}-stair2`,
          kind: 'stair',
          polygon: [
            [13, 0],
            [16, 0],
            [16, 6],
            [13, 6],
          ],
        });
        s.doors!.push({
          id: `${s.id}-d2`,
          spaces: [`${s.id}-stair`, `${s.id}-stair2`],
          segment: [
            [13, 1],
            [13, 2],
          ],
        });
      });
      b.stairs.push({
        ...structuredClone(b.stairs[0]!),
        id: 'T',
        landings: [
          { storey: 'F1', space: 'F1-stair2' },
          { storey: 'F2', space: 'F2-stair2' },
        ],
      });
      b.stairs[0]!.scissor = 'T';
    });
    expect(pathsOf(oneWay, 'stair.scissorOneWay')).toEqual(['/stairs/0/scissor']);
    expect(oneWay.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('checks lift stops are in rising order', () => {
    const issues = issuesAfter((b) => {
      b.elevators = [
        {
          id: 'L1',
          fire: true,
          speed: 1.5,
          capacity: 8,
          doorTime: 8,
          stops: [
            { storey: 'F2', space: 'F2-corr' },
            { storey: 'F1', space: 'F1-corr' },
          ],
        },
      ];
    });
    expect(pathsOf(issues, 'stair.landingOrder')).toEqual(['/elevators/0/stops/1/storey']);
  });
});
