/**
 * The water engine's answer drawn on the building (the "water" layer): each hydrant marker coloured
 * by its outlet pressure against GB 50974-2014 7.4.12 (green meets it; amber: solid jet reached or
 * wet but pressure below the minimum; red: neither, or dry), the risers through each column of
 * hydrants coloured the same way storey by storey, a label on each of the fire storey's flowing
 * hydrants (MPa, L/s) and the pumps with their operating points.
 *
 * The building format has no pipe or pump geometry (only the network topology), so the risers are
 * drawn through hydrants stacked at the same plan position and the pumps beside the foot of the
 * first riser, at their outlet junction's elevation: a schematic placement, not a survey.
 * The hydrant markers themselves are the scene's (water-markers.ts), recoloured here, not redrawn.
 */
import {
  BoxGeometry,
  Color,
  Group,
  type InstancedMesh,
  type Material,
  MeshLambertMaterial,
  type Plane,
} from 'three';
import type { Building } from '../../../models/index.ts';
import type { HydrantResult, PumpResult } from '../../../sim-core/water/model.ts';
import { formatLps, formatMpa } from '../water/format.ts';
import { instancedMarkers, type Placement } from './instances.ts';
import { overlayLabel, type OverlayLabel } from './overlay-labels.ts';
import { hydrantMarkerIds, waterEquipment } from './water-markers.ts';

export type PressureLevel = 'ok' | 'low' | 'fail';

export const PRESSURE_COLOURS: Readonly<Record<PressureLevel, string>> = {
  ok: '#3fbf5a',
  low: '#f2b233',
  fail: '#ff3b3b',
};

/**
 * A hydrant against the code. Flowing: its own 7.4.12 verdict (`ok`), else amber when the solid jet
 * is reached but the outlet pressure is below the minimum. Not flowing: wet and at or above the
 * minimum outlet pressure is green, wet but below is amber (it would need the pumps), dry is red.
 */
export function hydrantLevel(h: HydrantResult, minPressure: number): PressureLevel {
  if (h.dry) return 'fail';
  if (h.flowing) return h.ok ? 'ok' : h.effective ? 'low' : 'fail';
  if (!h.ok) return 'fail';
  return h.outletPressure >= minPressure ? 'ok' : 'low';
}

/** Riser segments: hydrants at the same plan position (to 0.5 m), bottom to top, joined storey to storey. */
export function riserSegments(
  building: Building,
  hydrants: readonly { id: string; storey: string; at: readonly [number, number] }[],
): { from: string; to: string; x: number; y: number; z0: number; z1: number }[] {
  const elevation = new Map(building.storeys.map((s) => [s.id, s.elevation]));
  const columns = new Map<string, { id: string; z: number; x: number; y: number }[]>();
  for (const h of hydrants) {
    const z = elevation.get(h.storey);
    if (z === undefined) continue;
    const key = `${Math.round(h.at[0] * 2)}|${Math.round(h.at[1] * 2)}`;
    const list = columns.get(key) ?? [];
    list.push({ id: h.id, z, x: h.at[0], y: h.at[1] });
    columns.set(key, list);
  }
  const out: { from: string; to: string; x: number; y: number; z0: number; z1: number }[] = [];
  for (const list of columns.values()) {
    list.sort((a, b) => a.z - b.z);
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]!;
      const b = list[i + 1]!;
      if (b.z > a.z) out.push({ from: a.id, to: b.id, x: a.x, y: a.y, z0: a.z + 0.2, z1: b.z + 0.2 });
    }
  }
  return out;
}

export interface WaterOverlayData {
  hydrants: readonly HydrantResult[];
  pumps: readonly PumpResult[];
  fireStorey: string | null;
  /** 7.4.12 minimum outlet pressure for this building (Pa). */
  minPressure: number;
}

export interface WaterOverlay {
  group: Group;
  dispose(): void;
}

const RISER_SIZE = 0.3;

/**
 * Builds the overlay and recolours `hydrantMesh` (the scene's instanced hydrant markers) from the
 * result; dispose() restores the markers' own colour. `clip`: the view's storey clipping planes.
 */
