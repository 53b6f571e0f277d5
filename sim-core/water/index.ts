/** Public API of the fire-water engine (see CONTEXT.md). */
export { analyseWater, analyseWaterWith, engineWarningText, WaterInputError } from './analyse.ts';
export type { WaterAnalysis, WaterOptions } from './analyse.ts';
export type { Check } from './checks.ts';
export type { LadderCell, LadderState } from './ladder.ts';
export type { CaseResult, HydrantResult, PumpResult, SupplyState } from './model.ts';
export { WaterModel } from './model.ts';
export { WaterNetwork, HYDRANT_VALVE_LOSS, INLET_LOSS } from './network.ts';
export type { EngineConnection, NetworkSolution, NetworkState } from './network.ts';
export { DEFAULT_HOSE_LAY, resolveSupply } from './supply.ts';
export type { SupplyOptions } from './supply.ts';
export { EPANET_VERSION, loadEpanet } from './epanet-engine.ts';
export { hoseHeadLoss, hoseResistance, hoseS, HOSE_S_TABLE } from './hose.ts';
export { jetForNozzleHead, jetPhi, nozzleHeadForJet, nozzleK } from './nozzle.ts';
