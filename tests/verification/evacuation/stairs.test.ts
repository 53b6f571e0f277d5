/**
 * Stairs: RiMEA 2/3 (keep the set speed up and down a stair; JuPedSim v0.8.4 criterion ±5 %), and a
 * multi-storey stair tower against an SFPE hydraulic hand calculation (issue 3: within 15 %).
 * SFPE: speed S = k − a·k·D (a = 0.266), max specific flow Fsm = k/(4a) at D = 1/(2a) = 1.88 p/m²,
 * k = 1.00 for a 191/254 mm stair … 1.23 for 165/330 mm (SFPE Handbook, Nelson & Mowrer; values
 * UNVERIFIED in shared/reference/evacuation-verification.md §6.2, self-consistent with the table).
 */
import { describe, expect, it } from 'vitest';
import { runEvacuation } from '../../../sim-core/evacuation/index.ts';
import { building, door, fixedProfile, rect, space, stairTower } from './buildings.ts';
import { SFPE_A, stairTowerHandCalculation } from './stair-tower-hand-calculation.ts';

const A = SFPE_A;
const STAIR_UP_FACTOR = 0.88 / 1.1; // IMO stair caps, up / down (reference §6.3)

/** Two storeys 6 m apart joined by a 2 m wide stair whose two flights have 10 m of slope in all
 * (RiMEA 2: "2 m wide, 10 m along the slope"): 40 risers of 0.15 m, treads 0.20 m → each flight
 * 4 m run × 3 m rise = 5 m. The travel length adds two 180° turns of radius width/2 (π·w). */
function twoStoreys(up: boolean) {
  const person = { positions: [[5, 3]] as [number, number][], profile: 'p' };
  const storey = (id: string, z: number, occupied: boolean, safe: 'exit' | 'refuge' | 'none') => ({
    id,
    elevation: z,
    height: 6,
    spaces: [
      space(
        `${id}-room`,
        rect(0, 0, 10, 6),
        occupied ? person : undefined,
        safe === 'refuge' ? 'refuge' : 'room',
      ),
      space(`${id}-stair`, rect(10, 0, 14, 6), undefined, 'stair'),
    ],
    doors: [
      door(`${id}-d`, `${id}-room`, `${id}-stair`, [10, 2], [10, 4]),
      ...(safe === 'exit' ? [door(`${id}-exit`, `${id}-stair`, 'outside', [14, 2], [14, 4])] : []),
    ],
  });
  return building([storey('F1', 0, up, up ? 'none' : 'exit'), storey('F2', 6, !up, up ? 'refuge' : 'none')], {
    profiles: [fixedProfile('p', 1.34)],
    stairs: [
      {
        id: 'S',
        width: 2,
        riser: 0.15,
        tread: 0.2,
        enclosure: 'enclosed',
        landings: [
          { storey: 'F1', space: 'F1-stair' },
          { storey: 'F2', space: 'F2-stair' },
        ],
      },
    ],
  });
}

describe('RiMEA 2 / 3: keep the stair speed', () => {
  // k for tread/riser 0.20/0.15 = 1.33, the ratio of SFPE's 191/254 mm row: k = 1.00 m/s.
  const k = 1.0;
  const free = k * (1 - A * 0.54); // SFPE: constant speed below 0.54 p/m²
  const length = 10 + Math.PI * 2;
  it('down: time on the stair = length / SFPE free speed, ±5 %', () => {
    const r = runEvacuation(twoStoreys(false));
    expect(r.evacuated).toBe(1);
    const expected = length / free;
    expect(Math.abs(r.agents[0]!.stairTime - expected) / expected).toBeLessThanOrEqual(0.05);
  });
  it('up: slower by the IMO up/down ratio 0.88/1.1, ±5 %', () => {
    const r = runEvacuation(twoStoreys(true));
    expect(r.evacuated).toBe(1);
    const expected = length / (free * STAIR_UP_FACTOR);
    expect(Math.abs(r.agents[0]!.stairTime - expected) / expected).toBeLessThanOrEqual(0.05);
  });
});

describe('stair tower vs SFPE hand calculation', () => {
  it('10 storeys × 40 persons down one 1.2 m stair: total time within 15 % of the hand calculation', () => {
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
    const r = runEvacuation(b, { seed: 10 });
    expect(r.status).toBe('complete');
    expect(r.evacuated).toBe(360);

    const hand = stairTowerHandCalculation({ riser, tread, width, persons: 360 }).time;
    const rel = Math.abs(r.evacuationTime! - hand) / hand;
    console.log(
      `stair tower: engine ${r.evacuationTime} s, SFPE hand calculation ${hand.toFixed(1)} s (${(rel * 100).toFixed(1)} %)`,
    );
    expect(rel).toBeLessThanOrEqual(0.15);
  });
});
