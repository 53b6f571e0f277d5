/**
 * IMO MSC.1/Circ.1533 test 11 / NIST TN 1822 Verif.5.1 (congestion on the way to a stair), as in
 * shared/reference/evacuation-verification.md §2 (IMO table, test 11) and §4 (5.1): 100 agents in an
 * 8 × 5 m room → 2 m corridor → stair. Criterion: congestion at the room exit and at the stair, a
 * steadier (less dense) flow in the corridor. (RiMEA 7 demographics: routing-population.test.ts;
 * IMO 7 and 8: imo-7-8.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { prepareEvacuation, stepSim } from '../../../sim-core/evacuation/index.ts';
import type { Sim } from '../../../sim-core/evacuation/index.ts';
import { SAFE } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import { building, door, gridPositions, rect, space } from './buildings.ts';

/** People on storey `s` in the box [x0, x1] × [y0, y1] who are not yet safe. */
function countIn(sim: Sim, s: number, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let i = 0; i < sim.a.n; i++) {
    if (sim.a.state[i] === SAFE || sim.a.storey[i] !== s) continue;
    const x = sim.a.x[i]!;
    const y = sim.a.y[i]!;
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) n++;
  }
  return n;
}

/**
 * Upper storey (z = 3 m): room 8 × 5 with a 1 m door centred on its east wall → corridor 10 × 2 →
 * stair landing 3 × 4 (2 m door); a 1.2 m stair (165/305 mm) down to the ground landing, whose 2 m
 * door is the exit. 100 persons fill the room on a 0.45 m grid.
 */
function congestionBuilding() {
  return building(
    [
      {
        id: 'F1',
        elevation: 0,
        height: 3,
        spaces: [space('F1-stair', rect(18, 0.5, 21, 4.5), undefined, 'stair')],
        doors: [door('exit', 'F1-stair', 'outside', [21, 1.5], [21, 3.5])],
      },
      {
        id: 'F2',
        elevation: 3,
        height: 3,
        spaces: [
          space('room', rect(0, 0, 8, 5), {
            positions: gridPositions(100, 0.1, 0.1, 7.9, 4.9, 0.45),
            profile: 'w',
          }),
          space('corr', rect(8, 1.5, 18, 3.5), undefined, 'corridor'),
          space('F2-stair', rect(18, 0.5, 21, 4.5), undefined, 'stair'),
        ],
        doors: [
          door('room-door', 'room', 'corr', [8, 2], [8, 3]),
          door('stair-door', 'corr', 'F2-stair', [18, 1.5], [18, 3.5]),
        ],
      },
    ],
    {
      profiles: [
        {
          id: 'w',
          // Weidmann 1993 free speed N(1.34, 0.26), truncated as in Vadere's scenarios; reaction 0.
          speed: { type: 'normal', mean: 1.34, sd: 0.26, min: 0.5, max: 2.2 },
          radius: 0.2,
          premovement: { type: 'constant', value: 0 },
          stairFactor: 1,
        },
      ],
      stairs: [
        {
          id: 'S',
          width: 1.2,
          riser: 0.165,
          tread: 0.305,
          enclosure: 'enclosed',
          landings: [
            { storey: 'F1', space: 'F1-stair' },
            { storey: 'F2', space: 'F2-stair' },
          ],
        },
      ],
    },
  );
}

describe('IMO 11 / NIST 5.1: congestion at the room exit and at the stair', () => {
  it('100 agents: queues before the 1 m room door and at the stair entry, the corridor less dense', () => {
    const sim = prepareEvacuation(congestionBuilding(), { seed: 511 });
    const F2 = sim.layout.storeyIndex.get('F2')!;
    let peakDoor = 0; // 1.5 × 2 m box (3 m²) in the room before its door
    let peakCorr = 0; // 4 × 2 m box (8 m²) in the corridor's middle
    let peakLanding = 0; // the 3 × 4 m top landing (12 m²), walkers waiting for the flight
    let peakQueue = 0; // persons in the lane-entry queue at the landing
    while (sim.safe < sim.a.n && sim.t < 900) {
      stepSim(sim);
      peakDoor = Math.max(peakDoor, countIn(sim, F2, 6.5, 1.5, 8, 3.5) / 3);
      peakCorr = Math.max(peakCorr, countIn(sim, F2, 11, 1.5, 15, 3.5) / 8);
      peakLanding = Math.max(peakLanding, countIn(sim, F2, 18, 0.5, 21, 4.5) / 12);
      let q = 0;
      for (let k = 0; k < sim.qLen.length; k++) q += sim.qLen[k]!;
      peakQueue = Math.max(peakQueue, q);
    }
    console.log(
      `IMO 11: room-door density ${peakDoor.toFixed(2)} p/m², corridor ${peakCorr.toFixed(2)} p/m², ` +
        `landing ${peakLanding.toFixed(2)} p/m², stair queue ${peakQueue}, t ${sim.t.toFixed(1)} s`,
    );
    expect(sim.safe).toBe(100);
    // Congestion at the room exit: above 2 p/m² (Fruin LoS E starts at 1.08 p/m² for walkways).
    expect(peakDoor).toBeGreaterThan(2);
    // The corridor carries a steadier flow: its peak density at most half that before the door.
    expect(peakCorr).toBeLessThanOrEqual(peakDoor / 2);
    // Congestion at the stair: people queue at the lane entry, and the landing fills denser than
    // the corridor.
    expect(peakQueue).toBeGreaterThan(0);
    expect(peakLanding).toBeGreaterThan(peakCorr);
  });
});
