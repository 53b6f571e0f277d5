/** Public API of the evacuation engine. */
export {
  runEvacuation,
  prepareEvacuation,
  startEvacuation,
  type EvacuationOptions,
  type EvacuationRun,
  type RecordOptions,
} from './run/run-evacuation.ts';
export type { TrajectoryStream } from './record/trajectory-recorder.ts';
export { encodeTrajectories, decodeTrajectories, type TrajectoryFile } from './record/trajectory-file.ts';
export { fruinLevel, FRUIN_LEVELS, type DensityMap } from './record/density-maps.ts';
export type { EvacuationResult } from './run/result.ts';
export { stepSim } from './run/step.ts';
export type { Sim } from './run/sim-state.ts';
export { bytesPerAgent } from './population/agent-arrays.ts';
export type { Closure } from './run/closures.ts';
export type { FirefighterGroupSpec } from './firefighters/firefighter-groups.ts';
export type { SmokeSpec } from './smoke/smoke-field.ts';
