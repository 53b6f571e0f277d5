/**
 * The access engine's answer drawn on the site (the "access" layer): each vehicle's planned path as a
 * ribbon on the ground with its body outline every few metres (the swept envelope, margin included),
 * where a route got stuck a red post, the obstacles that block a route (or must be towed for it)
 * raised in red with their names, and on the facade the openings an aerial appliance reaches in
 * green and those it cannot use because of a protruding net (or a combustible canopy) in red, with
 * the turntable of its best set-up marked, and on each outer wall the outline of what the basket
 * reaches from that turntable (access-reach-band.ts). "Play the drive" in the Trucks tab
 * (access-drive-playback.ts) moves a filled body outline along a route once (access-drive-pose.ts),
 * orange while reversing; frames are requested only while it plays (the canvas renders on demand).
 */
import {
  BoxGeometry,
  BufferGeometry,
  DoubleSide,
  Float32BufferAttribute,
  Group,
  LineBasicMaterial,
  LineSegments,
  type Material,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  type Plane,
} from 'three';
import { invalidate as invalidateAll } from '@react-three/fiber';
import type { Building, Vehicle } from '../../../models/index.ts';
import { VEHICLE_CATALOGUE } from '../../../models/index.ts';
import type { AccessReport } from '../../../sim-core/access/analyse-access.ts';
import { buildingOutline } from '../../../sim-core/access/building-outline.ts';
import { bodyCorners, vehicleGeometry } from '../../../sim-core/access/vehicle-geometry.ts';
import { driveDuration, driveTrack, poseAt } from './access-drive-pose.ts';
import { driveKey, onPlayDrive } from './access-drive-playback.ts';
import { outlineGeometry, reachColumns } from './access-reach-band.ts';
import { instancedMarkers, type Placement } from './instances.ts';
import { openingFrames } from './facade-geometry.ts';
import { overlayLabel, type OverlayLabel } from './overlay-labels.ts';
import { prism } from './prism.ts';

/** One colour per vehicle, in report order (distinct from the site's greys and the red of blocking). */
export const VEHICLE_COLOURS = ['#4fa3ff', '#c77dff', '#2ee6c8', '#ffd166', '#ff8fab'] as const;
export const BLOCKING_COLOUR = '#ff2d2d';
export const REACHED_COLOUR = '#3fdc5a';
/** The playing body: white driving forward, orange reversing (distinct from every vehicle colour). */
export const DRIVE_FORWARD_COLOUR = '#ffffff';
export const DRIVE_REVERSE_COLOUR = '#ff8c1a';

/** Path ribbon half-width (m) and height above the ground (m): visible over roads, under cars. */
const RIBBON_HALF = 0.35;
const RIBBON_Z = 0.12;
/** Body outline every this many metres of path. */
const OUTLINE_EVERY = 6;
/** How far the reach quads stand off the wall (m): in front of the facade's own quads. */
const REACH_STANDOFF = 0.16;
/** The reach outline stands a little nearer the wall than the opening quads, which stay on top. */
const BAND_STANDOFF = 0.1;
/** Width (m) of the reach outline's ribbon: a line is one pixel in WebGL, too thin to see far off. */
const BAND_WIDTH = 0.3;

/** The vehicles by id as the engine resolves them: the catalogue, then the file's own. */
export function vehicleIndex(b: Building): Map<string, Vehicle> {
  const byId = new Map<string, Vehicle>();
  for (const v of VEHICLE_CATALOGUE) byId.set(v.id, v);
  for (const v of b.vehicles ?? []) byId.set(v.id, v);
  return byId;
}

/** Obstacle ids that block some route or must be towed for one (drivable-area ids excluded). */
export function blockingObstacles(b: Building, report: AccessReport): string[] {
  const ids = new Set((b.site?.obstacles ?? []).map((o) => o.id));
  const out = new Set<string>();
  for (const v of report.vehicles) {
    if (v.reached) continue;
    for (const id of [...v.blockedBy, ...(v.removeToPass ?? [])]) if (ids.has(id)) out.add(id);
  }
  return [...out].sort();
}

/** Poses (x, y, θ rad) every `every` m along a path of [x, y, heading°] points, ends included. */
export function posesAlong(path: readonly (readonly number[])[], every: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  let since = Infinity;
  for (let i = 0; i < path.length; i++) {
    const p = path[i]!;
    if (i > 0) since += Math.hypot(p[0]! - path[i - 1]![0]!, p[1]! - path[i - 1]![1]!);
    if (since >= every || i === path.length - 1) {
      out.push([p[0]!, p[1]!, (p[2]! * Math.PI) / 180]);
      since = 0;
    }
  }
  return out;
}

