/**
 * Hydraulic (SFPE/IMO) mode properties: determinism, the same population as the agent mode,
 * trapped people reported at once, a run that always ends, conservation, the corridor inflow cap
 * (SFPE transition with cap), queue-aware exit allocation, and up-stair flow at the 0.88 cap.
 */
import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import { runEvacuation } from '../../../sim-core/evacuation/index.ts';
import { runHydraulic } from '../../../sim-core/evacuation/hydraulic/index.ts';
import {
  building,
  door,
  fixedProfile,
  gridPositions,
  rect,
  space,
  stairTower,
} from '../../verification/evacuation/buildings.ts';

const tower = () =>
  stairTower({ floors: 4, height: 3, perFloor: 15, riser: 0.17, tread: 0.28, width: 1.2, profile: 'adult' });

describe('hydraulic mode', () => {
  it('the same seed gives bit-identical results; another seed differs (pre-movement is drawn)', () => {
    const a = JSON.stringify(runHydraulic(tower(), { seed: 3 }));
    const b = JSON.stringify(runHydraulic(tower(), { seed: 3 }));
    const c = JSON.stringify(runHydraulic(tower(), { seed: 4 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('evacuates the same persons as the agent mode (ids, profiles, pre-movement) and reports mode sfpe', () => {
    const h = runHydraulic(tower(), { seed: 5 });
    const g = runEvacuation(tower(), { seed: 5 });
    expect(h.mode).toBe('sfpe');
    expect(h.agents.map((x) => [x.id, x.profile, x.premovement])).toEqual(
      g.agents.map((x) => [x.id, x.profile, x.premovement]),
    );
    // Nobody is safe before their pre-movement ends; everyone who used the stair spent time on it.
    for (const x of h.agents) {
      expect(x.exitTime!).toBeGreaterThanOrEqual(x.premovement);
      expect(x.stairTime).toBeGreaterThan(0);
    }
    expect(h.curve[h.curve.length - 1]![1]).toBe(h.evacuated);
  });

  it('people cut off by a scenario are trapped at once, listed by space, and the run ends', () => {
    const r = runHydraulic(applyScenario(tower(), { id: 'x', changes: [{ block: 'S' }] }), { seed: 1 });
    expect(r.status).toBe('complete');
    expect(r.trapped).toBe(45);
    expect(r.evacuated).toBe(0);
    expect(r.trappedBySpace.map((t) => t.space).sort()).toEqual(['F2-room', 'F3-room', 'F4-room']);
  });

  it('a run that cannot finish in time stops at the limit with status "timeout"', () => {
    const r = runHydraulic(tower(), { seed: 1, maxTime: 20 });
    expect(r.status).toBe('timeout');
    expect(r.endTime).toBeCloseTo(20, 5);
    expect(r.remaining).toBeGreaterThan(0);
    expect(r.evacuated + r.trapped + r.remaining).toBe(r.occupants);
  });

  it('a corridor takes at most 1.3 p/(m·s) × its effective width (walls 20 cm each side)', () => {
    // 120 persons in a hall, a 3 m door into a 1.2 m × 20 m corridor, a 3 m exit at its end: the
    // door would pass 1.3 × 2.7 = 3.5 p/s, the corridor only 1.3 × (1.2 − 0.4) = 1.04 p/s.
    const b = building(
      [
        {
          id: 'G',
          elevation: 0,
          height: 3,
          spaces: [
            space('hall', rect(0, 0, 10, 10), {
              positions: gridPositions(120, 0.2, 0.2, 9.8, 9.8, 0.8),
              profile: 'p',
            }),
            space('corr', rect(10, 4, 30, 5.2), undefined, 'corridor'),
            space('out', rect(30, 2, 33, 7)),
          ],
          doors: [
            door('d1', 'hall', 'corr', [10, 4], [10, 5.2]),
            door('d2', 'corr', 'out', [30, 4], [30, 5.2]),
            door('exit', 'out', 'outside', [33, 2], [33, 7]),
          ],
        },
      ],
      { profiles: [fixedProfile('p', 1.34)] },
    );
    const r = runHydraulic(b, { seed: 1 });
    expect(r.evacuated).toBe(120);
    // d1 is 1.2 m wide: door cap 1.3 × 0.9 = 1.17 p/s, corridor cap 1.04 p/s: the corridor governs.
    const flow = r.exits[0]!.flow!;
    expect(flow).toBeLessThanOrEqual(1.04 * 1.02);
    expect(flow).toBeGreaterThan(1.04 * 0.9);
  });

  it('allocates people between two equal stairs by queue, not all to the nearest', () => {
    // 120 persons on two storeys, all at the stair-A end of a 20 m room with a stair at each end:
    // nearest-goal choice would send everyone to A; the greedy allocation by queue (15 m more walk
    // ≈ 11 s against a queue of up to 120 / 0.9 p/s) sends at least 30 % to B.
    const twoStairs = runHydraulic(twoStairTower(), { seed: 2 });
    const counts = twoStairs.exits.map((e) => e.count).sort((x, y) => x - y);
    expect(counts[0]!).toBeGreaterThan(0.3 * twoStairs.evacuated);
  });

  it('up a stair to a refuge, the flow is at most the 0.88 p/(m·s) IMO cap × width', () => {
    const r = runHydraulic(upToRefuge(), { seed: 1 });
    expect(r.evacuated).toBe(80);
    const times = r.agents.map((x) => x.exitTime!).sort((x, y) => x - y);
    const flow = (times.length - 1) / (times[times.length - 1]! - times[0]!);
    expect(flow).toBeLessThanOrEqual(0.88 * 1.2 * 1.02);
    expect(flow).toBeGreaterThan(0.5);
  });
});

/** Three storeys, each one long room with a stair at each end; the ground landings have the exits. */
function twoStairTower() {
  const storeys = [0, 1, 2].map((k) => {
    const id = `F${k + 1}`;
    const exits = k === 0;
    return {
      id,
      elevation: 3 * k,
      height: 3,
      spaces: [
        space(`${id}-sa`, rect(0, 0, 3, 6), undefined, 'stair' as const),
        space(
          `${id}-room`,
          rect(3, 0, 23, 6),
          k > 0 ? { positions: gridPositions(60, 3.2, 0.2, 8, 5.8, 0.6), profile: 'p' } : undefined,
        ),
        space(`${id}-sb`, rect(23, 0, 26, 6), undefined, 'stair' as const),
      ],
      doors: [
        door(`${id}-da`, `${id}-sa`, `${id}-room`, [3, 2.4], [3, 3.6]),
        door(`${id}-db`, `${id}-room`, `${id}-sb`, [23, 2.4], [23, 3.6]),
        ...(exits
          ? [
              door('exit-a', 'F1-sa', 'outside', [0, 2.4], [0, 3.6]),
              door('exit-b', 'F1-sb', 'outside', [26, 2.4], [26, 3.6]),
            ]
          : []),
      ],
    };
  });
  const stair = (id: string, s: string) => ({
    id,
    width: 1.2,
    riser: 0.175,
    tread: 0.26,
    enclosure: 'enclosed' as const,
    landings: storeys.map((st) => ({ storey: st.id, space: `${st.id}-${s}` })),
  });
  return building(storeys, {
    profiles: [fixedProfile('p', 1.34)],
    stairs: [stair('A', 'sa'), stair('B', 'sb')],
  });
}

/** 80 persons on the ground floor with no exit, a refuge one storey up. */
function upToRefuge() {
  return building(
    [
      {
        id: 'F1',
        elevation: 0,
        height: 3,
        spaces: [
          space('F1-room', rect(0, 0, 10, 6), { count: 80, profile: 'p' }),
          space('F1-s', rect(10, 0, 13, 6), undefined, 'stair'),
        ],
        doors: [door('F1-d', 'F1-room', 'F1-s', [10, 1.5], [10, 4.5])],
      },
      {
        id: 'F2',
        elevation: 3,
        height: 3,
        spaces: [
          space('F2-refuge', rect(0, 0, 10, 6), undefined, 'refuge'),
          space('F2-s', rect(10, 0, 13, 6), undefined, 'stair'),
        ],
        doors: [door('F2-d', 'F2-refuge', 'F2-s', [10, 1.5], [10, 4.5])],
      },
    ],
    {
      profiles: [fixedProfile('p', 1.34)],
      stairs: [
        {
          id: 'S',
          width: 1.2,
          riser: 0.175,
          tread: 0.26,
          enclosure: 'enclosed',
          landings: [
            { storey: 'F1', space: 'F1-s' },
            { storey: 'F2', space: 'F2-s' },
          ],
        },
      ],
    },
  );
}
