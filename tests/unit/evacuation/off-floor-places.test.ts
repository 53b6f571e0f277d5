/**
 * People off the 2-D floors in the trajectory frames (record/off-floor-places.ts, stair-flights.ts):
 * walkers on a stair lane on the dog-leg flight between its landings with their height, queues at a
 * landing on it or up the flight they came by, lift riders in the app's shaft at the car's height.
 */
import { describe, expect, it } from 'vitest';
import { liftShafts } from '../../../renderer/src/scene/lift-shafts.ts';
import { ON_STAIR, QUEUED, IN_LIFT } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import {
  dogLeg,
  fitStairWell,
  pointOnDogLeg,
  stairFlights,
} from '../../../sim-core/evacuation/record/stair-flights.ts';
import { carElevation } from '../../../sim-core/evacuation/record/off-floor-places.ts';
import { writeAgentFrame } from '../../../sim-core/evacuation/record/trajectory-recorder.ts';
import { runEvacuation, startEvacuation } from '../../../sim-core/evacuation/run/run-evacuation.ts';
import { flightLength } from '../../../sim-core/evacuation/stairs/stair-speed.ts';
import { LIFT_TOWER, liftTower, stairTower } from '../../verification/evacuation/buildings.ts';

const HEIGHT = 3;
const tower = stairTower({
  floors: 4,
  height: HEIGHT,
  perFloor: 30,
  riser: 0.17,
  tread: 0.28,
  width: 1.2,
  profile: 'adult',
});
/** The tower's stair well (every storey): x 10–13, y 0–6. */
const WELL = { minX: 10, maxX: 13, minY: 0, maxY: 6 };
const inWell = (x: number, y: number) =>
  x >= WELL.minX - 1e-4 && x <= WELL.maxX + 1e-4 && y >= WELL.minY - 1e-4 && y <= WELL.maxY + 1e-4;

describe('the dog-leg path (stair-flights.ts)', () => {
  // The yuzhong sample's stair A on F4: 1.6 × 7.9 m, its door on the y = 7.9 side.
  const well = fitStairWell(
    [
      [14.4, 0],
      [16, 0],
      [16, 7.9],
      [14.4, 7.9],
    ],
    [[15.2, 7.9]],
  );
  const leg = dogLeg(well, 3, 0.175, 0.26, 1.2);
  const p = new Float64Array(3);

  it('runs along the long side, floor landing at the door end, lane length = the engine’s', () => {
    expect(Math.abs(well.uy)).toBe(1);
    expect(well.oy).toBe(7.9);
    expect(leg.length).toBeCloseTo(flightLength(3, 0.175, 0.26, 1.2), 9);
    // Start of flight 1: on the floor landing's edge, floor height.
    pointOnDogLeg(leg, 0, 0, p, 0);
    expect(p[2]).toBe(0);
    expect(p[1]).toBeCloseTo(7.9 - leg.landingDepth, 9);
  });

  it('halfway along the lane: at the half-landing (far from the door), half the rise, inside the well', () => {
    pointOnDogLeg(leg, leg.length / 2, 0, p, 0);
    expect(p[2]).toBeCloseTo(1.5, 9);
    expect(p[1]).toBeLessThan(7.9 / 2);
    expect(p[0]).toBeGreaterThan(14.4);
    expect(p[0]).toBeLessThan(16);
    expect(p[1]).toBeGreaterThan(0);
  });

  it('rises monotonically, never leaves the well, ends one storey up above where it started', () => {
    let last = -1;
    for (let k = 0; k <= 200; k++) {
      pointOnDogLeg(leg, (k / 200) * leg.length, 0.15, p, 0);
      expect(p[2]!).toBeGreaterThanOrEqual(last - 1e-12);
      last = p[2]!;
      expect(p[0]!).toBeGreaterThanOrEqual(14.4);
      expect(p[0]!).toBeLessThanOrEqual(16);
      expect(p[1]!).toBeGreaterThanOrEqual(0);
      expect(p[1]!).toBeLessThanOrEqual(7.9);
    }
    const start = new Float64Array(3);
    pointOnDogLeg(leg, 0, 0, start, 0);
    pointOnDogLeg(leg, leg.length, 0, p, 0);
    expect(p[2]).toBe(3);
    expect(Math.hypot(p[0]! - start[0]!, p[1]! - start[1]!)).toBeLessThan(1e-9);
  });
});

