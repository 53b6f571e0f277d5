/** What the 3D view draws of the water and access answers: only finished results, never partial ones. */
import { useMemo } from 'react';
import type { AccessOutcome } from '../access/access-job.ts';
import type { EngineOverlayProps } from '../scene/EngineOverlays.tsx';
import type { WaterOutcome } from '../water/water-job.ts';
import type { JobState } from './job-state.ts';

export function useEngineOverlays(
  water: JobState<WaterOutcome>,
  trucks: JobState<AccessOutcome>,
): EngineOverlayProps {
  const w = water.status === 'done' ? water.result : undefined;
  const a = trucks.status === 'done' ? trucks.result : undefined;
  const waterData = useMemo(
    () =>
      w?.analysis && w.summary
        ? {
            hydrants: w.analysis.hydrants,
            pumps: w.analysis.pumps,
            fireStorey: w.analysis.fireStorey,
            minPressure: w.summary.requirement.minPressure,
          }
        : undefined,
    [w],
  );
  const accessData = useMemo(() => (a ? { building: a.building, report: a.report } : undefined), [a]);
  return useMemo(() => ({ water: waterData, access: accessData }), [waterData, accessData]);
}
