/**
 * The SFPE/IMO hydraulic mode (sim-core/evacuation/hydraulic) against published numbers and hand
 * calculations:
 * - IMO MSC/Circ.1238 Annex 1 simplified method, worked example (imorules.com GUID-50CED1FB…,
 *   shared/reference/evacuation-verification.md §6.3): stairs Fs 1.1 p/(m·s) ↔ S 0.55 m/s,
 *   corridors Fs 1.3 ↔ S 0.67 m/s; table row D 1.9 p/m² ↔ Fs 1.3, S 0.67.
 * - SFPE Handbook (Nelson & Mowrer; reference §6.2, constants UNVERIFIED): S = k − 0.266·k·D,
 *   Fs = S·D, corridor/door k 1.40, door boundary layers 15 cm each side.
 * - A room emptying through one door: T = N / (Fs·We) + travel.
 * - A 10-storey stair tower (the agent mode's test, stairs.test.ts): this mode within 15 % of the
 *   SFPE hand calculation (issue 3).
 */
import { describe, expect, it } from 'vitest';
import { runHydraulic } from '../../../sim-core/evacuation/hydraulic/index.ts';
import { floorSpeed, specificFlow, transition } from '../../../sim-core/evacuation/hydraulic/sfpe-flow.ts';
import { stairK, sfpeSpeed } from '../../../sim-core/evacuation/stairs/stair-speed.ts';
import { building, door, fixedProfile, gridPositions, rect, space, stairTower } from './buildings.ts';
import { SFPE_A, stairTowerHandCalculation } from './stair-tower-hand-calculation.ts';

const A = SFPE_A; // SFPE a (reference §6.2)

describe('IMO simplified method, worked example (reference §6.3)', () => {
  it('corridor at D = 1.9 p/m²: Fs 1.3 p/(m·s) and S 0.67 m/s, each within 5 %', () => {
    const d = 1.9;
    expect(Math.abs(specificFlow(1.4, d) - 1.3) / 1.3).toBeLessThanOrEqual(0.05);
    expect(Math.abs(floorSpeed(d) - 0.67) / 0.67).toBeLessThanOrEqual(0.05);
  });
  it('stair (165/305 mm, SFPE k 1.16) at D = 1.9 p/m²: Fs 1.1 and S 0.55 m/s, each within 5 %', () => {
    const k = stairK(0.165, 0.305);
    expect(k).toBeCloseTo(1.16, 6);
    expect(Math.abs(specificFlow(k, 1.9) - 1.1) / 1.1).toBeLessThanOrEqual(0.05);
    expect(Math.abs(sfpeSpeed(k, 1.9) - 0.55) / 0.55).toBeLessThanOrEqual(0.05);
  });
  it('the SFPE maximum of Fs is at D = 1/(2a) = 1.88 p/m², Fsm = k/(4a) (1.32 for k 1.40)', () => {
    let best = 0;
    let bestD = 0;
    for (let d = 0.5; d <= 3.8; d += 0.01) {
      const f = specificFlow(1.4, d);
      if (f > best) [best, bestD] = [f, d];
    }
    expect(bestD).toBeCloseTo(1 / (2 * A), 1);
    expect(best).toBeCloseTo(1.4 / (4 * A), 3);
  });
  it('transition: a 2 m flow at 1.0 p/(m·s) into a 1 m door gives 1.3 (capped) and queues 0.7 p/s', () => {
    const { fsOut, queueGrowth } = transition(1.0, 2, 1, 1.3);
    expect(fsOut).toBeCloseTo(1.3, 9);
    expect(queueGrowth).toBeCloseTo(0.7, 9);
    expect(transition(0.5, 1, 2, 1.3).fsOut).toBeCloseTo(0.25, 9);
  });
});

/** IMO test 4 / NIST 5.2 room: 8 × 5 m, one door of width w centred on the 5 m wall, N persons. */
function room(n: number, w: number) {
  return building(
    [
      {
        id: 'G',
        elevation: 0,
        height: 3,
        spaces: [
          space('room', rect(0, 0, 8, 5), {
            positions: gridPositions(n, 0.2, 0.2, 7.6, 4.8, 0.46),
            profile: 'p',
          }),
        ],
        doors: [door('exit', 'room', 'outside', [8, 2.5 - w / 2], [8, 2.5 + w / 2])],
      },
    ],
    { profiles: [fixedProfile('p', 1.34)] },
  );
}

describe('a room through one door: T = N / (Fs·We) + travel', () => {
  it.each([
    [100, 1.0],
    [100, 2.0],
    [60, 0.9],
  ])('%i persons, %f m door: RSET within 3 % of the hand calculation', (n, w) => {
    const r = runHydraulic(room(n, w), { seed: 1 });
    expect(r.status).toBe('complete');
    expect(r.evacuated).toBe(n);
    // Fs = 1.3 p/(m·s) (IMO doorway cap), We = w − 2 × 0.15 m (SFPE door-jamb boundary layers).
    const cap = 1.3 * (w - 0.3);
    // Travel: the person nearest the door (x = 7.56 m on the grid, 0.44 m from the door plane) at
    // the SFPE speed for the room's density N / 40 m².
    const nearest = Math.min(...gridPositions(n, 0.2, 0.2, 7.6, 4.8, 0.46).map(([x]) => 8 - x));
    const travel = nearest / sfpeSpeed(1.4, n / 40);
    const hand = n / cap + travel;
    const rel = Math.abs(r.evacuationTime! - hand) / hand;
    console.log(`room ${n} p, ${w} m door: sfpe ${r.evacuationTime} s, hand ${hand.toFixed(1)} s`);
    expect(rel).toBeLessThanOrEqual(0.03);
    expect(Math.abs(r.exits[0]!.flow! - cap) / cap).toBeLessThanOrEqual(0.03);
  });
});

describe('stair tower: hydraulic mode vs the SFPE hand calculation (issue 3: within 15 %)', () => {
  it('10 storeys × 40 persons down one 1.2 m stair', () => {
    const riser = 0.175;
    const tread = 0.26;
    const width = 1.2;
    const b = stairTower({
      floors: 10,
      height: 3,
      perFloor: 40,
      riser,
      tread,
      width,
      profile: 'p',
      profiles: [fixedProfile('p', 1.34)],
    });
    const sfpe = runHydraulic(b, { seed: 10 });
    expect(sfpe.status).toBe('complete');
    expect(sfpe.evacuated).toBe(360);
    // The agent mode is checked against the same hand calculation in stairs.test.ts.
    const { time: hand, fc } = stairTowerHandCalculation({ riser, tread, width, persons: 360 });
    const relS = Math.abs(sfpe.evacuationTime! - hand) / hand;
    console.log(
      `stair tower: hand ${hand.toFixed(1)} s, sfpe ${sfpe.evacuationTime} s (${(relS * 100).toFixed(1)} %)`,
    );
    expect(relS).toBeLessThanOrEqual(0.15);
    // The storeys clear top-down only in part: the lowest occupied storey (F2) merges into a full
    // stair at an equal share, so it clears after about 40 / (Fc / 2) s, not first and not last.
    const f2 = sfpe.storeys.find((s) => s.id === 'F2')!.clearTime!;
    const share = 40 / (fc / 2);
    console.log(`stair tower: F2 clears at ${f2} s; equal-share estimate ${share.toFixed(1)} s`);
    expect(f2).toBeGreaterThan(0.8 * share);
    expect(f2).toBeLessThan(1.25 * share + 15);
  });
});
