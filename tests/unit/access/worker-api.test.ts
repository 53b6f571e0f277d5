/**
 * The access worker API: in process it is analyseAccess with Rapier loaded once; through comlink
 * over Node worker_threads (a worker started from a `.ts` entry) the report arrives intact
 * (structured clone) and equal to the in-process one, and a scenario applied by the caller changes it.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { releaseProxy, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../../models/load/load-building.ts';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import type { Building } from '../../../models/schema/building.ts';
import { analyseAccess } from '../../../sim-core/access/analyse-access.ts';
import { loadRapier } from '../../../sim-core/access/rapier.ts';
import { accessWorkerApi, type AccessWorkerApi } from '../../../sim-core/access/worker-api.ts';

const sample = (name: string): Building =>
  loadBuildingText(readFileSync(new URL(`../../../models/samples/${name}.json`, import.meta.url), 'utf8'))
    .building!;

const old = sample('old-tower-1998-24f');
const VEHICLES = { vehicles: ['pumper-CB10/60'] };

describe('access worker API in process', () => {
  it('run equals analyseAccess with the same Rapier module', async () => {
    const report = await accessWorkerApi.run(old, VEHICLES);
    expect(report).toEqual(analyseAccess(await loadRapier(), old, VEHICLES));
    // The old tower's west gate is blocked by parked cars; the east gate gets the pumper in.
    const west = report.vehicles.find((v) => v.entrance === 'gate-W')!;
    expect(west.reached).toBe(false);
    expect(west.blockedBy.length).toBeGreaterThan(0);
    expect(report.vehicles.some((v) => v.reached && v.arrivalTime! > 0)).toBe(true);
  }, 60_000);

  it('loads Rapier once: the same module for every call', async () => {
    expect(await loadRapier()).toBe(await loadRapier());
  });

  it('the report is structured-clonable unchanged', async () => {
    const report = await accessWorkerApi.run(old, VEHICLES);
    expect(structuredClone(report)).toEqual(report);
  }, 60_000);

  it('an unknown vehicle is a problem in the report, not a throw', async () => {
    const report = await accessWorkerApi.run(old, { vehicles: ['no-such-truck'] });
    expect(report.vehicles).toEqual([]);
    expect(report.problems.map((p) => p.message.en)).toContain('unknown vehicle "no-such-truck"');
  }, 60_000);
});

describe('access worker API (comlink, worker_threads)', () => {
  let worker: Worker;
  let api: Remote<AccessWorkerApi>;
  beforeAll(() => {
    worker = new Worker(new URL('./node-worker.ts', import.meta.url));
    api = wrap<AccessWorkerApi>(nodeEndpoint(worker));
  });
  afterAll(async () => {
    api[releaseProxy]();
    await worker.terminate();
  });

  it('run in the worker equals the in-process run', async () => {
    const remote = await api.run(old, VEHICLES);
    expect(remote).toEqual(await accessWorkerApi.run(old, VEHICLES));
  }, 60_000);

  it('a scenario applied by the caller reaches the engine (site cleared: the west gate opens)', async () => {
    const sc = old.scenarios!.find((s) => s.id === 'site-cleared')!;
    const remote = await api.run(applyScenario(old, sc), VEHICLES);
    const west = remote.vehicles.find((v) => v.entrance === 'gate-W')!;
    expect(west.reached).toBe(true);
    expect(west.path.length).toBeGreaterThan(1);
  }, 60_000);
});
