/**
 * The whole 3D scene of a building as plain three.js objects, built once per building: the
 * building (spaces per kind, edges, storey obstacles, doors, lift shafts) and one group per layer
 * (site, facade, water). Few draw calls whatever the size: geometry is merged per kind and repeated
 * markers are instanced. Storey isolation is done with the shared clipping planes (two constants
 * changed, no rebuild) and layers by `visible`, so nothing is allocated per frame or per click.
 */
import {
  type Box3,
  BoxGeometry,
  type BufferGeometry,
  CylinderGeometry,
  DoubleSide,
  Group,
  LineBasicMaterial,
  LineSegments,
  type Material,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  type Object3D,
  type Plane,
} from 'three';
import type { Building } from '../../../models/index.ts';
import type { LayerId } from '../view/layers.ts';
import { createBuildingGeometry, KIND_COLORS } from './building-geometry.ts';
import {
  CANOPY_COLORS,
  CITY_HYDRANT_COLOR,
  DOOR_COLORS,
  DRIVABLE_COLORS,
  ENTRANCE_COLOR,
  FIRE_LIFT_COLOR,
  HYDRANT_COLOR,
  INLET_COLOR,
  LIFT_COLOR,
  NET_COLORS,
  OBSTACLE_COLOR,
  OPENING_COLORS,
  SITE_BOUNDARY_COLOR,
  SITE_OBSTACLE_COLORS,
} from './colours.ts';
import { doorPlacements } from './door-markers.ts';
import { createFacadeGeometry } from './facade-geometry.ts';
import { instancedMarkers } from './instances.ts';
import { liftShafts } from './lift-shafts.ts';
import { createSiteGeometry } from './site-geometry.ts';
import { hydrantPlacements, inletPlacements } from './water-markers.ts';

export interface BuildingScene {
  root: Group;
  layers: Readonly<Record<LayerId | 'building', Group>>;
  /** Bounds of the building alone (three coordinates), for framing the camera. */
  bounds: Box3;
  /**
   * Shows the next part of what the first frame leaves out; false when everything is shown. Only
   * the spaces and their outlines are drawn at first, so the first frame compiles two shader
   * programs instead of about eight (with software GL each costs tens to hundreds of ms of the GPU
   * process's time, and the page waits for it); the building's markers, the site, the facade and
   * the water follow one part per frame, so no single frame compiles them all. Layer visibility is
   * separate (the layer groups).
   */
  revealNext(): boolean;
  dispose(): void;
}

function group(name: string): Group {
  const g = new Group();
  g.name = name;
  return g;
}

/**
 * `clip`: planes shared by everything that belongs to storeys (the view moves them); the site and
 * the pump inlets stand on the ground and are never clipped.
 */