/** A flat ribbon along a polyline at height z (three coordinates), two triangles per segment. */
function ribbon(path: readonly (readonly number[])[], half: number, z: number): BufferGeometry {
  const pos: number[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const [x0, y0] = path[i]! as [number, number];
    const [x1, y1] = path[i + 1]! as [number, number];
    const len = Math.hypot(x1 - x0, y1 - y0);
    if (len < 1e-6) continue;
    const nx = (-(y1 - y0) / len) * half;
    const ny = ((x1 - x0) / len) * half;
    const a = [x0 + nx, z, -(y0 + ny)];
    const b = [x0 - nx, z, -(y0 - ny)];
    const c = [x1 - nx, z, -(y1 - ny)];
    const d = [x1 + nx, z, -(y1 + ny)];
    pos.push(...a, ...b, ...c, ...a, ...c, ...d);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  return g;
}

export interface AccessOverlay {
  group: Group;
  dispose(): void;
}

/**
 * `building`: as the engine saw it (scenario applied), so the obstacles are the ones it planned
 * around. `clip`: the view's storey clipping planes, for the facade marks (the site is never clipped).
 */
export function createAccessOverlay(
  building: Building,
  report: AccessReport,
  clip: Plane[],
  invalidate: () => void = () => invalidateAll(),
): AccessOverlay {
  const group = new Group();
  group.name = 'access-overlay';
  const materials: Material[] = [];
  const geometries: BufferGeometry[] = [];
  const labels: OverlayLabel[] = [];
  const vehicles = vehicleIndex(building);
  const ids = [...new Set(report.vehicles.map((v) => v.id))];
  const colourOf = (id: string): string => VEHICLE_COLOURS[ids.indexOf(id) % VEHICLE_COLOURS.length]!;
  const basic = (color: string, extra: ConstructorParameters<typeof MeshBasicMaterial>[0] = {}) => {
    const m = new MeshBasicMaterial({ color, side: DoubleSide, ...extra });
    materials.push(m);
    return m;
  };

  // Paths and swept envelopes.
  const corners = new Float64Array(8);
  for (const route of report.vehicles) {
    if (!route.reached || route.path.length < 2) continue;
    const colour = colourOf(route.id);
    const g = ribbon(route.path, RIBBON_HALF, RIBBON_Z);
    geometries.push(g);
    const mesh = new Mesh(g, basic(colour, { transparent: true, opacity: 0.9 }));
    mesh.name = `path:${route.id}:${route.entrance}`;
    group.add(mesh);
    const v = vehicles.get(route.id);
    if (v === undefined) continue;
    const vg = vehicleGeometry(v);
    const seg: number[] = [];
    for (const [x, y, th] of posesAlong(route.path, OUTLINE_EVERY)) {
      bodyCorners(vg, x, y, th, corners);
      for (let k = 0; k < 4; k++) {
        const j = (k + 1) % 4;
        seg.push(corners[2 * k]!, RIBBON_Z + 0.05, -corners[2 * k + 1]!);
        seg.push(corners[2 * j]!, RIBBON_Z + 0.05, -corners[2 * j + 1]!);
      }
    }
    const outline = new BufferGeometry();
    outline.setAttribute('position', new Float32BufferAttribute(seg, 3));
    geometries.push(outline);
    const lm = new LineBasicMaterial({ color: colour });
    materials.push(lm);
    const lines = new LineSegments(outline, lm);
    lines.name = `envelope:${route.id}:${route.entrance}`;
    group.add(lines);
  }

  // Where a route got stuck, and what blocks it.
  const unit = new BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
  geometries.push(unit);
  const stuck: Placement[] = report.vehicles
    .filter((v) => !v.reached && v.stuckAt !== null)
    .map((v) => ({ x: v.stuckAt![0], y: v.stuckAt![1], z: 0, yaw: 0, length: 0.6, height: 4, depth: 0.6 }));
  const red = new MeshLambertMaterial({
    color: BLOCKING_COLOUR,
    emissive: '#661010',
    transparent: true,
    opacity: 0.85,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -2,
  });
  materials.push(red);
  if (stuck.length > 0) {
    const m = instancedMarkers(unit, red, stuck);
    m.name = 'stuck';
    group.add(m);
  }
  const blocking = new Set(blockingObstacles(building, report));
  for (const o of building.site?.obstacles ?? []) {
    if (!blocking.has(o.id)) continue;
    const z0 = o.kind === 'overhead' ? (o.clearance ?? 4) : 0;
    const z1 = o.kind === 'overhead' ? z0 + 0.6 : Math.max(o.height ?? 1.5, 0.3) + 0.05;
    const g = prism(o.polygon, z0, z1);
    geometries.push(g);
    const mesh = new Mesh(g, red);
    mesh.name = `blocking:${o.id}`;
    group.add(mesh);
    let cx = 0;
    let cy = 0;
    for (const [x, y] of o.polygon) {
      cx += x / o.polygon.length;
      cy += y / o.polygon.length;
    }
    const label = overlayLabel(o.id, cx, cy, z1 + 1.4, BLOCKING_COLOUR, 1.2, null);
    label.sprite.name = `label:${o.id}`;
    labels.push(label);
    group.add(label.sprite);
  }

  // The aerial reach on the facade.
  const reach = new Map(report.openings.map((o) => [o.id, o]));
  const green: number[] = [];
  const blocked: number[] = [];
  for (const f of openingFrames(building)) {
    const o = reach.get(f.id);
    if (o === undefined) continue;
    const target = o.reachableBy.length > 0 ? green : o.blocked !== null ? blocked : null;
    if (target === null) continue;
    const ox = f.x + f.nx * REACH_STANDOFF;
    const oy = f.y + f.ny * REACH_STANDOFF;
    const hw = f.width / 2 + 0.1;
    const p = (s: number, z: number) => [ox + f.ux * s, z, -(oy + f.uy * s)];
    const a = p(-hw, f.z0 - 0.1);
    const b = p(hw, f.z0 - 0.1);
    const c = p(hw, f.z1 + 0.1);
    const d = p(-hw, f.z1 + 0.1);
    target.push(...a, ...b, ...c, ...a, ...c, ...d);
  }
  for (const [pos, colour, name] of [
    [green, REACHED_COLOUR, 'reach:reachable'],
    [blocked, BLOCKING_COLOUR, 'reach:blocked'],
  ] as const) {
    if (pos.length === 0) continue;
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(pos, 3));
    geometries.push(g);
    const mesh = new Mesh(g, basic(colour, { clippingPlanes: clip }));
    mesh.name = name;
    group.add(mesh);
  }
  // The outline of what each aerial appliance reaches from its best set-up, per storey and wall piece.
  const withSetup = report.aerial.filter((a) => a.best !== null);
  if (withSetup.length > 0) {
    const outline = buildingOutline(building);
    for (const a of withSetup) {
      const env = vehicles.get(a.vehicle)?.aerial?.envelope ?? [];
      if (env.length === 0) continue;
      const tris: number[] = [];
      const contour: number[] = [];
      outline.storeys.forEach((pieces, i) => {
        const st = building.storeys[i];
        if (st === undefined) return;
        for (const w of pieces) {
          const cols = reachColumns(
            env,
            a.best!.x,
            a.best!.y,
            w.a,
            w.b,
            st.elevation,
            st.elevation + st.height,
          );
          outlineGeometry(
            cols,
            st.elevation,
            st.elevation + st.height,
            w.nx,
            w.ny,
            BAND_STANDOFF,
            BAND_WIDTH,
            tris,
            contour,
          );
        }
      });
      if (tris.length === 0 && contour.length === 0) continue;
      const colour = colourOf(a.vehicle);
      const bg = new BufferGeometry();
      bg.setAttribute('position', new Float32BufferAttribute(tris, 3));
      geometries.push(bg);
      const band = new Mesh(bg, basic(colour, { clippingPlanes: clip }));
      band.name = `reach-band:${a.vehicle}:${a.site}`;
      group.add(band);
      const cg = new BufferGeometry();
      cg.setAttribute('position', new Float32BufferAttribute(contour, 3));
      geometries.push(cg);
      const cm = new LineBasicMaterial({ color: colour, clippingPlanes: clip });
      materials.push(cm);
      const line = new LineSegments(cg, cm);
      line.name = `reach-contour:${a.vehicle}:${a.site}`;
      group.add(line);
    }
  }

  const turntables: Placement[] = [];
  for (const a of report.aerial) {
    if (a.best === null) continue;
    turntables.push({ x: a.best.x, y: a.best.y, z: 0, yaw: 0, length: 0.8, height: 6, depth: 0.8 });
    const text = `${a.vehicle} → ${a.highestStorey ?? '—'}`;
    const label = overlayLabel(text, a.best.x, a.best.y, 7.5, colourOf(a.vehicle), 1.3, null);
    label.sprite.name = `label:${a.vehicle}:${a.site}`;
    labels.push(label);
    group.add(label.sprite);
  }
  if (turntables.length > 0) {
    const m = new MeshLambertMaterial({ color: REACHED_COLOUR });
    materials.push(m);
    const mesh = instancedMarkers(unit, m, turntables);
    mesh.name = 'turntables';
    group.add(mesh);
  }

  const drive = createDrive(building, report, invalidate);
  group.add(drive.group);

  return {
    group,
    dispose() {
      drive.dispose();
      for (const g of geometries) g.dispose();
      for (const m of materials) m.dispose();
      for (const l of labels) l.dispose();
    },
  };
}

