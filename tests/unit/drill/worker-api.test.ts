/**
 * The app's drill worker API, in-process: the same results as the CLI's path (runDrillScenario with
 * the baseline's seed for every scenario), progress per run and per scenario, plain errors for bad
 * input before any engine runs, and a report with its charts and both languages.
 */
import { describe, expect, it } from 'vitest';
import { generateTower } from '../../../models/generator/tower.ts';
import { inThreadEvacRunner } from '../../../drill/evac-runner.ts';
import { runDrillScenario } from '../../../drill/run-scenario.ts';
import { loadRapier } from '../../../sim-core/access/rapier.ts';
import { drillWorkerApi, MAX_RUNS, type DrillProgress } from '../../../drill/worker-api.ts';
import { runTask, type EvacTask } from '../../../drill/evac-runner.ts';
import type { RunDigest } from '../../../drill/run-digest.ts';
import {
  createEvacPool,
  EVAC_WORKER_START_ERROR,
  EvacPoolClosedError,
  MAX_POOL,
  poolSize,
  type PoolWorker,
} from '../../../renderer/src/compare/evac-pool.ts';

const b = generateTower({ storeys: 4, units: 2, occupantsPerUnit: 1, stairs: 'two', seed: 1 });
const [first, second] = b.scenarios ?? [];

