/**
 * Running the SFPE/IMO hydraulic mode on a building (scenario already applied): set up, step the
 * population flows every HYDRAULIC_DT until everyone is safe or trapped or the time limit is reached
 * (status "timeout"). Deterministic: the seed only draws the population (as in the agent mode).
 * Options as the agent mode's: the scenario's `firefighters`, `useFireLifts` (true or lift ids) and
 * `smoke` (smoke.ts).
 */
import type { Building } from '../../../models/schema/building.ts';
import { DEFAULT_MAX_TIME } from '../constants.ts';
import { prepareHydraulic, type HydraulicExtras } from './prepare.ts';
import { hydraulicFirefightersPending } from './firefighters.ts';
import { collectHydraulicResult, type HydraulicResult } from './result.ts';
import { createScratch, stepHydraulic } from './step.ts';

export interface HydraulicOptions extends HydraulicExtras {
  seed?: number;
  /** Longest simulated time (s); default DEFAULT_MAX_TIME (the CLI passes the scenario's duration). */
  maxTime?: number;
}

export function runHydraulic(b: Building, opts: HydraulicOptions = {}): HydraulicResult {
  const s = prepareHydraulic(b, opts.seed ?? 1, opts.maxTime ?? DEFAULT_MAX_TIME, {
    ...(opts.firefighters ? { firefighters: opts.firefighters } : {}),
    ...(opts.useFireLifts ? { useFireLifts: opts.useFireLifts } : {}),
    ...(opts.smoke ? { smoke: opts.smoke } : {}),
  });
  const scratch = createScratch(s.pop.agents.n);
  // Like the agent mode: the run goes on until the firefighters have arrived too.
  while (
    (s.safe + s.trapped + s.incapacitated < s.pop.agents.n || hydraulicFirefightersPending(s.ff)) &&
    s.t < s.maxTime - 1e-9
  )
    stepHydraulic(s, scratch);
  return collectHydraulicResult(s);
}
