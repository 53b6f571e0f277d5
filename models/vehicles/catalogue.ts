/**
 * The shipped fire-appliance catalogue. Dimensions are TYPICAL for the class unless `source` names a
 * data sheet: manufacturer sheets for Chinese 32/54/101 m appliances were not available
 * (../../../shared/reference/water-and-access.md §4). A building file may extend or override entries
 * under its top-level `vehicles`.
 */
import type { Vehicle } from '../schema/vehicle.ts';

export const VEHICLE_CATALOGUE: readonly Vehicle[] = [
  {
    id: 'pumper-CB10/60',
    kind: 'pumper',
    name: 'Water tender, CB10/60 pump (1.0 MPa, 60 L/s)',
    // 4×2 tender of ≈ 8.5 m, wheelbase 4.5 m, front overhang 1.5 m: typical (water-and-access.md §5.2).
    length: 8.5,
    width: 2.5,
    height: 3.4,
    wheelbase: 4.5,
    frontOverhang: 1.5,
    maxSteer: 40,
    mass: 16000,
    setupTime: 60,
    // CB10/60: rated 1.0 MPa (≈ 102 m) at 60 L/s (GB 6245 model code); shut-off and run-out typical.
    pump: {
      curve: [
        [0, 130],
        [0.03, 120],
        [0.06, 102],
        [0.075, 85],
      ],
    },
    source: 'typical',
  },
  {
    id: 'high-pressure-40',
    kind: 'high-pressure',
    name: 'High-rise supply engine, 4.0 MPa two-stage pump',
    // Xiamen unit: two-stage pump, 4.0 MPa, ≥ 300 m vertical, 25 L/s (water-and-access.md §3.3).
    length: 10,
    width: 2.5,
    height: 3.6,
    wheelbase: 5.3,
    frontOverhang: 1.5,
    maxSteer: 40,
    mass: 25000,
    setupTime: 120,
    pump: {
      curve: [
        [0, 450],
        [0.0125, 430],
        [0.025, 408],
        [0.03, 380],
      ],
    },
    source: 'typical; pump rating from reported Xiamen unit (secondary)',
  },
  {
    id: 'aerial-32',
    kind: 'aerial',
    name: 'Aerial ladder, 32 m',
    // Magirus M32L-AS: 32 m working height, up to 23 m outreach; low-profile version 10 × 2.40 × 3.02 m,
    // 15.9 t (secondary). Wheelbase, steering and envelope shape typical.
    length: 10,
    width: 2.4,
    height: 3.02,
    wheelbase: 4.6,
    frontOverhang: 1.4,
    maxSteer: 40,
    mass: 15900,
    setupTime: 180,
    aerial: {
      envelope: [
        [0, 32],
        [12, 28],
        [18, 22],
        [23, 12],
      ],
      // Outriggers TYPICAL (no data sheet found: water-and-access.md §4.1): four jacks, front pair
      // behind the cab, rear pair behind the rear axle, 4.4 m across the pads (a US 30 m ladder's
      // jack spread is 3.35 m, E-ONE Metro 100; European 32 m ladders set wider for full outreach).
      outriggerSpread: 4.4,
      outriggerLength: 4.5,
      // Ground pads ≈ 0.5 m square: a US aerial specification asks for 24 in × 24 in (0.61 m)
      // auxiliary ground pads under ≈ 0.1 m² (154 in²) jack feet (Redwood City apparatus bid
      // specification, secondary); the 32 m class is taken slightly smaller. TYPICAL.
      padSize: 0.5,
    },
    source: 'Magirus M32L-AS (secondary); envelope typical',
  },
  {
    id: 'aerial-54',
    kind: 'aerial',
    name: 'Aerial platform, 54 m',
    // The format specification's example appliance; the Chinese mainstream is "around 50 m".
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
      // Outriggers TYPICAL (manufacturer sheets for Chinese 54 m-class platforms — XCMG, Sany,
      // Zoomlion — were not found: water-and-access.md §4.1): H-type jacks, front pair behind the
      // cab, rear pair behind the rear axles of a 12.5 m three-axle chassis, 6.5 m across the pads
      // (the format specification's example), 7 m between the pad lines.
      outriggerSpread: 6.5,
      outriggerLength: 7,
      // 0.6 m square pads: the 24 in × 24 in (0.61 m) auxiliary ground pads of a US aerial
      // specification (Redwood City apparatus bid specification, secondary). TYPICAL.
      padSize: 0.6,
    },
    pump: {
      curve: [
        [0, 130],
        [0.04, 100],
        [0.06, 80],
      ],
    },
    source: 'typical (format specification example)',
  },
  {
    id: 'aerial-101',
    kind: 'aerial',
    name: 'Aerial platform, 101 m (Bronto F101 HLA class)',
    // Bronto Skylift F101 HLA: 101 m working height, carrier 16.3 × 2.55 m, 62 t (secondary).
    // Height, wheelbase, steering, envelope shape and outrigger spread typical (not published).
    length: 16.3,
    width: 2.55,
    height: 4,
    wheelbase: 8,
    frontOverhang: 1.6,
    maxSteer: 35,
    mass: 62000,
    setupTime: 480,
    aerial: {
      envelope: [
        [0, 101],
        [15, 95],
        [25, 80],
        [30, 60],
      ],
      // Outriggers TYPICAL (the F101 HLA's spread was not found: water-and-access.md §4.1): X-type
      // jacks, 8.5 m across the pads, 10 m between the front and rear pad lines on the 16.3 m
      // six-axle carrier, 0.8 m pads for a 62 t appliance (larger than the 0.61 m pads of lighter
      // US aerials: the same ground pressure needs more area).
      outriggerSpread: 8.5,
      outriggerLength: 10,
      padSize: 0.8,
    },
    source: 'Bronto F101 HLA (secondary); envelope and chassis typical',
  },
];

/** Used by a scenario that names no vehicles when the file has none of its own (spec "Scenarios"). */
export const DEFAULT_PUMPER_ID = 'pumper-CB10/60';
export const DEFAULT_AERIAL_ID = 'aerial-54';