describe('stair walkers in the frames', () => {
  it('a walker halfway down a flight is between the landings at half height, inside the stair', () => {
    const run = startEvacuation(tower, { seed: 2 });
    const sim = run.sim;
    let i = -1;
    while (i < 0 && !run.done()) {
      run.step();
      for (let k = 0; k < sim.a.n; k++)
        if (sim.a.state[k] === ON_STAIR && sim.laneUp[sim.a.lane[k]!] === 0) {
          i = k;
          break;
        }
    }
    expect(i).toBeGreaterThanOrEqual(0);
    const L = sim.a.lane[i]!;
    sim.a.lanePos[i] = sim.laneLength[L]! / 2;
    const from = sim.laneFrom[L]!;
    const out = new Float32Array(sim.a.n * 4);
    writeAgentFrame(sim, out, 0);
    // Storey: the landing they left (above); height: half a storey below its floor.
    expect(out[4 * i + 2]).toBe(sim.stairs[0]!.landings[from]!.storey);
    expect(out[4 * i + 3]).toBeCloseTo(-HEIGHT / 2, 5);
    expect(inWell(out[4 * i]!, out[4 * i + 1]!)).toBe(true);
    // A quarter of the way: on flight 2 going down, a quarter of the rise below.
    sim.a.lanePos[i] = sim.laneLength[L]! / 4;
    writeAgentFrame(sim, out, 0);
    expect(out[4 * i + 3]).toBeLessThan(0);
    expect(out[4 * i + 3]).toBeGreaterThan(-HEIGHT / 2);
  });

  it('over a whole run: everyone off the floor stays inside the well and within one storey of their landing', () => {
    const r = runEvacuation(tower, { seed: 2, record: { interval: 1, densityMaps: false } });
    const tr = r.trajectories!;
    let onStairs = 0;
    let maxDrop = 0;
    for (const f of tr.frames)
      for (let i = 0; i < tr.agents; i++) {
        const z = f[4 * i + 3]!;
        if (f[4 * i + 2]! < 0 || z === 0) continue;
        onStairs++;
        maxDrop = Math.min(maxDrop, z);
        expect(inWell(f[4 * i]!, f[4 * i + 1]!)).toBe(true);
        expect(z).toBeGreaterThanOrEqual(-HEIGHT - 1e-5);
        expect(z).toBeLessThanOrEqual(HEIGHT + 1e-5);
      }
    // 90 people walk down 1–3 storeys: many frames have them on a flight, down to a storey below.
    expect(onStairs).toBeGreaterThan(200);
    expect(maxDrop).toBeLessThan(-HEIGHT * 0.8);
  });

  it('a queue coming off the stair stands up the flight above the landing, two abreast', () => {
    // A crowded tower: the ground storey's lane fills and people queue at landings.
    const crowd = stairTower({
      floors: 4,
      height: HEIGHT,
      perFloor: 80,
      riser: 0.17,
      tread: 0.28,
      width: 1.2,
      profile: 'adult',
    });
    const run = startEvacuation(crowd, { seed: 1 });
    const sim = run.sim;
    const out = new Float32Array(sim.a.n * 4);
    let checked = 0;
    for (let step = 0; step < 3000 && !run.done() && checked < 4; step++) {
      run.step();
      if (step % 20 !== 0) continue;
      writeAgentFrame(sim, out, 0);
      for (let L = 0; L < sim.laneLength.length; L++) {
        let k = 0;
        for (let i = sim.qHead[2 * L]!; i >= 0; i = sim.a.queueNext[i]!, k++) {
          expect(sim.a.state[i]).toBe(QUEUED);
          // Down lane from landing j: they came down from j + 1, so they stand above landing j.
          expect(out[4 * i + 2]).toBe(sim.stairs[0]!.landings[sim.laneFrom[L]!]!.storey);
          if (sim.laneUp[L] === 0) expect(out[4 * i + 3]).toBeGreaterThan(0);
          expect(inWell(out[4 * i]!, out[4 * i + 1]!)).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1);
  });
});

describe('lift riders in the frames', () => {
  it('ride in the shaft the app draws, at the car’s height, between the stops', () => {
    const b = liftTower({ 5: 4 });
    const shaft = liftShafts(b)[0]!.placement;
    const run = startEvacuation(b, { seed: 1, useFireLifts: true });
    const sim = run.sim;
    const out = new Float32Array(sim.a.n * 4);
    let riding = 0;
    const heights = new Set<number>();
    while (!run.done()) {
      run.step();
      if (sim.step % 10 !== 0) continue;
      writeAgentFrame(sim, out, 0);
      const car = sim.lifts!.lifts[0]!;
      for (let i = 0; i < sim.a.n; i++) {
        if (sim.a.state[i] !== IN_LIFT) continue;
        riding++;
        const storey = out[4 * i + 2]!;
        const z = sim.layout.storeys[storey]!.elevation + out[4 * i + 3]!;
        expect(z).toBeCloseTo(carElevation(car, sim.t), 4);
        expect(z).toBeGreaterThanOrEqual(-1e-6);
        expect(z).toBeLessThanOrEqual(4 * LIFT_TOWER.HEIGHT + 1e-6);
        heights.add(Math.round(z));
        expect(Math.hypot(out[4 * i]! - shaft.x, out[4 * i + 1]! - shaft.y)).toBeLessThanOrEqual(0.45 + 1e-5);
      }
    }
    expect(riding).toBeGreaterThan(0);
    // The car was seen at several heights on its way down from F5 (12 m).
    expect(heights.size).toBeGreaterThan(3);
  });
});

describe('stairFlights of the samples', () => {
  it('one leg per pair of landings, rises equal to the storey heights', () => {
    for (const st of stairFlights(tower)) {
      expect(st.legs).toHaveLength(st.landings.length - 1);
      for (const leg of st.legs) expect(leg.rise).toBe(HEIGHT);
    }
  });
});
