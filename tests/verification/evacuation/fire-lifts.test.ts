/**
 * Fire lifts for mobility-impaired occupants (engine option `useFireLifts`), in the spirit of NIST
 * TN 1822 Verif.2.7 "elevator usage": the simulated lift is compared with a hand calculation (the
 * NIST details are UNVERIFIED in the reference §4, so the calculation is stated here). A car that
 * starts at the lowest stop and serves N persons waiting on storey k with capacity c makes
 * trips = ⌈N/c⌉ round trips, each 2 × travel(k) + 2 × doorTime (one door cycle at the pickup stop,
 * one at the bottom), travel(k) = (z_k − z_1) / speed. The call comes when the first person stands
 * at the stop: at the first step, t = dt.
 */
import { describe, expect, it } from 'vitest';
import { runEvacuation } from '../../../sim-core/evacuation/index.ts';
import { LIFT_TOWER, liftTower } from './buildings.ts';

const DT = 0.1;
const { HEIGHT, LIFT } = LIFT_TOWER;

const travel = (k: number): number => ((k - 1) * HEIGHT) / LIFT.speed;

describe('fire lifts (NIST TN 1822 Verif.2.7 style hand calculation)', () => {
  it('N persons waiting on storey k: last arrival = dt + trips × (2 travel(k) + 2 doorTime)', () => {
    for (const [n, k] of [
      [10, 6],
      [4, 3],
    ] as const) {
      const r = runEvacuation(liftTower({ [k]: n }), { seed: 1, dt: DT, useFireLifts: true });
      const trips = Math.ceil(n / LIFT.capacity);
      const expected = DT + trips * (2 * travel(k) + 2 * LIFT.doorTime);
      const lift = r.lifts![0]!;
      console.log(
        `lift, ${n} waiting on F${k}: ${lift.trips} trips, last arrival ${lift.lastArrival} s (hand ${expected.toFixed(2)} s), RSET ${r.evacuationTime} s`,
      );
      expect(lift.trips).toBe(trips);
      expect(lift.carried).toBe(n);
      expect(lift.lastArrival!).toBeCloseTo(expected, 6);
      expect(r.status).toBe('complete');
      expect(r.evacuated).toBe(n);
      // Nobody used the stair, and everyone left the building after the car brought them down.
      expect(r.agents.every((p) => p.stairTime === 0 && p.exitTime! > DT + 2 * travel(k))).toBe(true);
      expect(r.evacuationTime!).toBeGreaterThan(lift.lastArrival!);
    }
  });

  it('collects from the highest waiting stop first, and stops below on the way down while it has room', () => {
    // Capacity 4, 2 on F6 and 2 on F3: one trip F1 → F6 → F3 → F1 with three door cycles.
    const one = runEvacuation(liftTower({ 6: 2, 3: 2 }), { seed: 1, dt: DT, useFireLifts: true });
    expect(one.lifts![0]!.trips).toBe(1);
    expect(one.lifts![0]!.lastArrival!).toBeCloseTo(DT + 2 * travel(6) + 3 * LIFT.doorTime, 6);
    // 5 on F6 and 2 on F3: F6 first (4 of them), then F3 (2) with the fifth of F6 above: the second
    // trip goes to F6 again and picks up F3 on the way down.
    const two = runEvacuation(liftTower({ 6: 5, 3: 2 }), { seed: 1, dt: DT, useFireLifts: true });
    const l = two.lifts![0]!;
    expect(l.trips).toBe(2);
    expect(l.carried).toBe(7);
    expect(l.lastArrival!).toBeCloseTo(
      DT + (2 * travel(6) + 2 * LIFT.doorTime) + (2 * travel(6) + 3 * LIFT.doorTime),
      6,
    );
    const exitF6 = two.agents.filter((p) => p.start === 'F6-lobby').map((p) => p.exitTime!);
    const exitF3 = two.agents.filter((p) => p.start === 'F3-lobby').map((p) => p.exitTime!);
    // Four of F6 came down on the first trip and left before the second car arrived; F3's two came
    // down with the fifth of F6 on the second.
    expect(exitF6.filter((t) => t < l.lastArrival!)).toHaveLength(4);
    expect(exitF3.every((t) => t > l.lastArrival!)).toBe(true);
  });

  it('people in a room walk to the lift stop on their storey; off by default they take the stair', () => {
    const b = liftTower({}, { 4: 3 });
    const withLift = runEvacuation(b, { seed: 1, dt: DT, useFireLifts: true });
    expect(withLift.lifts![0]!.carried).toBe(3);
    expect(withLift.agents.every((p) => p.stairTime === 0 && p.status === 'safe')).toBe(true);
    const without = runEvacuation(b, { seed: 1, dt: DT });
    expect(without.lifts).toBeUndefined();
    expect(without.agents.every((p) => p.stairTime > 0 && p.status === 'safe')).toBe(true);
  });

  it('a blocked lift (passable: false) or one closed during the run is not used for new trips', () => {
    const blocked = runEvacuation(liftTower({ 6: 3 }, {}, false), { seed: 1, dt: DT, useFireLifts: true });
    expect(blocked.lifts).toEqual([]);
    expect(blocked.agents.every((p) => p.stairTime > 0 && p.status === 'safe')).toBe(true);
    // Closed at 30 s: the first car (4 persons, leaves F6 at 10 + 8 s) finishes its trip; the other
    // 6 leave their stop and take the stair.
    const closed = runEvacuation(liftTower({ 6: 10 }), {
      seed: 1,
      dt: DT,
      useFireLifts: true,
      closures: [{ id: 'FL', at: 30 }],
    });
    const lift = closed.lifts![0]!;
    expect(lift.trips).toBe(1);
    expect(lift.carried).toBe(4);
    expect(lift.waiting).toBe(0);
    expect(closed.status).toBe('complete');
    expect(closed.agents.filter((p) => p.stairTime > 0)).toHaveLength(6);
  });
});
