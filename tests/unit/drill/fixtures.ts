/**
 * Fabricated engine results for the drill's pure functions: a 10-storey tower whose numbers are
 * chosen here, so each test can say exactly which figure a verdict must carry.
 */
import type { RunDigest } from '../../../drill/run-digest.ts';
import type { AccessSummary, DrillScenarioResult, WaterSummary } from '../../../drill/summary-types.ts';
import { summarisePeople } from '../../../drill/summarise-people.ts';
import type { LadderCell } from '../../../sim-core/water/index.ts';

export const ORDER = Array.from({ length: 10 }, (_, i) => `F${i + 1}`);

export function digest(seed: number, rset: number, over: Partial<RunDigest> = {}): RunDigest {
  return {
    seed,
    status: 'complete',
    rset,
    endTime: rset,
    occupants: 1024,
    evacuated: 1024,
    trapped: 0,
    remaining: 0,
    curve: [
      [0, 0],
      [rset / 2, 500],
      [rset, 1024],
    ],
    storeys: ORDER.map((id, k) => ({ id, occupants: 100, clearTime: 60 + k * 30 + (seed % 7) })),
    stairs: [
      { id: 'A', maxDensity: 0.9, maxQueue: 4, maxQueueStorey: 'F3', timeAtFruinEF: 0 },
      { id: 'B', maxDensity: 1.6, maxQueue: 37, maxQueueStorey: 'F9', timeAtFruinEF: 150 },
    ],
    exits: [{ id: 'exit-1', storey: 'F1', count: 1024, lastTime: rset }],
    premovement: { p50: 90, p95: 240, max: 300 },
    firefighters: [],
    trappedBySpace: [],
    ...over,
  };
}

const cell = (fireStorey: string, state: string, ok: boolean, p: number): LadderCell => ({
  fireStorey,
  state,
  ok,
  effective: ok,
  outletPressure: p,
  jet: ok ? 14 : 9,
  maxOutletPressure: p,
  solved: true,
  warnings: [],
});

/** P1 failed: storeys above F7 below 0.35 MPa; the pumper via inlet-1 restores up to F9. */
export function water(over: Partial<WaterSummary> = {}): WaterSummary {
  const ladder = ORDER.flatMap((id, k) => [
    cell(id, 'all', k < 7, 0.5e6 - k * 30e3),
    cell(id, 'engine', k < 9, 0.45e6 - k * 20e3),
  ]);
  return {
    fireStorey: 'F9',
    hydrantStoreys: ORDER,
    requirement: { clause: 'GB 50974-2014 7.4.12', minPressure: 0.35e6, jet: 13 },
    failed: [{ id: 'P1', mode: 'closed' }],
    fireHydrants: [
      { id: 'H-F9-1', outletPressure: 0.26e6, jet: 9.4, flow: 0.005, ok: false, dry: false },
      { id: 'H-F9-2', outletPressure: 0.27e6, jet: 9.8, flow: 0.005, ok: false, dry: false },
    ],
    hydrants: [
      { id: 'H-F9-1', storey: 'F9', outletPressure: 0.26e6, flowing: true },
      { id: 'H-F2-1', storey: 'F2', outletPressure: 0.6e6, flowing: false },
    ],
    highestAdequateStorey: 'F7',
    highestEffectiveStorey: 'F7',
    failingStoreys: ['F8', 'F9', 'F10'],
    states: [
      {
        id: 'all',
        label: { en: 'all pumps', 'zh-CN': '全部水泵' },
        highestAdequateStorey: 'F7',
        highestEffectiveStorey: 'F7',
      },
      {
        id: 'engine',
        label: { en: 'fire engine via inlet', 'zh-CN': '消防车经水泵接合器' },
        highestAdequateStorey: 'F9',
        highestEffectiveStorey: 'F9',
      },
    ],
    ladder,
    engine: {
      vehicle: 'pumper-1',
      inlet: 'inlet-1',
      highestAdequateStorey: 'F9',
      highestEffectiveStorey: 'F9',
    },
    checks: [
      {
        clause: 'GB 50974-2014 7.4.12',
        ok: false,
        value: 0.26e6,
        limit: 0.35e6,
        unit: 'Pa',
        verified: true,
        text: { en: 'too low', 'zh-CN': '压力不足' },
      },
    ],
    notes: [],
    ...over,
  };
}

/** aerial-54 blocked by car-7 and stall-2; towed, it is ready at 9 min; F9–F10 out of reach. */
export function access(over: Partial<AccessSummary> = {}): AccessSummary {
  return {
    vehicles: [
      {
        id: 'pumper-1',
        best: { entrance: 'gate-E', target: 'inlet-1', arrivalTime: 412, reversals: 0 },
        blocked: [],
      },
      {
        id: 'aerial-54',
        best: null,
        blocked: [
          {
            entrance: 'gate-E',
            target: 'rs-1',
            blockedBy: ['car-7', 'stall-2'],
            removeToPass: ['car-7', 'stall-2'],
          },
        ],
      },
    ],
    aerial: [
      {
        vehicle: 'aerial-54',
        site: 'rs-1',
        siteReached: false,
        highestStorey: 'F8',
        unreachableStoreys: ['F9', 'F10'],
      },
    ],
    highestReachableStorey: 'F8',
    towing: {
      removed: ['car-7', 'stall-2'],
      vehicles: [
        { id: 'pumper-1', arrivalTime: 412 },
        { id: 'aerial-54', arrivalTime: 540 },
      ],
      highestReachableStorey: 'F8',
    },
    canopy: { share: 0.1, riskClass: 'low' },
    checks: [
      {
        clause: 'GB 50016-2014 7.1.8',
        subject: 'lane-1',
        ok: true,
        value: 4,
        limit: 4,
        unit: 'm',
        verified: true,
        text: { en: 'wide enough', 'zh-CN': '宽度满足' },
      },
    ],
    paths: [
      {
        vehicle: 'pumper-1',
        entrance: 'gate-E',
        reached: true,
        points: [
          [0, 0],
          [10, 5],
          [20, 5],
        ],
      },
    ],
    problems: [],
    ...over,
  };
}

/** A whole scenario result of three runs (seeds 5, 6, 7). */
export function result(): DrillScenarioResult {
  return {
    scenario: 'pump-P1-failed',
    scenarioName: 'P1 fails',
    people: summarisePeople([digest(5, 700), digest(6, 760), digest(7, 820)], 5, 'F9'),
    water: water(),
    access: access(),
    verdicts: [],
  };
}
