/**
 * The drill passes a scenario's `fireLifts` to every evacuation run (drill/run-scenario.ts →
 * EvacTask.useFireLifts → runTask), and the runs use the lift.
 */
import { describe, expect, it } from 'vitest';
import { runDrillScenario } from '../../../drill/run-scenario.ts';
import { inThreadEvacRunner, runTask, type EvacRunner, type EvacTask } from '../../../drill/evac-runner.ts';
import { loadRapier } from '../../../sim-core/access/rapier.ts';
import { liftScenarioTower } from '../evacuation/lift-scenario-tower.ts';

describe('drill with a scenario that uses the fire lifts', () => {
  it('every run gets useFireLifts from the scenario; none without it', async () => {
    const b = liftScenarioTower();
    const inner = inThreadEvacRunner();
    const seen: Omit<EvacTask, 'building' | 'seed'>[] = [];
    const runner: EvacRunner = {
      ...inner,
      run: (building, seeds, extra = {}) => {
        seen.push(extra);
        return inner.run(building, seeds, extra);
      },
    };
    const rapier = await loadRapier();
    const scenarios = b.scenarios!;
    const withLift = await runDrillScenario(b, scenarios[1], { runs: 2 }, runner, rapier);
    await runDrillScenario(b, scenarios[2], { runs: 2 }, runner, rapier);
    expect(seen).toEqual([{ useFireLifts: ['FL2'] }, {}]);
    expect(withLift.people.runs).toBe(2);
  });

  it('runTask hands useFireLifts to the engine: the lift users leave earlier than on foot', () => {
    const b = { ...liftScenarioTower(), scenarios: [] };
    const lift = runTask({ building: b, seed: 3, useFireLifts: true });
    const foot = runTask({ building: b, seed: 3 });
    expect(lift.rset!).toBeLessThan(foot.rset!);
  });
});
