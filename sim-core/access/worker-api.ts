/**
 * The access engine as a worker API, on the pattern of sim-core/water/worker-api.ts: a plain object
 * of async functions that comlink exposes from a browser module worker (worker.ts) or a Node
 * worker_threads worker, and that callers can also use in-process. Everything it takes and returns
 * is structured-clonable (AccessReport is plain JSON: numbers, strings, arrays).
 *
 * Rapier (@dimforge/rapier3d-compat, its WASM inlined as base64, so nothing is fetched) is
 * initialised once per worker or process by loadRapier() on the first call and reused after.
 * A run on the samples takes well under 2 s, so there is no progress callback: the caller shows an
 * indeterminate bar, and cancels by terminating the worker (a planning run never reads messages).
 */
import type { Building } from '../../models/schema/building.ts';
import { analyseAccess, type AccessOptions, type AccessReport } from './analyse-access.ts';
import { loadRapier } from './rapier.ts';

export interface AccessWorkerApi {
  /** analyseAccess on `building` (a scenario already applied by the caller). */
  run(building: Building, options?: AccessOptions): Promise<AccessReport>;
}

export const accessWorkerApi: AccessWorkerApi = {
  async run(building, options = {}) {
    return analyseAccess(await loadRapier(), building, options);
  },
};
