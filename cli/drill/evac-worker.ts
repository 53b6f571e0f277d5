/**
 * Worker entry of the Monte Carlo pool (piscina): one evacuation run → its digest (drill/evac-runner.ts).
 * Loaded from this .ts file directly (Node 22 strips the types in workers too). No state between
 * tasks, so which worker runs which seed cannot change a result.
 */
import { runTask } from '../../drill/evac-runner.ts';

export type { EvacTask } from '../../drill/evac-runner.ts';
export { runTask };
export default runTask;
