/** Public API of the fire-water engine (see CONTEXT.md). */
export { analyseWater, analyseWaterWith, engineWarningText, WaterInputError } from './analyse.ts';
export type { SupplyOptionResult, WaterAnalysis, WaterOptions } from './analyse.ts';
export { PRESSURE_RATING, pressureRatingCheck } from './checks.ts';
export type { Check } from './checks.ts';
export type { LadderCell, LadderState } from './ladder.ts';
export type { CaseResult, HydrantResult, PumpResult, SupplyState } from './model.ts';
export { WaterModel } from './model.ts';
export { WaterNetwork, HYDRANT_VALVE_LOSS, INLET_LOSS } from './network.ts';
export type { EngineConnection, HoseLay, NetworkSolution, NetworkState } from './network.ts';
export { DEFAULT_HOSE_LAY, DEFAULT_RELAY_LAY, resolveSupply } from './supply.ts';
export type { RelayOptions, SupplyOptions } from './supply.ts';
export { stairLay, STAIR_HOSE_PER_METRE } from './stair-lay.ts';
export type { StairLayOptions, StairLayResult, StairLayRung } from './stair-lay.ts';
export { EPANET_VERSION, loadEpanet } from './epanet-engine.ts';
export { hoseHeadLoss, hoseResistance, hoseS, HOSE_S_TABLE } from './hose.ts';
export { jetForNozzleHead, jetPhi, nozzleHeadForJet, nozzleK } from './nozzle.ts';
export { waterWorkerApi, WaterCancelledError } from './worker-api.ts';
export type { ProgressCallback, SweepOptions, SweepResult, WaterWorkerApi } from './worker-api.ts';
