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
