/**
 * Indexes of a schema-valid building that every semantic rule needs: every id with its kind and
 * JSON path, and lookups from ids to storeys, spaces, doors, stairs, lifts and network nodes.
 * Built once per validation; rules stay short by asking it instead of searching the model.
 */
import type { Building } from '../schema/building.ts';
import type { Door, Space, Storey, StoreyObstacle } from '../schema/storey.ts';
import type { Elevator, Stair } from '../schema/vertical.ts';
import type { Profile } from '../schema/profile.ts';
import type { SiteObstacle } from '../schema/site.ts';
import type { Vehicle } from '../schema/vehicle.ts';
import { BUILTIN_PROFILES } from '../profiles/builtin.ts';
import { VEHICLE_CATALOGUE } from '../vehicles/catalogue.ts';
import { pointer } from './issue.ts';

export type IdKind =
  | 'storey'
  | 'space'
  | 'door'
  | 'storey-obstacle'
  | 'stair'
  | 'elevator'
  | 'profile'
  | 'junction'
  | 'reservoir'
  | 'tank'
  | 'pipe'
  | 'pump'
  | 'valve'
  | 'hydrant'
  | 'inlet'
  | 'drivable'
  | 'site-obstacle'
  | 'entrance'
  | 'city-hydrant'
  | 'opening'
  | 'vehicle'
  | 'scenario';

export interface IdEntry {
  kind: IdKind;
  path: string;
}

export interface SpaceEntry {
  space: Space;
  storey: Storey;
  storeyIndex: number;
  spaceIndex: number;
  path: string;
}

export interface DoorEntry {
  door: Door;
  storey: Storey;
  storeyIndex: number;
  doorIndex: number;
  path: string;
}

export interface ValidationContext {
  building: Building;
  /** First occurrence of every id in the file (duplicates are reported by rules/ids.ts). */
  ids: Map<string, IdEntry>;
  /** Every id occurrence in file order, duplicates included. */
  idList: (IdEntry & { id: string })[];
  storeys: Map<string, { storey: Storey; index: number }>;
  spaces: Map<string, SpaceEntry>;
  doors: Map<string, DoorEntry>;
  stairs: Map<string, { stair: Stair; index: number }>;
  elevators: Map<string, { elevator: Elevator; index: number }>;
  storeyObstacles: Map<string, { obstacle: StoreyObstacle; storey: Storey }>;
  siteObstacles: Map<string, { obstacle: SiteObstacle; index: number }>;
  /** Profiles a file may name: the built-ins, redefined or extended by the file's own. */
  profiles: Map<string, Profile>;
  /** Vehicles a scenario may name: the shipped catalogue, extended by the file's own. */
  vehicles: Map<string, Vehicle>;
  /** Water network nodes (junctions, reservoirs, tanks) by id. */
  waterNodes: Map<string, IdKind>;
}

