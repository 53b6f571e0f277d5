/** `--vary-stair`: which stair a run smoke-logs follows from its seed alone, and shows in the verdict. */
import { describe, expect, it } from 'vitest';
import { smokeLoggedStair, variantStairs, withStairBlocked } from '../../../drill/variants.ts';
import { runSeeds } from '../../../drill/seeds.ts';
import { summarisePeople } from '../../../drill/summarise-people.ts';
import { peopleVerdict } from '../../../drill/verdicts.ts';
import { generateTower } from '../../../models/generator/tower.ts';
import { digest } from './fixtures.ts';

describe('Monte Carlo stair variants', () => {
  const b = generateTower({ storeys: 4, units: 2, occupantsPerUnit: 1, stairs: 'two', seed: 1 });

  it('draws from the passable stairs, the same stair for the same seed, both stairs over a batch', () => {
    const ids = variantStairs(b);
    expect(ids.length).toBe(2);
    const seeds = runSeeds(5, 50);
    const drawn = seeds.map((s) => smokeLoggedStair(b, s));
    expect(seeds.map((s) => smokeLoggedStair(b, s))).toEqual(drawn);
    for (const id of ids) expect(drawn.filter((d) => d === id).length).toBeGreaterThan(10);
    const blocked = withStairBlocked(b, ids[0]!);
    expect(variantStairs(blocked)).toEqual([ids[1]]);
    expect(variantStairs(b)).toEqual(ids); // the original is untouched
    expect(smokeLoggedStair(withStairBlocked(blocked, ids[1]!), 1)).toBeNull();
  });

  it('the verdict says what varied, and the runs carry their stair', () => {
    const p = summarisePeople([digest(1, 600), digest(2, 700)], 1, null, {
      stairs: ['A', 'B'],
      perRun: ['B', 'A'],
    });
    expect(p.perRun.map((r) => r.smokeStair)).toEqual(['B', 'A']);
    const v = peopleVerdict(p);
    expect(v.text.en).toContain('[each run smoke-logs one of stairs A, B at random]');
    expect(v.text['zh-CN']).toContain('每次模拟随机一部楼梯（A、B）烟气封堵');
  });
});
