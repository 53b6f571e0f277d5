/**
 * Buildings for the renderer's unit tests: the e2e fixture (a valid two-storey tower) extended with
 * a site, facade openings, water markers, a storey obstacle and a lift, and the checked-in samples.
 */
import { readFileSync } from 'node:fs';
import { type Building, loadBuildingText } from '../../../models/index.ts';

const ROOT = new URL('../../../', import.meta.url);

export function sampleBuilding(id: string): Building {
  const result = loadBuildingText(readFileSync(new URL(`models/samples/${id}.json`, ROOT), 'utf8'), id);
  if (result.building === undefined) throw new Error(`sample ${id} does not load`);
  return result.building;
}

export function smallTowerText(): string {
  return readFileSync(new URL('tests/e2e/fixtures/small-tower.json', ROOT), 'utf8');
}

/** The small tower with one of everything the view draws (not validated: geometry only). */
export function richTower(): Building {
  const b = JSON.parse(smallTowerText()) as Building;
  b.storeys[0]!.obstacles = [
    {
      id: 'F1-col',
      polygon: [
        [10, 0.8],
        [10.4, 0.8],
        [10.4, 1.2],
        [10, 1.2],
      ],
    },
  ];
  b.elevators = [
    {
      id: 'L1',
      fire: true,
      speed: 2,
      capacity: 10,
      doorTime: 8,
      stops: [
        { storey: 'F1', space: 'F1-corridor' },
        { storey: 'F2', space: 'F2-corridor' },
      ],
    },
  ];
  b.site = {
    drivable: [
      {
        id: 'road',
        kind: 'road',
        polygon: [
          [-10, -12],
          [40, -12],
          [40, -6],
          [-10, -6],
        ],
      },
      {
        id: 'rs',
        kind: 'rescue-site',
        polygon: [
          [0, -6],
          [20, -6],
          [20, -1],
          [0, -1],
        ],
      },
    ],
    obstacles: [
      {
        id: 'car',
        kind: 'parked-car',
        height: 1.5,
        polygon: [
          [1, -10],
          [5, -10],
          [5, -8],
          [1, -8],
        ],
      },
      {
        id: 'arch',
        kind: 'overhead',
        clearance: 3.6,
        polygon: [
          [30, -12],
          [32, -12],
          [32, -6],
          [30, -6],
        ],
      },
    ],
    entrances: [{ id: 'gate', at: [-9, -9], heading: 0 }],
    hydrants: [{ id: 'city-h', at: [-5, -13], pressure: 200000 }],
  };
  b.facade = {
    openings: [
      // On the south wall of F2's corridor (y = 0), so the outside is towards −y.
      {
        id: 'o-south',
        storey: 'F2',
        at: [10, 0],
        width: 1.5,
        height: 1.5,
        sill: 0.9,
        kind: 'window',
        canopy: 'combustible',
        net: 'protruding',
        hatch: false,
      },
      // On the west wall of room 201 (x = 0): outside is towards −x.
      {
        id: 'o-west',
        storey: 'F2',
        at: [0, 5],
        width: 1.2,
        height: 1.4,
        sill: 0.9,
        kind: 'rescue-window',
        net: 'protruding',
        hatch: true,
      },
    ],
  };
  b.water = {
    hydrants: [
      {
        id: 'H-F2',
        junction: 'J',
        storey: 'F2',
        at: [12, 1],
        hose: { length: 25, diameter: 0.065 },
        nozzle: { diameter: 0.019 },
      },
    ],
    inlets: [{ id: 'inlet', junction: 'J', at: [-4, 1] }],
  };
  return b;
}
