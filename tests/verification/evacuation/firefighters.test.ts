/**
 * Firefighters climbing against the evacuation (issue 3 "Firefighters"). Reference ascent:
 * DTU / Sharjah 2014 (orbit.dtu.dk publication 97441581, in shared/reference/evacuation-verification.md
 * §6.9): a crew with equipment climbed 28 floors — 98.5 m of height, 638 steps, 298 m of stair path —
 * in 18 min 20 s ± 2 min. The test tower copies that stair: 29 storeys 3.52 m apart (98.5 / 28),
 * riser 0.154 m (98.5 m / 638 steps), tread 0.28 m. The built-in firefighter profile carries the
 * ascent factor (models/profiles/builtin.ts; Latosinski et al. 2024, Safety Sci. 171:106398: −24.8 %
 * ascent speed with a 30 % body-mass load).
 */
import { describe, expect, it } from 'vitest';
import { runEvacuation } from '../../../sim-core/evacuation/index.ts';
import { building, door, rect, space, stairTower } from './buildings.ts';

const dtuTower = (perFloor: number) =>
  stairTower({
    floors: 29,
    height: 98.5 / 28,
    perFloor,
    riser: 0.154,
    tread: 0.28,
    width: 1.2,
    profile: 'adult',
  });

const crew = (start: number) => [{ count: 4, enter: 'exit', to: 'F29', start }];

describe('firefighters: ascent against the flow', () => {
  it('an empty-stair climb of 28 floors takes 18 min 20 s ± 2 min (DTU/Sharjah 2014)', () => {
    const r = runEvacuation(dtuTower(0), { seed: 1, firefighters: crew(0) });
    const g = r.firefighters[0]!;
    console.log(`empty stair: 28 floors in ${g.arrivalTime} s (published 1100 ± 120 s)`);
    expect(g.arrivalTime).not.toBeNull();
    expect(g.arrivalTime!).toBeGreaterThanOrEqual(1100 - 120);
    expect(g.arrivalTime!).toBeLessThanOrEqual(1100 + 120);
    // Nobody in their way: the closed-form empty-stair time, within two steps of the simulated one.
    expect(Math.abs(g.delay!)).toBeLessThanOrEqual(0.2 + 1e-9);
    expect(g.stair).toBe('S');
  });

  it('a crowded stair delays them, they still arrive, and the evacuation still completes', () => {
    // 28 storeys × 20 residents coming down while the crew climbs from t = 60 s.
    const r = runEvacuation(dtuTower(20), { seed: 2, firefighters: crew(60) });
    const g = r.firefighters[0]!;
    console.log(
      `crowded stair: arrival ${g.arrivalTime} s, empty-stair ${g.emptyStairTime} s, delay ${g.delay} s`,
    );
    expect(r.status).toBe('complete');
    expect(r.evacuated).toBe(28 * 20);
    expect(g.arrivalTime).not.toBeNull();
    expect(g.delay!).toBeGreaterThan(30);
    expect(g.arrivalTime!).toBeCloseTo(g.emptyStairTime! + g.delay!, 1);
  });

  it('the crew slows the people coming down (they share the stair)', () => {
    const without = runEvacuation(dtuTower(20), { seed: 2 });
    const withCrew = runEvacuation(dtuTower(20), { seed: 2, firefighters: [{ ...crew(60)[0]!, count: 12 }] });
    expect(withCrew.evacuationTime!).toBeGreaterThanOrEqual(without.evacuationTime!);
  });
});

describe('firefighters: the crowd on the entry floor', () => {
  /**
   * Three storeys 3 m apart. Ground floor: a 30 × 6 m lobby with the street door (1.6 m) at its west
   * end and the stair landing at its east end; `crowd` residents in the lobby leave by the street door
   * the crew comes in by. The crew (4) enters at 5 s and climbs to F3.
   */
  const lobby = (crowd: number) =>
    building(
      [1, 2, 3].map((k) => ({
        id: `F${k}`,
        elevation: (k - 1) * 3,
        height: 3,
        spaces: [
          space(
            `F${k}-lobby`,
            rect(0, 0, 30, 6),
            k === 1 && crowd > 0 ? { count: crowd, profile: 'adult-now' } : undefined,
          ),
          space(`F${k}-stair`, rect(30, 0, 33, 6), undefined, 'stair'),
        ],
        doors: [
          door(`F${k}-d`, `F${k}-lobby`, `F${k}-stair`, [30, 2.2], [30, 3.8]),
          ...(k === 1 ? [door('street', 'F1-lobby', 'outside', [0, 2.2], [0, 3.8])] : []),
        ],
      })),
      {
        profiles: [
          {
            id: 'adult-now',
            speed: { type: 'normal', mean: 1.34, sd: 0.26, min: 0.5, max: 2.2 },
            radius: 0.2,
            premovement: { type: 'uniform', min: 0, max: 10 },
          },
        ],
        stairs: [
          {
            id: 'S',
            width: 1.2,
            riser: 0.175,
            tread: 0.26,
            enclosure: 'enclosed',
            landings: [1, 2, 3].map((k) => ({ storey: `F${k}`, space: `F${k}-stair` })),
          },
        ],
      },
    );
  const crew = [{ count: 4, enter: 'street', to: 'F3', start: 5 }];

  it('a crowded lobby delays their walk to the stair; an empty one does not', () => {
    const empty = runEvacuation(lobby(0), { seed: 3, firefighters: crew }).firefighters[0]!;
    const few = runEvacuation(lobby(10), { seed: 3, firefighters: crew }).firefighters[0]!;
    const full = runEvacuation(lobby(200), { seed: 3, firefighters: crew });
    const g = full.firefighters[0]!;
    console.log(
      `lobby walk: empty ${empty.arrivalTime} s (delay ${empty.delay} s); 10 residents ${few.arrivalTime} s ` +
        `(delay ${few.delay} s); 200 residents ${g.arrivalTime} s (delay ${g.delay} s)`,
    );
    // Empty: the closed-form time (walk down the field at level speed, then the climb).
    expect(Math.abs(empty.delay!)).toBeLessThanOrEqual(0.2 + 1e-9);
    // 200 people (1.1 p/m²) pouring out of the door they come in by: a clear delay, yet they arrive.
    expect(full.status).toBe('complete');
    expect(full.evacuated).toBe(200);
    expect(g.arrivalTime).not.toBeNull();
    // (measured 8.6–10.4 s, seed 3, as the floor model changed: 30 m of lobby at Weidmann's 0.3–0.8
    // of their 1.19 m/s near the door)
    expect(g.delay!).toBeGreaterThan(5);
    // A thin crowd costs little, and less than a thick one.
    expect(few.delay!).toBeGreaterThanOrEqual(0);
    expect(few.delay!).toBeLessThan(g.delay!);
  });
});
