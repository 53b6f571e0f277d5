/** Public API of the SFPE/IMO hydraulic evacuation mode (docs/evacuation.md "Hydraulic mode"). */
export { runHydraulic, type HydraulicOptions } from './run-hydraulic.ts';
export type { HydraulicResult } from './result.ts';
