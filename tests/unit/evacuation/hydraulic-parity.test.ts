/**
 * Issue 3: "Both modes report the same outputs". The hydraulic (SFPE/IMO) mode runs scenario
 * firefighters and fire lifts from the same specification and code as the agent mode
 * (firefighters/firefighter-route.ts, lifts/lift-car.ts), and reports `firefighters` and `lifts` with
 * the same fields. Tolerance between the modes: ±25 % (they differ by design — the hydraulic mode
 * has per-node densities instead of local ones, 1 s steps instead of 0.1 s, no counterflow effect of
 * the crew on the evacuees; docs/evacuation.md "Hydraulic mode"). On an empty stair the climb is the
 * closed form in both: the same emptyStairTime, reached exactly by the hydraulic mode and within one
 * agent step by the agent mode.
 */
import { describe, expect, it } from 'vitest';
import { runEvacuation } from '../../../sim-core/evacuation/index.ts';
import { runHydraulic } from '../../../sim-core/evacuation/hydraulic/index.ts';
import { buildLayout } from '../../../sim-core/evacuation/layout/building-layout.ts';
import { buildStairs } from '../../../sim-core/evacuation/stairs/stair-network.ts';
import { sfpeSpeed } from '../../../sim-core/evacuation/stairs/stair-speed.ts';
import { FIREFIGHTER_UP_FACTOR } from '../../../sim-core/evacuation/constants.ts';
import { BUILTIN_PROFILES } from '../../../models/profiles/builtin.ts';
import { liftTower, stairTower } from '../../verification/evacuation/buildings.ts';

const TOLERANCE = 0.25;
const within = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE * Math.max(a, b);

/** Ten storeys of 3 m, one 1.2 m stair (SFPE 165/305 mm), `perFloor` adults on F2–F10. */
const tower = (perFloor: number) =>
  stairTower({ floors: 10, height: 3, perFloor, riser: 0.165, tread: 0.305, width: 1.2, profile: 'adult' });
/** A crew of 4 entering by the ground-floor stair exit 60 s after the alarm, climbing to F10. */
const crew = [{ count: 4, enter: 'exit', to: 'F10', start: 60 }];
const FIELDS = ['arrivalTime', 'count', 'delay', 'emptyStairTime', 'enter', 'group', 'stair', 'start', 'to'];

describe('hydraulic mode parity: firefighters', () => {
  it('empty stair: both modes give the closed-form time; sfpe arrives exactly on it', () => {
    const b = tower(0);
    const agent = runEvacuation(b, { seed: 1, firefighters: crew }).firefighters[0]!;
    const sfpe = runHydraulic(b, { seed: 1, firefighters: crew }).firefighters[0]!;
    // Closed form: start + Σ flight lengths / (SFPE free speed × the firefighter's stairFactor).
    const st = buildStairs(b, buildLayout(b))[0]!;
    const len = st.length.reduce((x, y) => x + y, 0);
    const factor = BUILTIN_PROFILES.find((p) => p.id === 'firefighter')!.stairFactor!;
    const closed = 60 + len / (sfpeSpeed(st.k, 0) * factor * FIREFIGHTER_UP_FACTOR);
    console.log(
      `empty stair: closed form ${closed.toFixed(2)} s, agent ${agent.arrivalTime} s, sfpe ${sfpe.arrivalTime} s`,
    );
    expect(sfpe.emptyStairTime).toBe(agent.emptyStairTime);
    expect(sfpe.emptyStairTime!).toBeCloseTo(closed, 2);
    expect(sfpe.arrivalTime).toBe(sfpe.emptyStairTime);
    expect(sfpe.delay).toBe(0);
    expect(Math.abs(agent.arrivalTime! - closed)).toBeLessThanOrEqual(0.1 + 0.01);
  });

  it('against 360 people coming down: both arrive late, within ±25 % of each other; same fields', () => {
    const b = tower(40);
    const a = runEvacuation(b, { seed: 1, firefighters: crew });
    const h = runHydraulic(b, { seed: 1, firefighters: crew });
    const fa = a.firefighters[0]!;
    const fh = h.firefighters[0]!;
    console.log(
      `crowded stair: agent arrival ${fa.arrivalTime} s (delay ${fa.delay} s, RSET ${a.evacuationTime} s), sfpe ${fh.arrivalTime} s (delay ${fh.delay} s, RSET ${h.evacuationTime} s)`,
    );
    expect(Object.keys(fh).sort()).toEqual(FIELDS);
    expect(Object.keys(fa).sort()).toEqual(FIELDS);
    expect(fh.stair).toBe('S');
    expect(fh.emptyStairTime).toBe(fa.emptyStairTime);
    expect(fa.delay!).toBeGreaterThan(30);
    expect(fh.delay!).toBeGreaterThan(30);
    expect(within(fa.arrivalTime!, fh.arrivalTime!)).toBe(true);
    expect(h.status).toBe('complete');
  });

  it('down a stair (a crew entering on F10 going to F3): the same closed form in both modes', () => {
    const b = tower(0);
    const down = [{ count: 2, enter: 'F10-d', to: 'F3', start: 5 }];
    const a = runEvacuation(b, { seed: 1, firefighters: down }).firefighters[0]!;
    const h = runHydraulic(b, { seed: 1, firefighters: down }).firefighters[0]!;
    expect(h.emptyStairTime).toBe(a.emptyStairTime);
    expect(h.emptyStairTime!).toBeGreaterThan(5);
    expect(h.arrivalTime).toBe(h.emptyStairTime);
    expect(Math.abs(a.arrivalTime! - a.emptyStairTime!)).toBeLessThanOrEqual(0.11);
  });
});