export function createWaterOverlay(
  building: Building,
  data: WaterOverlayData,
  hydrantMesh: InstancedMesh | undefined,
  clip: Plane[],
): WaterOverlay {
  const group = new Group();
  group.name = 'water-overlay';
  const materials: Material[] = [];
  const labels: OverlayLabel[] = [];
  const byId = new Map(data.hydrants.map((h) => [h.id, h]));
  const level = (id: string): PressureLevel => {
    const h = byId.get(id);
    return h === undefined ? 'fail' : hydrantLevel(h, data.minPressure);
  };
  const colour = new Color();

  // Recolour the scene's hydrant markers: white base so the instance colour shows as it is.
  let restore = (): void => {};
  if (hydrantMesh !== undefined) {
    const ids = hydrantMarkerIds(building);
    const material = hydrantMesh.material as MeshLambertMaterial;
    const base = material.color.clone();
    material.color.set('#ffffff');
    ids.forEach((id, i) => hydrantMesh.setColorAt(i, colour.set(PRESSURE_COLOURS[level(id)])));
    if (hydrantMesh.instanceColor) hydrantMesh.instanceColor.needsUpdate = true;
    material.needsUpdate = true;
    restore = () => {
      material.color.copy(base);
      hydrantMesh.instanceColor?.dispose();
      hydrantMesh.instanceColor = null;
      material.needsUpdate = true;
    };
  }

  // Risers, one instanced box per storey-to-storey segment, per pressure level.
  const unit = new BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
  const segments = riserSegments(building, building.water?.hydrants ?? []);
  for (const lv of ['ok', 'low', 'fail'] as const) {
    const list: Placement[] = segments
      .filter((s) => level(s.to) === lv)
      .map((s) => ({
        x: s.x,
        y: s.y,
        z: s.z0,
        yaw: 0,
        length: RISER_SIZE,
        height: s.z1 - s.z0,
        depth: RISER_SIZE,
      }));
    if (list.length === 0) continue;
    const m = new MeshLambertMaterial({ color: PRESSURE_COLOURS[lv], clippingPlanes: clip });
    materials.push(m);
    const mesh = instancedMarkers(unit, m, list);
    mesh.name = `risers:${lv}`;
    group.add(mesh);
  }

  // Labels on the fire storey's flowing hydrants.
  const where = new Map((building.water?.hydrants ?? []).map((h) => [h.id, h]));
  const elevation = new Map(building.storeys.map((s) => [s.id, s.elevation]));
  for (const h of data.hydrants) {
    if (!h.flowing || h.storey !== data.fireStorey) continue;
    const at = where.get(h.id);
    const z = elevation.get(h.storey);
    if (at === undefined || z === undefined) continue;
    const text = `${h.id} ${formatMpa(h.outletPressure)} MPa · ${formatLps(h.flow)} L/s`;
    const label = overlayLabel(text, at.at[0], at.at[1], z + 2.6, PRESSURE_COLOURS[level(h.id)], 1.4, clip);
    label.sprite.name = `label:${h.id}`;
    labels.push(label);
    group.add(label.sprite);
  }

  // Pumps beside the foot of the first riser, at their outlet junction's elevation: the schematic
  // places the scenario editor picks them at too (water-markers.ts waterEquipment).
  const pumps = waterEquipment(building).filter((e) => e.kind === 'pump');
  if (pumps.length > 0 && (building.water?.hydrants ?? []).length > 0) {
    const results = new Map(data.pumps.map((p) => [p.id, p]));
    const place: Placement[] = [];
    const idle: Placement[] = [];
    pumps.forEach((p, i) => {
      const { x, y, z } = p;
      const r = results.get(p.id);
      const running = r !== undefined && r.status === 'open' && r.flow > 0;
      (running ? place : idle).push({ x, y, z, yaw: 0, length: 1.2, height: 1.2, depth: 1.2 });
      const text = running ? `${p.id} ${formatLps(r.flow)} L/s · ${r.head.toFixed(0)} m` : `${p.id} —`;
      const label = overlayLabel(text, x, y, z + 2 + (i % 2) * 1.2, running ? '#4fa3ff' : '#7a8591', 1, null);
      label.sprite.name = `label:${p.id}`;
      labels.push(label);
      group.add(label.sprite);
    });
    for (const [list, col, name] of [
      [place, '#4fa3ff', 'pumps:running'],
      [idle, '#7a8591', 'pumps:idle'],
    ] as const) {
      if (list.length === 0) continue;
      const m = new MeshLambertMaterial({ color: col });
      materials.push(m);
      const mesh = instancedMarkers(unit, m, list);
      mesh.name = name;
      group.add(mesh);
    }
  }

  return {
    group,
    dispose() {
      restore();
      unit.dispose();
      for (const m of materials) m.dispose();
      for (const l of labels) l.dispose();
      group.traverse((o) => {
        if ('isInstancedMesh' in o) (o as InstancedMesh).dispose();
      });
    },
  };
}
