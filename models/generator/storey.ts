/**
 * One storey from the plan: spaces (units, corridor, core rooms, stair landings) and their doors.
 * Ground storeys get the final exits; refuge storeys have refuge areas where the units would be.
 */
import { OUTSIDE } from '../schema/building.ts';
import type { Door, Occupants, Space, Storey } from '../schema/storey.ts';
import { r3, rectPolygon } from './geometry.ts';
import type { PlanLayout } from './plan.ts';

export interface StoreySpec {
  /** 1 = ground. */
  number: number;
  elevation: number;
  height: number;
  refuge: boolean;
  /** Ground storey: exits from the stairs and the corridor ends. */
  ground: boolean;
}

export const storeyId = (n: number): string => `F${n}`;

/** Unit number as on the door plate: storey number then two digits ("1203"). */
export const unitCode = (storey: number, index: number): string =>
  `${storey}${String(index).padStart(2, '0')}`;

export const spaceIds = {
  corridor: (sid: string): string => `${sid}-corr`,
  room: (sid: string, suffix: string): string => `${sid}-${suffix}`,
  stair: (sid: string, stair: string): string => `${sid}-stair${stair}`,
  unit: (sid: string, code: string): string => `${sid}-${code}`,
  refuge: (sid: string, i: number): string => `${sid}-refuge-${i}`,
  services: (sid: string): string => `${sid}-shafts`,
};

/** Door ids of the ground-floor exits: by the stairs and at the two ends of the corridor. */
export const exitIds = {
  stair: (sid: string, stair: string): string => `d-${sid}-stair${stair}-exit`,
  west: (sid: string): string => `d-${sid}-exit-W`,
  east: (sid: string): string => `d-${sid}-exit-E`,
};

export function buildStorey(
  plan: PlanLayout,
  spec: StoreySpec,
  occupantsOf: (unitIndex: number) => Occupants | undefined,
): Storey {
  const sid = storeyId(spec.number);
  const corr = spaceIds.corridor(sid);
  const spaces: Space[] = [];
  const doors: Door[] = [];

  for (const u of plan.units) {
    if (spec.refuge) {
      // GB 50016-2014 (2018 ed.) 5.5.23: a refuge floor holds refuge areas, entered by fire doors.
      const id = spaceIds.refuge(sid, u.index);
      spaces.push({ id, kind: 'refuge', name: `Refuge area ${u.index}`, polygon: rectPolygon(u.rect) });
      doors.push({ id: `d-${id}`, spaces: [id, corr], segment: u.door, kind: 'fire-door' });
      continue;
    }
    const code = unitCode(spec.number, u.index);
    const id = spaceIds.unit(sid, code);
    const occupants = occupantsOf(u.index);
    spaces.push({
      id,
      kind: 'room',
      name: code,
      unit: code,
      polygon: rectPolygon(u.rect),
      ...(occupants ? { occupants } : {}),
    });
    doors.push({ id: `d-${id}`, spaces: [id, corr], segment: u.door });
  }
  spaces.push({ id: corr, kind: 'corridor', name: 'Corridor', polygon: rectPolygon(plan.corridor) });
  for (const room of plan.rooms) {
    const id = spaceIds.room(sid, room.suffix);
    const name =
      room.suffix === 'lobby' ? 'Lift lobby / front room' : `Front room, stair ${room.suffix.slice(-1)}`;
    spaces.push({ id, kind: room.kind, name, polygon: rectPolygon(room.rect) });
    doors.push({ id: `d-${id}`, spaces: [corr, id], segment: room.door, kind: 'fire-door' });
  }
  if (plan.services) {
    // Lift shafts, risers and ducts: part of the floor plate, never entered in an evacuation.
    const id = spaceIds.services(sid);
    spaces.push({ id, kind: 'other', name: 'Lift shafts and services', polygon: rectPolygon(plan.services) });
  }
  for (const st of plan.stairs) {
    const id = spaceIds.stair(sid, st.id);
    spaces.push({ id, kind: 'stair', name: `Stair ${st.id}`, polygon: rectPolygon(st.rect) });
    doors.push({
      id: `d-${id}`,
      spaces: [spaceIds.room(sid, st.from), id],
      segment: st.door,
      kind: 'fire-door',
    });
    if (spec.ground) {
      doors.push({
        id: exitIds.stair(sid, st.id),
        spaces: [id, OUTSIDE],
        segment: st.exit,
        name: `Stair ${st.id} exit`,
      });
    }
  }
  if (spec.ground) {
    doors.push({
      id: exitIds.west(sid),
      spaces: [corr, OUTSIDE],
      segment: plan.endExits.west,
      name: 'West entrance',
    });
    doors.push({
      id: exitIds.east(sid),
      spaces: [corr, OUTSIDE],
      segment: plan.endExits.east,
      name: 'Main entrance',
    });
  }
  return {
    id: sid,
    name: `${spec.number}F`,
    elevation: r3(spec.elevation),
    height: r3(spec.height),
    ...(spec.refuge ? { refuge: true } : {}),
    spaces,
    doors,
  };
}
