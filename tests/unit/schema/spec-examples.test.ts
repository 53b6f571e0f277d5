/**
 * Compatibility: every example object of the format specification (../shared/spec/building-format.md)
 * is accepted by the schema as written there (placeholder polygons `[...]` filled in).
 */
import { describe, expect, it } from 'vitest';
import { Storey } from '../../../models/schema/storey.ts';
import { Stair, Elevator } from '../../../models/schema/vertical.ts';
import { Profile } from '../../../models/schema/profile.ts';
import { Water } from '../../../models/schema/water.ts';
import { Site } from '../../../models/schema/site.ts';
import { Facade } from '../../../models/schema/facade.ts';
import { Scenario } from '../../../models/schema/scenario.ts';
import { Vehicle } from '../../../models/schema/vehicle.ts';
import { Building } from '../../../models/schema/building.ts';

const square: [number, number][] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
];

const ok = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  value: unknown,
): void => {
  const r = schema.safeParse(value);
  expect(r.error).toBeUndefined();
  expect(r.success).toBe(true);
};

describe('the specification’s examples are valid', () => {
  it('top level', () => {
    ok(Building, {
      format: 'lifeline-building',
      version: 1,
      name: 'Tower A',
      use: 'residential',
      builtYear: 1998,
      storeys: [{ id: 'F1', elevation: 0, height: 3, spaces: [{ id: 's', kind: 'room', polygon: square }] }],
      stairs: [],
      elevators: [],
      profiles: [],
      water: {},
      site: {},
      facade: {},
      vehicles: [],
      scenarios: [],
    });
  });

  it('storeys, spaces, doors, obstacles', () => {
    ok(Storey, {
      id: 'F3',
      name: '3F',
      elevation: 6.0,
      height: 3.0,
      refuge: false,
      spaces: [
        {
          id: 'F3-corridor',
          kind: 'corridor',
          polygon: [
            [0, 0],
            [20, 0],
            [20, 2],
            [0, 2],
          ],
        },
        {
          id: 'F3-301',
          kind: 'room',
          unit: '301',
          polygon: [
            [0, 2],
            [6, 2],
            [6, 9],
            [0, 9],
          ],
          occupants: { count: 4, profile: 'adult' },
        },
        {
          id: 'F3-stairA',
          kind: 'stair',
          polygon: [
            [20, 0],
            [23, 0],
            [23, 6],
            [20, 6],
          ],
        },
      ],
      doors: [
        {
          id: 'F3-d301',
          spaces: ['F3-301', 'F3-corridor'],
          segment: [
            [2, 2],
            [3, 2],
          ],
        },
        {
          id: 'F3-dA',
          spaces: ['F3-corridor', 'F3-stairA'],
          segment: [
            [20, 0.5],
            [20, 1.5],
          ],
          kind: 'fire-door',
        },
      ],
      obstacles: [
        {
          id: 'F3-col1',
          polygon: [
            [10, 0.8],
            [10.4, 0.8],
            [10.4, 1.2],
            [10, 1.2],
          ],
        },
      ],
    });
    ok(Storey, {
      id: 'F4',
      elevation: 9,
      height: 3,
      spaces: [
        {
          id: 'r',
          kind: 'room',
          polygon: square,
          occupants: {
            density: 0.1,
            mix: [
              { profile: 'adult', fraction: 0.8 },
              { profile: 'elderly', fraction: 0.2 },
            ],
            positions: [[0.5, 0.5]],
          },
        },
      ],
      doors: [
        {
          id: 'x',
          spaces: ['r', 'outside'],
          segment: [
            [0, 0.2],
            [0, 0.8],
          ],
          kind: 'opening',
          passable: true,
        },
      ],
    });
  });

  it('stairs and elevators', () => {
    ok(Stair, {
      id: 'A',
      width: 1.2,
      riser: 0.17,
      tread: 0.26,
      enclosure: 'smokeproof',
      landings: [
        { storey: 'F1', space: 'F1-stairA' },
        { storey: 'F2', space: 'F2-stairA' },
      ],
    });
    ok(Stair, {
      id: 'B',
      width: 1.2,
      riser: 0.17,
      tread: 0.26,
      enclosure: 'open',
      scissor: 'A',
      landings: [
        { storey: 'F1', space: 'a' },
        { storey: 'F2', space: 'b' },
      ],
    });
    ok(Elevator, {
      id: 'L',
      fire: true,
      speed: 2.5,
      capacity: 13,
      doorTime: 8,
      stops: [
        { storey: 'F1', space: 'F1-lift-lobby' },
        { storey: 'F2', space: 'F2-lift-lobby' },
      ],
    });
  });

  it('profiles and the five distributions', () => {
    ok(Profile, {
      id: 'elderly',
      name: 'Elderly',
      speed: { type: 'normal', mean: 0.9, sd: 0.2, min: 0.4, max: 1.3 },
      radius: 0.23,
      premovement: { type: 'lognormal', mean: 120, sd: 60 },
      stairFactor: 0.8,
    });
    for (const d of [
      { type: 'constant', value: 1 },
      { type: 'uniform', min: 0, max: 1 },
      { type: 'normal', mean: 1, sd: 0.1 },
      { type: 'lognormal', mean: 100, sd: 50 },
      { type: 'triangular', min: 0, mode: 1, max: 2 },
    ])
      ok(Profile, { id: 'p', speed: d, radius: 0.2, premovement: d });
  });

  it('water', () => {
    ok(Water, {
      junctions: [{ id: 'J-F20', elevation: 57.0 }],
      reservoirs: [{ id: 'pool', head: -3.0 }],
      tanks: [{ id: 'roof', elevation: 100.0, level: 3.0, minLevel: 0.3, maxLevel: 3.5, diameter: 6.0 }],
      pipes: [
        {
          id: 'riser-20',
          from: 'J-F19',
          to: 'J-F20',
          length: 3.0,
          diameter: 0.1,
          roughness: 120,
          check: false,
        },
      ],
      pumps: [
        {
          id: 'P1',
          from: 'pool',
          to: 'J-B1',
          role: 'fire',
          curve: [
            [0, 120],
            [0.04, 110],
            [0.06, 95],
          ],
        },
      ],
      valves: [{ id: 'PRV-low', from: 'J-F10', to: 'J-F9', type: 'PRV', diameter: 0.1, setting: 500000 }],
      hydrants: [
        {
          id: 'H-F20-1',
          junction: 'J-F20',
          storey: 'F20',
          at: [12, 1],
          hose: { length: 25, diameter: 0.065 },
          nozzle: { diameter: 0.019 },
        },
      ],
      inlets: [{ id: 'inlet-1', junction: 'J-G', at: [-4, 2] }],
    });
    ok(Water, {
      pipes: [{ id: 'p', from: 'a', to: 'b', length: 1, diameter: 0.1, roughness: 100, status: 'closed' }],
    });
  });

  it('site', () => {
    ok(Site, {
      drivable: [
        { id: 'lane-1', kind: 'road', polygon: square },
        { id: 'rs-1', kind: 'rescue-site', polygon: square, slope: 0.02 },
      ],
      obstacles: [
        { id: 'car-7', kind: 'parked-car', polygon: square, height: 1.5, removable: true },
        { id: 'arch', kind: 'overhead', polygon: square, clearance: 3.6 },
      ],
      entrances: [{ id: 'gate-N', at: [5, -60], heading: 90 }],
      hydrants: [{ id: 'city-H1', at: [0, -58], pressure: 200000 }],
      station: { name: 'Xiaoshizi', travelTime: 420 },
    });
  });

  it('facade', () => {
    ok(Facade, {
      openings: [
        {
          id: 'o-12-301a',
          storey: 'F12',
          unit: '1201',
          at: [0, 4.5],
          width: 1.5,
          height: 1.6,
          sill: 0.9,
          kind: 'window',
          canopy: 'combustible',
          net: 'protruding',
          hatch: false,
        },
      ],
    });
  });

  it('scenarios with every change kind', () => {
    ok(Scenario, {
      id: 'stairB-smoke',
      name: 'Fire on 12F, stair B smoke-logged, pump P1 out',
      seed: 7,
      fire: { storey: 'F12', space: 'F12-1203' },
      changes: [
        { block: 'B' },
        { fail: 'P1' },
        { remove: 'car-7' },
        { add: { obstacles: [{ id: 'van-1', kind: 'parked-car', polygon: square, height: 2.2 }] } },
        { occupants: { storey: 'F12', density: 0.05 } },
        { premovement: { type: 'uniform', min: 60, max: 300 } },
        { set: { path: '/site/drivable/0/polygon', value: square } },
      ],
      firefighters: [{ count: 6, enter: 'F1-main', to: 'F12', start: 420 }],
      vehicles: ['pumper-CB10/60', 'aerial-54'],
    });
  });

  it('vehicles', () => {
    ok(Vehicle, {
      id: 'aerial-54',
      kind: 'aerial',
      length: 12.5,
      width: 2.5,
      height: 3.9,
      wheelbase: 6.2,
      frontOverhang: 1.5,
      maxSteer: 38,
      mass: 33000,
      setupTime: 300,
      aerial: {
        envelope: [
          [0, 54],
          [10, 50],
          [20, 42],
          [26, 30],
        ],
        outriggerSpread: 6.5,
      },
      pump: {
        curve: [
          [0, 130],
          [0.04, 100],
          [0.06, 80],
        ],
      },
    });
  });
});