describe('hydraulic mode parity: fire lifts', () => {
  it('12 waiting in lobbies and 3 in a room: same trips and carried, last arrival and RSET within ±25 %', () => {
    const b = liftTower({ 6: 10, 3: 2 }, { 4: 3 });
    const a = runEvacuation(b, { seed: 1, useFireLifts: true });
    const h = runHydraulic(b, { seed: 1, useFireLifts: true });
    const la = a.lifts![0]!;
    const lh = h.lifts![0]!;
    console.log(
      `lift: agent ${la.trips} trips, ${la.carried} carried, last ${la.lastArrival} s, RSET ${a.evacuationTime} s; sfpe ${lh.trips} trips, ${lh.carried} carried, last ${lh.lastArrival} s, RSET ${h.evacuationTime} s`,
    );
    expect(Object.keys(lh).sort()).toEqual(Object.keys(la).sort());
    expect(lh.carried).toBe(15);
    expect(lh.carried).toBe(la.carried);
    expect(lh.trips).toBe(la.trips);
    expect(lh.waiting).toBe(0);
    expect(within(la.lastArrival!, lh.lastArrival!)).toBe(true);
    expect(within(a.evacuationTime!, h.evacuationTime!)).toBe(true);
    expect(h.status).toBe('complete');
    // Lift riders never set foot on the stair in either mode.
    expect(h.agents.every((p) => p.stairTime === 0)).toBe(true);
  });

  it('hand calculation (NIST 2.7 style): N waiting on storey k, last arrival = trips × round trip', () => {
    // Everyone waits from t = 0 in the hydraulic mode (the agent mode's first step is at dt).
    const b = liftTower({ 6: 10 });
    const h = runHydraulic(b, { seed: 1, useFireLifts: true }).lifts![0]!;
    const roundTrip = 2 * ((5 * 3) / 1.5) + 2 * 8;
    expect(h.trips).toBe(3);
    expect(h.lastArrival!).toBeCloseTo(3 * roundTrip, 6);
  });

  it('off: no `lifts` and the mobility-impaired take the stair, in both modes', () => {
    const b = liftTower({ 6: 3 });
    const h = runHydraulic(b, { seed: 1 });
    expect(h.lifts).toBeUndefined();
    expect(h.agents.every((p) => p.stairTime > 0 && p.status === 'safe')).toBe(true);
    expect(runEvacuation(b, { seed: 1 }).lifts).toBeUndefined();
  });
});
