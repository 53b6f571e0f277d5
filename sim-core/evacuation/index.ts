/** Public API of the evacuation engine. */
export { runEvacuation, prepareEvacuation, type EvacuationOptions } from './run/run-evacuation.ts';
export type { EvacuationResult } from './run/result.ts';
export { stepSim } from './run/step.ts';
export type { Sim } from './run/sim-state.ts';
export { bytesPerAgent } from './population/agent-arrays.ts';
export type { Closure } from './run/closures.ts';
export type { FirefighterGroupSpec } from './firefighters/firefighter-groups.ts';
