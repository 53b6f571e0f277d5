/**
 * A water analysis (sim-core/water analyseWater with the sweep) → the drill's water summary. The
 * sweep's first state ("all") is the scenario's own state, because the scenario is applied to the
 * building before the engine sees it; its engine state is the fire engine alone via a pump inlet.
 */
import type { Building } from '../models/schema/building.ts';
import type { Scenario } from '../models/schema/scenario.ts';
import { classify } from '../models/metrics/classification.ts';
import type { WaterAnalysis } from '../sim-core/water/index.ts';
import { OUTLET_PRESSURE, outletRequirement } from '../models/codes/gb50974.ts';
import type { WaterSummary } from './summary-types.ts';

/** What a scenario did to the water system (its `fail` changes), for the verdict's "with P1 failed". */
export function waterFailures(b: Building, s: Scenario | undefined): WaterSummary['failed'] {
  const out: WaterSummary['failed'] = [];
  for (const c of s?.changes ?? []) {
    if (!('fail' in c)) continue;
    const tank = b.water?.tanks?.some((t) => t.id === c.fail);
    out.push({ id: c.fail, mode: tank ? 'empty' : (c.mode ?? 'closed') });
  }
  return out;
}

export function summariseWater(
  b: Building,
  scenario: Scenario | undefined,
  w: WaterAnalysis,
  engineInlet: string | null,
): WaterSummary {
  const req = outletRequirement(classify(b));
  const sweep = w.sweep;
  const storeyOrder = b.storeys.map((s) => s.id);
  const hydrantStoreys = [...new Set(w.hydrants.map((h) => h.storey))].sort(
    (x, y) => storeyOrder.indexOf(x) - storeyOrder.indexOf(y),
  );
  const first = sweep?.states[0];
  const failing = sweep
    ? sweep.cells.filter((c) => c.state === first?.id && !c.ok).map((c) => c.fireStorey)
    : [];
  const engineState = sweep?.states.find((s) => s.id === 'engine');
  return {
    fireStorey: w.fireStorey,
    hydrantStoreys,
    requirement: { clause: OUTLET_PRESSURE.clause, minPressure: req.minPressure, jet: req.jet },
    failed: waterFailures(b, scenario),
    fireHydrants: w.hydrants
      .filter((h) => h.flowing && h.storey === w.fireStorey)
      .map((h) => ({
        id: h.id,
        outletPressure: h.outletPressure,
        jet: h.jet,
        flow: h.flow,
        ok: h.ok,
        dry: h.dry,
      })),
    hydrants: w.hydrants.map((h) => ({
      id: h.id,
      storey: h.storey,
      outletPressure: h.outletPressure,
      flowing: h.flowing,
    })),
    highestAdequateStorey: w.highestAdequateStorey,
    highestEffectiveStorey: w.highestEffectiveStorey,
    failingStoreys: failing.sort((x, y) => storeyOrder.indexOf(x) - storeyOrder.indexOf(y)),
    states: (sweep?.states ?? []).map((s) => ({
      id: s.id,
      label: s.label,
      highestAdequateStorey: s.highestAdequateStorey,
      highestEffectiveStorey: s.highestEffectiveStorey,
    })),
    ladder: sweep?.cells ?? [],
    engine:
      engineState && w.vehicle !== undefined && engineInlet !== null
        ? {
            vehicle: w.vehicle,
            inlet: engineInlet,
            highestAdequateStorey: engineState.highestAdequateStorey,
            highestEffectiveStorey: engineState.highestEffectiveStorey,
          }
        : null,
    checks: w.checks.map(({ message, ...rest }) => ({ ...rest, text: message })),
    notes: w.notes,
  };
}
