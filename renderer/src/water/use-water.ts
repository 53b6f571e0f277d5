/**
 * The Water answer of the loaded building: runs by itself for each valid building, scenario and fire
 * storey (water-job.ts). The fire storey is the scenario's unless the Water tab picks another; a
 * pick is forgotten when the building or the scenario changes.
 */
import { useMemo, useState } from 'react';
import type { Building, Scenario } from '../../../models/index.ts';
import { type EngineJobControls, useEngineJob } from '../verdicts/use-engine-job.ts';
import { startWaterJob, type WaterInput, type WaterOutcome } from './water-job.ts';

export interface WaterControls extends EngineJobControls<WaterOutcome> {
  fireStorey: string | null;
  setFireStorey(storey: string | null): void;
}

export function useWater(building: Building | undefined, scenario: Scenario | undefined): WaterControls {
  const [pick, setPick] = useState<{
    building: Building;
    scenario: Scenario | undefined;
    storey: string | null;
  }>();
  const fireStorey =
    pick !== undefined && pick.building === building && pick.scenario === scenario
      ? pick.storey
      : (scenario?.fire?.storey ?? null);
  const input = useMemo<WaterInput | undefined>(
    () => (building === undefined ? undefined : { building, scenario, fireStorey }),
    [building, scenario, fireStorey],
  );
  const job = useEngineJob(input, startWaterJob);
  return {
    ...job,
    fireStorey,
    setFireStorey: (storey) => {
      if (building !== undefined) setPick({ building, scenario, storey });
    },
  };
}