export function buildContext(b: Building): ValidationContext {
  const ids = new Map<string, IdEntry>();
  const idList: (IdEntry & { id: string })[] = [];
  const note = (id: string, kind: IdKind, path: string): void => {
    idList.push({ id, kind, path });
    if (!ids.has(id)) ids.set(id, { kind, path });
  };
  const ctx: ValidationContext = {
    building: b,
    ids,
    idList,
    storeys: new Map(),
    spaces: new Map(),
    doors: new Map(),
    stairs: new Map(),
    elevators: new Map(),
    storeyObstacles: new Map(),
    siteObstacles: new Map(),
    profiles: new Map(BUILTIN_PROFILES.map((p) => [p.id, p])),
    vehicles: new Map(VEHICLE_CATALOGUE.map((v) => [v.id, v])),
    waterNodes: new Map(),
  };

  b.storeys.forEach((storey, si) => {
    note(storey.id, 'storey', pointer('storeys', si, 'id'));
    if (!ctx.storeys.has(storey.id)) ctx.storeys.set(storey.id, { storey, index: si });
    storey.spaces.forEach((space, i) => {
      const path = pointer('storeys', si, 'spaces', i);
      note(space.id, 'space', path + '/id');
      if (!ctx.spaces.has(space.id))
        ctx.spaces.set(space.id, { space, storey, storeyIndex: si, spaceIndex: i, path });
    });
    (storey.doors ?? []).forEach((door, i) => {
      const path = pointer('storeys', si, 'doors', i);
      note(door.id, 'door', path + '/id');
      if (!ctx.doors.has(door.id))
        ctx.doors.set(door.id, { door, storey, storeyIndex: si, doorIndex: i, path });
    });
    (storey.obstacles ?? []).forEach((obstacle, i) => {
      note(obstacle.id, 'storey-obstacle', pointer('storeys', si, 'obstacles', i, 'id'));
      if (!ctx.storeyObstacles.has(obstacle.id)) ctx.storeyObstacles.set(obstacle.id, { obstacle, storey });
    });
  });
  b.stairs.forEach((stair, i) => {
    note(stair.id, 'stair', pointer('stairs', i, 'id'));
    if (!ctx.stairs.has(stair.id)) ctx.stairs.set(stair.id, { stair, index: i });
  });
  (b.elevators ?? []).forEach((elevator, i) => {
    note(elevator.id, 'elevator', pointer('elevators', i, 'id'));
    if (!ctx.elevators.has(elevator.id)) ctx.elevators.set(elevator.id, { elevator, index: i });
  });
  (b.profiles ?? []).forEach((profile, i) => {
    note(profile.id, 'profile', pointer('profiles', i, 'id'));
    ctx.profiles.set(profile.id, profile);
  });
  const w = b.water;
  if (w) {
    const nodes: [IdKind, { id: string }[] | undefined, string][] = [
      ['junction', w.junctions, 'junctions'],
      ['reservoir', w.reservoirs, 'reservoirs'],
      ['tank', w.tanks, 'tanks'],
    ];
    for (const [kind, list, key] of nodes) {
      (list ?? []).forEach((n, i) => {
        note(n.id, kind, pointer('water', key, i, 'id'));
        if (!ctx.waterNodes.has(n.id)) ctx.waterNodes.set(n.id, kind);
      });
    }
    const others: [IdKind, { id: string }[] | undefined, string][] = [
      ['pipe', w.pipes, 'pipes'],
      ['pump', w.pumps, 'pumps'],
      ['valve', w.valves, 'valves'],
      ['hydrant', w.hydrants, 'hydrants'],
      ['inlet', w.inlets, 'inlets'],
    ];
    for (const [kind, list, key] of others) {
      (list ?? []).forEach((n, i) => note(n.id, kind, pointer('water', key, i, 'id')));
    }
  }
  const s = b.site;
  if (s) {
    (s.drivable ?? []).forEach((d, i) => note(d.id, 'drivable', pointer('site', 'drivable', i, 'id')));
    (s.obstacles ?? []).forEach((o, i) => {
      note(o.id, 'site-obstacle', pointer('site', 'obstacles', i, 'id'));
      if (!ctx.siteObstacles.has(o.id)) ctx.siteObstacles.set(o.id, { obstacle: o, index: i });
    });
    (s.entrances ?? []).forEach((e, i) => note(e.id, 'entrance', pointer('site', 'entrances', i, 'id')));
    (s.hydrants ?? []).forEach((h, i) => note(h.id, 'city-hydrant', pointer('site', 'hydrants', i, 'id')));
  }
  (b.facade?.openings ?? []).forEach((o, i) => note(o.id, 'opening', pointer('facade', 'openings', i, 'id')));
  (b.vehicles ?? []).forEach((v, i) => {
    note(v.id, 'vehicle', pointer('vehicles', i, 'id'));
    ctx.vehicles.set(v.id, v);
  });
  (b.scenarios ?? []).forEach((sc, i) => note(sc.id, 'scenario', pointer('scenarios', i, 'id')));
  return ctx;
}

/** Words for an id kind, for messages ("no door with id …"). */
export const KIND_WORDS: Record<IdKind, { en: string; zh: string }> = {
  storey: { en: 'storey', zh: '楼层' },
  space: { en: 'space', zh: '空间' },
  door: { en: 'door', zh: '门' },
  'storey-obstacle': { en: 'obstacle', zh: '障碍物' },
  stair: { en: 'stair', zh: '楼梯' },
  elevator: { en: 'elevator', zh: '电梯' },
  profile: { en: 'profile', zh: '人员类型' },
  junction: { en: 'junction', zh: '管网节点' },
  reservoir: { en: 'reservoir', zh: '水池' },
  tank: { en: 'tank', zh: '水箱' },
  pipe: { en: 'pipe', zh: '管道' },
  pump: { en: 'pump', zh: '水泵' },
  valve: { en: 'valve', zh: '阀门' },
  hydrant: { en: 'hydrant', zh: '消火栓' },
  inlet: { en: 'pump inlet', zh: '水泵接合器' },
  drivable: { en: 'drivable area', zh: '可通行区域' },
  'site-obstacle': { en: 'site obstacle', zh: '场地障碍物' },
  entrance: { en: 'entrance', zh: '入口' },
  'city-hydrant': { en: 'city hydrant', zh: '市政消火栓' },
  opening: { en: 'facade opening', zh: '外墙洞口' },
  vehicle: { en: 'vehicle', zh: '车辆' },
  scenario: { en: 'scenario', zh: '场景' },
};
