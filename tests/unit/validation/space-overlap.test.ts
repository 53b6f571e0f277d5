import { describe, expect, it } from 'vitest';
import { rect } from '../shapes.ts';
import type { Space } from '../../../models/schema/storey.ts';
import { bilingual, issuesAfter, pathsOf } from './helpers.ts';

describe('space overlap', () => {
  it('passes spaces that share walls', () => {
    const issues = issuesAfter(() => {});
    expect(pathsOf(issues, 'space.overlap')).toEqual([]);
    expect(pathsOf(issues, 'obstacle.outsideSpaces')).toEqual([]);
  });

  it('reports an overlapping pair once, at the later space, naming the other', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.spaces[1]!.polygon = rect(0, 1, 6, 8);
    });
    expect(pathsOf(issues, 'space.overlap')).toEqual(['/storeys/0/spaces/1/polygon']);
    const issue = issues.find((i) => i.code === 'space.overlap')!;
    expect(issue.text.en).toContain('"F1-corr"');
    expect(issue.text.en).toContain('6 m²');
    expect(bilingual([issue])).toBe(true);
  });

  it('tolerates a sliver of drawing noise along a shared wall', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.spaces[1]!.polygon = rect(0, 1.995, 6, 8);
    });
    expect(pathsOf(issues, 'space.overlap')).toEqual([]);
  });

  it('does not compare spaces on different storeys', () => {
    const issues = issuesAfter((b) => {
      b.storeys[1]!.spaces[1]!.polygon = rect(0, 1, 6, 8);
      b.storeys[1]!.spaces.splice(0, 1);
    });
    expect(pathsOf(issues, 'space.overlap')).toEqual([]);
  });

  it('handles a storey of 200 rooms sharing walls, and finds the one overlap among them', () => {
    const issues = issuesAfter((b) => {
      const rooms: Space[] = [];
      for (let i = 0; i < 20; i++)
        for (let j = 0; j < 10; j++)
          rooms.push({
            id: `R${i}-${j}`,
            kind: 'room',
            polygon: rect(i * 3, 10 + j * 4, i * 3 + 3, 14 + j * 4),
          });
      rooms.push({ id: 'odd', kind: 'room', polygon: rect(31, 31, 33, 33) });
      b.storeys[0]!.spaces.push(...rooms);
    });
    expect(pathsOf(issues, 'space.overlap')).toEqual(['/storeys/0/spaces/203/polygon']);
  });

  it('warns about a storey obstacle in no space', () => {
    const issues = issuesAfter((b) => {
      b.storeys[0]!.obstacles![0]!.polygon = rect(20, 20, 21, 21);
      b.storeys[1]!.obstacles![0]!.polygon = rect(9.8, 1, 10.2, 1.4); // astride corridor and stair: fine
    });
    expect(pathsOf(issues, 'obstacle.outsideSpaces')).toEqual(['/storeys/0/obstacles/0/polygon']);
  });
});
