/**
 * Worker entry of the Monte Carlo pool (piscina): one evacuation run → its digest. Loaded from this
 * .ts file directly (Node 22 strips the types in workers too). No state between tasks, so which
 * worker runs which seed cannot change a result.
 */
import type { Building } from '../../models/schema/building.ts';
import { runEvacuation, type EvacuationOptions } from '../../sim-core/evacuation/index.ts';
import { digestRun, type RunDigest } from '../../drill/run-digest.ts';

export interface EvacTask {
  building: Building;
  seed: number;
  maxTime?: number;
  /** The scenario's firefighter groups (applyScenario leaves them out of the building). */
  firefighters?: EvacuationOptions['firefighters'];
}

export function runTask(t: EvacTask): RunDigest {
  return digestRun(
    runEvacuation(t.building, {
      seed: t.seed,
      ...(t.maxTime !== undefined ? { maxTime: t.maxTime } : {}),
      ...(t.firefighters ? { firefighters: t.firefighters } : {}),
    }),
  );
}

export default runTask;