/**
 * The animated drive: one filled body (with its outline) hidden until a route is played, then moved
 * along that route once by requestAnimationFrame, asking the canvas for a frame each step; it rests
 * at the route's end afterwards (no more frames requested).
 */
function createDrive(
  building: Building,
  report: AccessReport,
  invalidate: () => void,
): { group: Group; dispose(): void } {
  const group = new Group();
  group.name = 'drive';
  group.visible = false;
  const fill = new BufferGeometry();
  fill.setAttribute('position', new Float32BufferAttribute(new Float32Array(18), 3));
  const edge = new BufferGeometry();
  edge.setAttribute('position', new Float32BufferAttribute(new Float32Array(24), 3));
  const fillMat = new MeshBasicMaterial({
    color: DRIVE_FORWARD_COLOUR,
    side: DoubleSide,
    transparent: true,
    opacity: 0.75,
    depthWrite: false,
  });
  const edgeMat = new LineBasicMaterial({ color: DRIVE_FORWARD_COLOUR });
  const body = new Mesh(fill, fillMat);
  body.name = 'drive:body';
  body.frustumCulled = false;
  const outline = new LineSegments(edge, edgeMat);
  outline.name = 'drive:outline';
  outline.frustumCulled = false;
  group.add(body, outline);

  const vehicles = vehicleIndex(building);
  const corners = new Float64Array(8);
  const pose = new Float64Array(4);
  const z = RIBBON_Z + 0.1;
  let frame = 0;

  const place = (vg: ReturnType<typeof vehicleGeometry>, x: number, y: number, th: number, rev: boolean) => {
    bodyCorners(vg, x, y, th, corners);
    const f = fill.getAttribute('position') as Float32BufferAttribute;
    const e = edge.getAttribute('position') as Float32BufferAttribute;
    const order = [0, 1, 2, 0, 2, 3];
    for (let k = 0; k < 6; k++) {
      const c = order[k]!;
      f.setXYZ(k, corners[2 * c]!, z, -corners[2 * c + 1]!);
    }
    for (let k = 0; k < 4; k++) {
      const j = (k + 1) % 4;
      e.setXYZ(2 * k, corners[2 * k]!, z + 0.02, -corners[2 * k + 1]!);
      e.setXYZ(2 * k + 1, corners[2 * j]!, z + 0.02, -corners[2 * j + 1]!);
    }
    f.needsUpdate = true;
    e.needsUpdate = true;
    fill.computeBoundingSphere();
    const colour = rev ? DRIVE_REVERSE_COLOUR : DRIVE_FORWARD_COLOUR;
    fillMat.color.set(colour);
    edgeMat.color.set(colour);
  };

  const stop = () => {
    if (frame !== 0) cancelAnimationFrame(frame);
    frame = 0;
  };

  const unsubscribe = onPlayDrive((key) => {
    const route = report.vehicles.find((r) => r.reached && driveKey(r.id, r.entrance) === key);
    const v = route === undefined ? undefined : vehicles.get(route.id);
    if (route === undefined || v === undefined || route.path.length < 2) return;
    stop();
    const vg = vehicleGeometry(v);
    const track = driveTrack(route.path);
    const duration = driveDuration(track.length) * 1000;
    const start = performance.now();
    group.visible = true;
    group.userData['playing'] = key;
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      poseAt(track, t * track.length, pose);
      place(vg, pose[0]!, pose[1]!, pose[2]!, pose[3] === 1);
      invalidate();
      if (t < 1) frame = requestAnimationFrame(step);
      else {
        frame = 0;
        group.userData['playing'] = null;
      }
    };
    step(start);
  });

  return {
    group,
    dispose() {
      stop();
      unsubscribe();
      fill.dispose();
      edge.dispose();
      fillMat.dispose();
      edgeMat.dispose();
    },
  };
}
