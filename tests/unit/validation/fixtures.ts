/**
 * A small, complete, valid building for rule tests: two storeys (a room, a corridor and a stair
 * landing each), one stair, a water network, a site and a facade, and a scenario with every change
 * kind. Tests copy it with `validBuilding()` and break one thing.
 */
import type { Building } from '../../../models/schema/building.ts';

function storey(id: string, elevation: number, exit: boolean): Building['storeys'][number] {
  return {
    id,
    name: id,
    elevation,
    height: 3,
    spaces: [
      {
        id: `${id}-corr`,
        kind: 'corridor',
        polygon: [
          [0, 0],
          [10, 0],
          [10, 2],
          [0, 2],
        ],
      },
      {
        id: `${id}-room`,
        kind: 'room',
        unit: `${id}01`,
        polygon: [
          [0, 2],
          [6, 2],
          [6, 8],
          [0, 8],
        ],
        occupants: { count: 4, profile: 'adult' },
      },
      {
        id: `${id}-stair`,
        kind: 'stair',
        polygon: [
          [10, 0],
          [13, 0],
          [13, 6],
          [10, 6],
        ],
      },
    ],
    doors: [
      {
        id: `${id}-d-room`,
        spaces: [`${id}-room`, `${id}-corr`],
        segment: [
          [2, 2],
          [3, 2],
        ],
      },
      {
        id: `${id}-d-stair`,
        spaces: [`${id}-corr`, `${id}-stair`],
        segment: [
          [10, 0.5],
          [10, 1.5],
        ],
        kind: 'fire-door',
      },
      ...(exit
        ? [
            {
              id: `${id}-exit`,
              spaces: [`${id}-corr`, 'outside'] as [string, string],
              segment: [
                [0, 0.5],
                [0, 1.5],
              ] as [[number, number], [number, number]],
            },
          ]
        : []),
    ],
    obstacles: [
      {
        id: `${id}-col`,
        polygon: [
          [4, 0.8],
          [4.4, 0.8],
          [4.4, 1.2],
          [4, 1.2],
        ],
      },
    ],
  };
}

const BASE: Building = {
  format: 'lifeline-building',
  version: 1,
  name: 'Test block',
  use: 'residential',
  builtYear: 2005,
  storeys: [storey('F1', 0, true), storey('F2', 3, false)],
  stairs: [
    {
      id: 'S',
      width: 1.2,
      riser: 0.15,
      tread: 0.3,
      enclosure: 'smokeproof',
      landings: [
        { storey: 'F1', space: 'F1-stair' },
        { storey: 'F2', space: 'F2-stair' },
      ],
    },
  ],
  elevators: [],
  profiles: [
    {
      id: 'resident',
      speed: { type: 'normal', mean: 1.2, sd: 0.2, min: 0.5, max: 1.8 },
      radius: 0.2,
      premovement: { type: 'uniform', min: 30, max: 120 },
      stairFactor: 1,
    },
  ],
  water: {
    junctions: [
      { id: 'J1', elevation: 1.1 },
      { id: 'J2', elevation: 4.1 },
    ],
    reservoirs: [{ id: 'pool', head: -3 }],
    tanks: [{ id: 'roof', elevation: 8, level: 2, minLevel: 0.3, maxLevel: 2.5, diameter: 3 }],
    pipes: [
      { id: 'riser-1', from: 'J1', to: 'J2', length: 3, diameter: 0.1, roughness: 120 },
      { id: 'tank-pipe', from: 'roof', to: 'J2', length: 5, diameter: 0.1, roughness: 120, check: true },
    ],
    pumps: [
      {
        id: 'P1',
        from: 'pool',
        to: 'J1',
        role: 'fire',
        curve: [
          [0, 60],
          [0.01, 55],
          [0.02, 45],
        ],
      },
    ],
    valves: [{ id: 'PRV-1', from: 'J1', to: 'J2', type: 'PRV', diameter: 0.1, setting: 400000 }],
    hydrants: [
      {
        id: 'H-F2',
        junction: 'J2',
        storey: 'F2',
        at: [5, 1],
        hose: { length: 25, diameter: 0.065 },
        nozzle: { diameter: 0.019 },
      },
    ],
    inlets: [{ id: 'inlet-1', junction: 'J1', at: [-1, 1] }],
  },
  site: {
    drivable: [
      {
        id: 'road',
        kind: 'road',
        polygon: [
          [-20, -20],
          [30, -20],
          [30, -10],
          [-20, -10],
        ],
      },
      {
        id: 'rs',
        kind: 'rescue-site',
        slope: 0.01,
        polygon: [
          [-5, -10],
          [15, -10],
          [15, -5],
          [-5, -5],
        ],
      },
    ],
    obstacles: [
      {
        id: 'car-1',
        kind: 'parked-car',
        height: 1.5,
        removable: true,
        polygon: [
          [0, -18],
          [4.5, -18],
          [4.5, -16.2],
          [0, -16.2],
        ],
      },
    ],
    entrances: [{ id: 'gate', at: [-20, -15], heading: 0 }],
    hydrants: [{ id: 'city-1', at: [-18, -12], pressure: 200000 }],
    station: { name: 'Test station', travelTime: 300 },
  },
  facade: {
    openings: [
      {
        id: 'o-F2-1',
        storey: 'F2',
        unit: 'F201',
        at: [0, 5],
        width: 1.5,
        height: 1.5,
        sill: 0.9,
        kind: 'window',
        canopy: 'combustible',
        net: 'protruding',
        hatch: false,
      },
    ],
  },
  scenarios: [
    {
      id: 'all-changes',
      name: 'Every change kind',
      seed: 7,
      fire: { storey: 'F2', space: 'F2-room' },
      changes: [
        { block: 'F2-d-room' },
        { fail: 'P1' },
        { fail: 'PRV-1', mode: 'open' },
        { fail: 'roof' },
        { remove: 'car-1' },
        {
          add: {
            obstacles: [
              {
                id: 'van-1',
                kind: 'parked-car',
                height: 2.2,
                polygon: [
                  [5, -18],
                  [10, -18],
                  [10, -16],
                  [5, -16],
                ],
              },
            ],
          },
        },
        { occupants: { storey: 'F2', density: 0.1 } },
        { premovement: { type: 'uniform', min: 60, max: 300 } },
        { set: { path: '/stairs/0/width', value: 1.4 } },
      ],
      firefighters: [{ count: 4, enter: 'F1-exit', to: 'F2', start: 300 }],
      vehicles: ['pumper-CB10/60', 'aerial-54'],
    },
  ],
};

/** A fresh deep copy of the valid fixture building. */
export function validBuilding(): Building {
  return structuredClone(BASE);
}
