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
import { stairTower } from './buildings.ts';

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