export function createBuildingScene(building: Building, clip: Plane[]): BuildingScene {
  const materials: Material[] = [];
  const geometries: BufferGeometry[] = [];
  const lambert = (color: string, clipped: boolean, extra: Partial<MeshLambertMaterial> = {}) => {
    const m = new MeshLambertMaterial({ color, clippingPlanes: clipped ? clip : null, ...extra });
    materials.push(m);
    return m;
  };
  const unitBox = new BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
  const unitPost = new CylinderGeometry(0.5, 0.5, 1, 12).translate(0, 0.5, 0);
  geometries.push(unitBox, unitPost);

  const layers = {
    building: group('building'),
    site: group('layer:site'),
    facade: group('layer:facade'),
    water: group('layer:water'),
    // Filled by the playback of a run (playback/PeopleLayer.tsx); empty until then.
    // Filled by the access overlay of a finished access analysis (scene/access-overlay.ts).
    access: group('layer:access'),
    people: group('layer:people'),
  };
  const root = group('scene');
  root.add(layers.building, layers.site, layers.facade, layers.water, layers.access, layers.people);
  // Hidden until revealNext(), by layer in the order they are added.
  const rest = new Map<Group, Object3D[]>();
  const add = (to: Group, name: string, object: Object3D) => {
    object.name = name;
    to.add(object);
    if (!name.startsWith('space:') && name !== 'edges') {
      object.visible = false;
      const list = rest.get(to);
      if (list === undefined) rest.set(to, [object]);
      else list.push(object);
    }
  };

  // Building: spaces per kind, outlines, obstacles, doors, lifts.
  const bg = createBuildingGeometry(building);
  for (const layer of bg.layers)
    add(
      layers.building,
      `space:${layer.kind}`,
      new Mesh(layer.geometry, lambert(KIND_COLORS[layer.kind], true)),
    );
  const edgeMaterial = new LineBasicMaterial({
    color: '#1d2733',
    transparent: true,
    opacity: 0.4,
    clippingPlanes: clip,
  });
  materials.push(edgeMaterial);
  add(layers.building, 'edges', new LineSegments(bg.edges, edgeMaterial));
  if (bg.obstacles !== undefined)
    add(layers.building, 'obstacles', new Mesh(bg.obstacles, lambert(OBSTACLE_COLOR, true)));
  for (const [cls, list] of doorPlacements(building)) {
    if (list.length > 0)
      add(layers.building, `doors:${cls}`, instancedMarkers(unitBox, lambert(DOOR_COLORS[cls], true), list));
  }
  const shafts = liftShafts(building);
  for (const fire of [false, true]) {
    const list = shafts.filter((s) => s.fire === fire).map((s) => s.placement);
    const material = lambert(fire ? FIRE_LIFT_COLOR : LIFT_COLOR, true, {
      transparent: true,
      opacity: 0.5,
      depthWrite: false,
    });
    if (list.length > 0)
      add(layers.building, fire ? 'lifts:fire' : 'lifts', instancedMarkers(unitBox, material, list));
  }

  // Site, at ground level.
  const site = createSiteGeometry(building);
  for (const [kind, g] of site.drivable)
    add(layers.site, `drivable:${kind}`, new Mesh(g, lambert(DRIVABLE_COLORS[kind], false)));
  for (const [kind, g] of site.obstacles)
    add(layers.site, `site-obstacles:${kind}`, new Mesh(g, lambert(SITE_OBSTACLE_COLORS[kind], false)));
  if (site.boundary !== undefined) {
    const m = new LineBasicMaterial({ color: SITE_BOUNDARY_COLOR });
    materials.push(m);
    add(layers.site, 'site-boundary', new LineSegments(site.boundary, m));
  }
  if (site.entrances !== undefined)
    add(layers.site, 'entrances', new Mesh(site.entrances, lambert(ENTRANCE_COLOR, false)));
  if (site.hydrants.length > 0)
    add(
      layers.site,
      'city-hydrants',
      instancedMarkers(unitPost, lambert(CITY_HYDRANT_COLOR, false), site.hydrants),
    );

  // Facade openings with canopies and nets.
  const facade = createFacadeGeometry(building);
  for (const [kind, g] of facade.openings) {
    const m = new MeshBasicMaterial({ color: OPENING_COLORS[kind], side: DoubleSide, clippingPlanes: clip });
    materials.push(m);
    add(layers.facade, `openings:${kind}`, new Mesh(g, m));
  }
  for (const [cls, list] of facade.canopies)
    if (list.length > 0)
      add(
        layers.facade,
        `canopies:${cls}`,
        instancedMarkers(unitBox, lambert(CANOPY_COLORS[cls], true), list),
      );
  for (const [cls, list] of facade.nets)
    if (list.length > 0)
      add(
        layers.facade,
        `nets:${cls}`,
        instancedMarkers(unitBox, lambert(NET_COLORS[cls], true, { transparent: true, opacity: 0.6 }), list),
      );

  // Water: indoor hydrants on their storeys, pump inlets on the ground.
  const hydrants = hydrantPlacements(building);
  if (hydrants.length > 0)
    add(layers.water, 'hydrants', instancedMarkers(unitBox, lambert(HYDRANT_COLOR, true), hydrants));
  const inlets = inletPlacements(building);
  if (inlets.length > 0)
    add(layers.water, 'inlets', instancedMarkers(unitPost, lambert(INLET_COLOR, false), inlets));

  return {
    root,
    layers,
    bounds: bg.bounds,
    revealNext() {
      for (const [layer, list] of rest) {
        for (const o of list) o.visible = true;
        rest.delete(layer);
        return rest.size > 0;
      }
      return false;
    },
    dispose() {
      bg.dispose();
      site.dispose();
      facade.dispose();
      for (const g of geometries) g.dispose();
      for (const m of materials) m.dispose();
      root.traverse((o) => {
        if ('dispose' in o && typeof o.dispose === 'function') (o as { dispose(): void }).dispose();
      });
    },
  };
}