describe('drill worker API', () => {
  it('runs each scenario as the CLI compare does (common seed) and reports progress', async () => {
    expect(first?.id).toBe('baseline');
    expect(second?.seed).not.toBe(first?.seed);
    const progress: DrillProgress[] = [];
    const results = await drillWorkerApi.runScenarios(
      b,
      [first!.id, second!.id, null],
      { runs: 2 },
      (p) => void progress.push(p),
    );
    expect(results.map((r) => r.scenario)).toEqual(['baseline', second!.id, '(as built)']);
    // Every scenario draws the baseline's populations (common random numbers).
    for (const r of results) expect(r.people.baseSeed).toBe(first!.seed);
    expect(results[0]!.people.runs).toBe(2);
    expect(results[0]!.verdicts.map((v) => v.mode)).toEqual(['people', 'water', 'trucks']);
    // The same figures as the CLI's path with the same seed.
    const direct = await runDrillScenario(
      b,
      second,
      { runs: 2, seed: first!.seed! },
      inThreadEvacRunner(),
      await loadRapier(),
    );
    expect(results[1]).toEqual(direct);
    // Structured-clonable: what crosses the worker boundary arrives unchanged.
    expect(structuredClone(results)).toEqual(results);
    // Per scenario: a start (run 0) and one call per finished run.
    expect(progress).toEqual(
      [0, 1, 2].flatMap((scenario) => [0, 1, 2].map((run) => ({ scenario, scenarios: 3, run, runs: 2 }))),
    );
  });

  it('refuses bad input in plain words before running anything', async () => {
    let calls = 0;
    const count = () => void calls++;
    await expect(drillWorkerApi.runScenarios(b, ['no-such'], { runs: 1 }, count)).rejects.toThrow(
      'there is no scenario "no-such" in this building (scenarios: baseline, night, stairA-smoke)',
    );
    for (const runs of [0, MAX_RUNS + 1, 1.5, Number.NaN])
      await expect(drillWorkerApi.runScenarios(b, null, { runs }, count)).rejects.toThrow(
        `runs must be a whole number from 1 to ${MAX_RUNS}`,
      );
    expect(calls).toBe(0);
  });

  it('renders the bilingual report with its charts, and refuses an empty one', async () => {
    const results = await drillWorkerApi.runScenarios(b, null, { runs: 1, seed: 7 });
    expect(results[0]!.people.baseSeed).toBe(7);
    const html = await drillWorkerApi.renderReport(b, results, {
      file: 'tower.json',
      lifeline: '9.9.9',
      runtime: 'Test runtime 1',
      generated: '2025-01-02T03:04:05.000Z',
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    for (const text of ['9.9.9', 'Test runtime 1', 'tower.json', 'OWA-EPANET 2.', 'Drill report', '演练报告'])
      expect(html).toContain(text);
    await expect(
      drillWorkerApi.renderReport(b, [], { file: 'x', lifeline: '', runtime: '', generated: '' }),
    ).rejects.toThrow('at least one scenario');
  });
});

/**
 * In-process stand-ins for the pool's Web Workers. Each run is computed when dispatched but handed
 * back later, last dispatched first (one timer per dispatch, releasing the newest waiting run), so
 * runs finish in a different order than they were given, deterministically.
 */
function lifoWorkers() {
  const waiting: { digest: RunDigest; seed: number; resolve: (d: RunDigest) => void }[] = [];
  const finished: number[] = [];
  let spawned = 0;
  let terminated = 0;
  const spawn = (): PoolWorker => {
    spawned++;
    return {
      runTask: (task: EvacTask) =>
        new Promise<RunDigest>((resolve) => {
          waiting.push({ digest: runTask(task), seed: task.seed, resolve });
          setTimeout(() => {
            const w = waiting.pop();
            if (w === undefined) return;
            finished.push(w.seed);
            w.resolve(w.digest);
          }, 0);
        }),
      terminate: () => void terminated++,
    };
  };
  return { spawn, finished, spawned: () => spawned, terminated: () => terminated };
}

describe('evacuation worker pool', () => {
  it('gives the same scenario result as the in-thread runner, whatever order the runs finish in', async () => {
    const fake = lifoWorkers();
    const done: number[] = [];
    const pool = createEvacPool({ size: 3, spawn: fake.spawn, onRun: (n) => void done.push(n) });
    const progress: DrillProgress[] = [];
    const pooled = await drillWorkerApi.runScenarios(
      b,
      [second!.id],
      { runs: 5, seed: 11 },
      (p) => void progress.push(p),
      pool,
    );
    const direct = await drillWorkerApi.runScenarios(b, [second!.id], { runs: 5, seed: 11 });
    expect(pooled).toEqual(direct);
    expect(pooled[0]!.people.distribution?.n).toBeGreaterThan(1);
    // The runs did finish out of order, on three workers, each reported once.
    const seeds = pooled[0]!.people.seeds;
    expect([...fake.finished].sort((x, y) => x - y)).toEqual([...seeds].sort((x, y) => x - y));
    expect(fake.finished).not.toEqual(seeds);
    expect(fake.spawned()).toBe(3);
    expect(pool.used()).toBe(3);
    expect(done).toEqual([1, 2, 3, 4, 5]);
    // The drill worker reports the start and the end of the scenario's runs (the pool, the rest).
    expect(progress.map((p) => p.run)).toEqual([0, 5]);
    pool.terminate();
    expect(fake.terminated()).toBe(3);
  });

  it('returns digests in task order from a one-worker pool too, and uses no more workers than runs', async () => {
    const tasks: EvacTask[] = [3, 1, 2].map((seed) => ({ building: b, seed }));
    const one = lifoWorkers();
    const pool1 = createEvacPool({ size: 1, spawn: one.spawn });
    expect(await pool1.runTasks(tasks)).toEqual(tasks.map(runTask));
    expect(one.spawned()).toBe(1);
    const many = lifoWorkers();
    const pool8 = createEvacPool({ size: 8, spawn: many.spawn });
    expect(await pool8.runTasks(tasks)).toEqual(tasks.map(runTask));
    expect(many.spawned()).toBe(3);
    expect(pool8.used()).toBe(3);
  });

  it("falls back to the drill worker's own thread when the pool's workers cannot start", async () => {
    let terminated = 0;
    const pool = createEvacPool({
      size: 2,
      spawn: () => ({
        runTask: async () => {
          const e = new Error('Failed to fetch a dynamically imported module');
          e.name = EVAC_WORKER_START_ERROR;
          throw e;
        },
        terminate: () => void terminated++,
      }),
    });
    const results = await drillWorkerApi.runScenarios(
      b,
      [first!.id, second!.id],
      { runs: 2 },
      undefined,
      pool,
    );
    expect(results).toEqual(await drillWorkerApi.runScenarios(b, [first!.id, second!.id], { runs: 2 }));
    // The pool closed itself at the first failure and was not asked again.
    expect(terminated).toBe(2);
    expect(pool.used()).toBe(0);
    await expect(pool.runTasks([{ building: b, seed: 1 }])).rejects.toBeInstanceOf(EvacPoolClosedError);
  });

  it('sizes itself to the cores, 1 to 8', () => {
    expect([undefined, Number.NaN, 0, 1, 2, 3.7, 16].map(poolSize)).toEqual([1, 1, 1, 1, 2, 3, MAX_POOL]);
  });

  it('rejects the batch when a worker fails, and refuses runs once terminated', async () => {
    let calls = 0;
    const failing = createEvacPool({
      size: 2,
      spawn: () => ({
        runTask: async (task) => {
          if (++calls === 2) throw new Error('worker out of memory');
          return runTask(task);
        },
        terminate: () => {},
      }),
    });
    await expect(failing.runTasks([1, 2, 3].map((seed) => ({ building: b, seed })))).rejects.toThrow(
      'worker out of memory',
    );

    // Cancel while runs are waiting: they reject, the workers stop, a later batch is refused.
    const stuck: PoolWorker = { runTask: () => new Promise<RunDigest>(() => {}), terminate: () => {} };
    const pool = createEvacPool({ size: 2, spawn: () => stuck });
    const batch = pool.runTasks([1, 2, 3].map((seed) => ({ building: b, seed })));
    pool.terminate();
    await expect(batch).rejects.toBeInstanceOf(EvacPoolClosedError);
    await expect(pool.runTasks([{ building: b, seed: 1 }])).rejects.toBeInstanceOf(EvacPoolClosedError);
    expect(pool.used()).toBe(0);
  });
});
