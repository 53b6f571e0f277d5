import { describe, expect, it } from 'vitest';
import type { Building } from '../../../models/schema/building.ts';
import { issuesAfter, pathsOf } from './helpers.ts';

/** Stacks copies of the fixture's upper storey until the building has `n` storeys of 3 m. */
function stack(b: Building, n: number): void {
  const template = b.storeys[1]!;
  for (let k = 3; k <= n; k++) {
    const s = structuredClone(template);
    const id = `F${k}`;
    const rename = (x: string): string => x.replace(/^F2/, id);
    s.id = id;
    s.name = id;
    s.elevation = (k - 1) * 3;
    s.spaces.forEach((sp) => ((sp.id = rename(sp.id)), sp.unit && (sp.unit = rename(sp.unit))));
    s.doors!.forEach((d) => ((d.id = rename(d.id)), (d.spaces = [rename(d.spaces[0]), rename(d.spaces[1])])));
    s.obstacles!.forEach((o) => (o.id = rename(o.id)));
    b.storeys.push(s);
    b.stairs[0]!.landings.push({ storey: id, space: `${id}-stair` });
  }
}

describe('code warnings (GB 50016 and others)', () => {
  it('warns about a residential stair narrower than 1.1 m (GB 50016 5.5.30)', () => {
    const issues = issuesAfter((b) => void (b.stairs[0]!.width = 1.0));
    expect(pathsOf(issues, 'code.stairWidth')).toEqual(['/stairs/0/width']);
    expect(issues.find((i) => i.code === 'code.stairWidth')!.severity).toBe('warning');
    expect(issues.find((i) => i.code === 'code.stairWidth')!.text.en).toContain('5.5.30');
  });

  it('warns about an exit narrower than 0.9 m', () => {
    const issues = issuesAfter(
      (b) =>
        void (b.storeys[0]!.doors![2]!.segment = [
          [0, 0.5],
          [0, 1.3],
        ]),
    );
    expect(pathsOf(issues, 'code.exitWidth')).toEqual(['/storeys/0/doors/2/segment']);
  });

  it('warns about steep residential steps and long flights (GB 50352-2019)', () => {
    const issues = issuesAfter((b) => {
      b.stairs[0]!.riser = 0.2;
      b.storeys[1]!.elevation = 8;
    });
    expect(pathsOf(issues, 'code.stairSteps')).toEqual(['/stairs/0/riser']);
    expect(pathsOf(issues, 'code.flightLength')).toEqual(['/stairs/0/landings/1']);
  });

  it('says nothing about a low-rise building’s single stair, but warns for a 60 m residential tower', () => {
    expect(
      pathsOf(
        issuesAfter(() => {}),
        'code.singleStair',
      ),
    ).toEqual([]);
    const tower = issuesAfter((b) => {
      stack(b, 20); // 60 m
      b.stairs[0]!.enclosure = 'enclosed';
      b.site!.drivable = b.site!.drivable!.filter((d) => d.kind !== 'rescue-site');
      b.water!.inlets = [];
    });
    expect(pathsOf(tower, 'code.singleStair')).toEqual(['/stairs']);
    expect(pathsOf(tower, 'code.stairEnclosure')).toEqual(['/stairs/0/enclosure']);
    expect(pathsOf(tower, 'code.noFireLift')).toEqual(['/elevators']);
    expect(pathsOf(tower, 'code.noRescueSite')).toEqual(['/site/drivable']);
    expect(pathsOf(tower, 'code.noInlets')).toEqual(['/water/inlets']);
    expect(tower.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('warns about missing refuge floors above 100 m (GB 50016 5.5.23)', () => {
    const tall = issuesAfter((b) => stack(b, 36)); // 108 m
    expect(pathsOf(tall, 'code.refugeSpacing')).toEqual(['/storeys']);
    const withRefuge = issuesAfter((b) => {
      stack(b, 36);
      b.storeys[15]!.refuge = true; // z = 45 m
      b.storeys[30]!.refuge = true; // z = 90 m
    });
    expect(pathsOf(withRefuge, 'code.refugeSpacing')).toEqual([]);
  });
});

describe('code warnings judge a stair by the storeys it serves', () => {
  it('an enclosed stair serving only a low podium of a tall building is not warned about', () => {
    const tower = issuesAfter((b) => {
      stack(b, 20); // 60 m
      b.stairs[0]!.enclosure = 'enclosed';
      b.stairs[0]!.landings = b.stairs[0]!.landings.slice(0, 3); // F1–F3 only: a podium stair, top 9 m
    });
    expect(pathsOf(tower, 'code.stairEnclosure')).toEqual([]);
  });
});
