/** The Trucks answer of the loaded building: runs by itself for each valid building and scenario. */
import { useMemo } from 'react';
import type { Building, Scenario } from '../../../models/index.ts';
import { type EngineJobControls, useEngineJob } from '../verdicts/use-engine-job.ts';
import { type AccessInput, type AccessOutcome, startAccessJob } from './access-job.ts';

export function useAccess(
  building: Building | undefined,
  scenario: Scenario | undefined,
): EngineJobControls<AccessOutcome> {
  const input = useMemo<AccessInput | undefined>(
    () => (building === undefined ? undefined : { building, scenario }),
    [building, scenario],
  );
  return useEngineJob(input, startAccessJob);
}
