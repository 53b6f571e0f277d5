/**
 * Fire-water equipment as markers: indoor hydrant valves (消火栓) on their storey at the wall,
 * and pump inlets (水泵接合器) at ground level where a fire engine connects. Placements only; the
 * scene instances them. The water overlay (water-overlay.ts) colours the hydrant instances by the
 * engine's outlet pressures, matched through hydrantMarkerIds.
 */
import type { Building } from '../../../models/index.ts';
import type { Placement } from './instances.ts';

export function hydrantPlacements(building: Building): Placement[] {
  const storeys = new Map(building.storeys.map((s) => [s.id, s]));
  const out: Placement[] = [];
  for (const h of building.water?.hydrants ?? []) {
    const storey = storeys.get(h.storey);
    if (storey === undefined) continue;
    out.push({
      x: h.at[0],
      y: h.at[1],
      z: storey.elevation + 0.2,
      yaw: 0,
      length: 0.7,
      height: 1.1,
      depth: 0.7,
    });
  }
  return out;
}

/** The hydrant id of each instance of hydrantPlacements, in the same order. */
export function hydrantMarkerIds(building: Building): string[] {
  const storeys = new Set(building.storeys.map((s) => s.id));
  return (building.water?.hydrants ?? []).filter((h) => storeys.has(h.storey)).map((h) => h.id);
}

export function inletPlacements(building: Building): Placement[] {
  return (building.water?.inlets ?? []).map((i) => ({
    x: i.at[0],
    y: i.at[1],
    z: 0,
    yaw: 0,
    length: 0.8,
    height: 1.2,
    depth: 0.8,
  }));
}

/** The water equipment a scenario can fail (`{ "fail": id }`): pumps stop, tanks empty, valves shut. */
export type EquipmentKind = 'pump' | 'tank' | 'valve';

/** Where a pump, tank or valve is drawn and picked (model frame), and the storey it belongs to. */
export interface EquipmentMarker {
  id: string;
  kind: EquipmentKind;
  x: number;
  y: number;
  z: number;
  /** Index into `building.storeys`: the storey whose height holds `z`, else the nearest. */
  storey: number;
}

/** Spacing of equipment markers in a row (m): a marker is 1.2 m wide, so they do not touch. */
const EQUIPMENT_STEP = 1.6;

/**
 * Schematic places for pumps, tanks and valves. The format has no geometry for them (only the
 * network topology), so they stand in rows beside the foot of the first hydrant column, at the
 * elevation of the junction they feed (pumps, valves: their `to`) or their own (tanks): pumps
 * 2 m east of the column, tanks 2.5 m north of the pumps, valves 2 m west. The water overlay draws
 * the pumps here and the scenario editor's pick targets sit on the same spots.
 */
export function waterEquipment(building: Building): EquipmentMarker[] {
  const w = building.water;
  if (w === undefined || building.storeys.length === 0) return [];
  const [fx, fy] = equipmentFoot(building);
  const junctionZ = new Map((w.junctions ?? []).map((j) => [j.id, j.elevation]));
  const out: EquipmentMarker[] = [];
  const put = (id: string, kind: EquipmentKind, x: number, y: number, z: number) =>
    out.push({ id, kind, x, y, z, storey: storeyAt(building, z) });
  (w.pumps ?? []).forEach((p, i) =>
    put(p.id, 'pump', fx + 2 + i * EQUIPMENT_STEP, fy, junctionZ.get(p.to) ?? 0),
  );
  (w.tanks ?? []).forEach((t, i) => put(t.id, 'tank', fx + 2 + i * EQUIPMENT_STEP, fy + 2.5, t.elevation));
  (w.valves ?? []).forEach((v, i) =>
    put(
      v.id,
      'valve',
      fx - 2 - (i % 2) * EQUIPMENT_STEP,
      fy,
      junctionZ.get(v.to) ?? junctionZ.get(v.from) ?? 0,
    ),
  );
  return out;
}

/** The plan position of the lowest hydrant in the first hydrant's column; else the first inlet; else the origin. */
function equipmentFoot(building: Building): [number, number] {
  const storeys = new Map(building.storeys.map((s) => [s.id, s.elevation]));
  const hydrants = (building.water?.hydrants ?? []).filter((h) => storeys.has(h.storey));
  const first = hydrants[0];
  if (first === undefined) {
    const inlet = building.water?.inlets?.[0];
    return inlet === undefined ? [0, 0] : [inlet.at[0], inlet.at[1]];
  }
  // Same column as the overlay's risers: plan positions within 0.5 m (water-overlay.ts riserSegments).
  const column = (h: { at: readonly [number, number] }) =>
    `${Math.round(h.at[0] * 2)}|${Math.round(h.at[1] * 2)}`;
  let foot = first;
  for (const h of hydrants)
    if (column(h) === column(first) && storeys.get(h.storey)! < storeys.get(foot.storey)!) foot = h;
  return [foot.at[0], foot.at[1]];
}

/** The storey whose [elevation, elevation + height) holds z; below all: the lowest; above: the highest. */
function storeyAt(building: Building, z: number): number {
  let best = 0;
  let bestGap = Infinity;
  for (const [i, s] of building.storeys.entries()) {
    if (z >= s.elevation && z < s.elevation + s.height) return i;
    const gap = z < s.elevation ? s.elevation - z : z - (s.elevation + s.height);
    if (gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  }
  return best;
}
