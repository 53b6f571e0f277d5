/** Public API of the building model package: schema, types, loading, validation, scenarios. */
export * from './schema/building.ts';
export type * from './schema/common.ts';
export type * from './schema/storey.ts';
export type * from './schema/vertical.ts';
export type * from './schema/profile.ts';
export type * from './schema/water.ts';
export type * from './schema/site.ts';
export type * from './schema/facade.ts';
export type * from './schema/vehicle.ts';
export type * from './schema/scenario.ts';
export * from './load/load-building.ts';
export { LIMITS } from './load/limits.ts';
export * from './validation/issue.ts';
export { validateSemantics } from './validation/validate.ts';
export { BUILTIN_PROFILES } from './profiles/builtin.ts';
export { VEHICLE_CATALOGUE, DEFAULT_AERIAL_ID, DEFAULT_PUMPER_ID } from './vehicles/catalogue.ts';
export * from './units.ts';
