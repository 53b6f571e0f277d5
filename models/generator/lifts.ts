/** Lifts: fire lifts first, then passenger lifts, all stopping at the lift lobby of every storey. */
import type { Storey } from '../schema/storey.ts';
import type { Elevator } from '../schema/vertical.ts';
import { LIFT_CAPACITY, LIFT_DOOR_TIME, liftSpeed, type BuildingClass } from './codes.ts';
import type { PlanLayout } from './plan.ts';
import { spaceIds } from './storey.ts';

export interface LiftCounts {
  fire: number;
  passenger: number;
}

/**
 * Default counts: the requested fire lift, plus passenger lifts. Residential: GB 50096-2011 6.4.1
 * (recalled, UNVERIFIED): lifts from 7 storeys, at least two from 12 storeys (a fire lift counts).
 * Office: one passenger lift per 15 storeys, 1 to 4 (typical, not from a code).
 */
export function defaultLifts(use: 'residential' | 'office', storeys: number, fireLift: boolean): LiftCounts {
  if (storeys < 2) return { fire: 0, passenger: 0 };
  const fire = fireLift ? 1 : 0;
  if (use === 'office') return { fire, passenger: Math.min(4, Math.max(1, Math.ceil(storeys / 15))) };
  if (storeys < 7) return { fire, passenger: 0 };
  return { fire, passenger: storeys >= 12 && fire === 0 ? 2 : 1 };
}

export function buildLifts(
  plan: PlanLayout,
  storeys: readonly Storey[],
  counts: LiftCounts,
  c: BuildingClass,
): Elevator[] {
  const lobby = plan.liftLobby;
  if (storeys.length < 2 || lobby === undefined) return [];
  const top = storeys[storeys.length - 1]!;
  const speed = liftSpeed(top.elevation - storeys[0]!.elevation);
  const stops = storeys.map((s) => ({ storey: s.id, space: spaceIds.room(s.id, lobby) }));
  const out: Elevator[] = [];
  for (let i = 1; i <= counts.fire; i++) {
    out.push({
      id: `FL${i}`,
      name: `Fire lift ${i}`,
      fire: true,
      speed,
      capacity: LIFT_CAPACITY.fire[c.use],
      doorTime: LIFT_DOOR_TIME,
      stops: stops.map((s) => ({ ...s })),
    });
  }
  for (let i = 1; i <= counts.passenger; i++) {
    out.push({
      id: `L${i}`,
      name: `Passenger lift ${i}`,
      fire: false,
      speed,
      capacity: LIFT_CAPACITY.passenger[c.use],
      doorTime: LIFT_DOOR_TIME,
      stops: stops.map((s) => ({ ...s })),
    });
  }
  return out;
}
