/**
 * The drill passes a scenario's timed closures (`{ "block": id, "at": s }`) to every evacuation run
 * (drill/run-scenario.ts → EvacTask.closures), and the run re-routes around the closed stair.
 */
import { describe, expect, it } from 'vitest';
import { runDrillScenario } from '../../../drill/run-scenario.ts';
import { inThreadEvacRunner, type EvacRunner, type EvacTask } from '../../../drill/evac-runner.ts';
import { loadRapier } from '../../../sim-core/access/rapier.ts';
import type { Scenario } from '../../../models/schema/scenario.ts';
import { smallTower } from '../../verification/drill/small-tower.ts';

describe('drill with a stair closing during the run', () => {
  it('every run gets the closure, and it changes which exits people use (same total)', async () => {
    const b = smallTower();
    const stair = b.stairs[0]!.id;
    const scenario: Scenario = { id: 'late-stair', seed: 5, changes: [{ block: stair, at: 30 }] };
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
    const closed = await runDrillScenario(b, scenario, { runs: 2 }, runner, rapier);
    expect(seen).toEqual([{ closures: [{ id: stair, at: 30 }] }]);
    // The same runs without the closure: the stair's exit takes more people.
    const open = await runDrillScenario(b, { id: 'open', seed: 5 }, { runs: 2 }, runner, rapier);
    const exitsOf = (r: typeof closed) => new Map(r.people.base.exits.map((e) => [e.id, e.count]));
    const a = exitsOf(open);
    const c = exitsOf(closed);
    expect([...c.values()].reduce((x, y) => x + y, 0)).toBe([...a.values()].reduce((x, y) => x + y, 0));
    expect([...a].some(([id, n]) => c.get(id) !== n)).toBe(true);
    expect(closed.verdicts).toHaveLength(3);
  });
});
