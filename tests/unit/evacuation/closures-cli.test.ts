/**
 * A scenario's timed closures (`{ "block": "exit1", "at": 1 }`) reach the evacuation engine from the
 * CLI (`lifeline evac --scenario`) and from the drill's runs (drill/evac-runner.ts runTask), and the
 * engine re-routes (NIST TN 1822 4.1: exit 1 closes at t = 1 s, the occupant must use exit 2).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { runTask } from '../../../drill/evac-runner.ts';
import { evacuationWorkerApi } from '../../../sim-core/evacuation/worker-api.ts';
import { applyScenario, scenarioClosures } from '../../../models/scenario/apply-scenario.ts';
import { building, door, fixedProfile, rect, space } from '../../verification/evacuation/buildings.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** NIST 4.1's room: 20 m × 6 m, exit 1 on the right (nearer the occupant at x = 15), exit 2 on the left. */
const room = building(
  [
    {
      id: 'F1',
      elevation: 0,
      height: 3,
      spaces: [space('room', rect(0, 0, 20, 6), { positions: [[15, 3]], profile: 'p' })],
      doors: [
        door('exit1', 'room', 'outside', [20, 2.5], [20, 3.5]),
        door('exit2', 'room', 'outside', [0, 2.5], [0, 3.5]),
      ],
    },
  ],
  { profiles: [fixedProfile('p', 1)] },
);
room.scenarios = [
  { id: 'exit1-closes', changes: [{ block: 'exit1', at: 1 }] },
  { id: 'exit1-blocked', changes: [{ block: 'exit1' }] },
];
const dir = mkdtempSync(join(tmpdir(), 'lifeline-closures-'));
const file = join(dir, 'room.json');
writeFileSync(file, JSON.stringify(room));

describe('lifeline evac with a scenario that closes a door during the run', () => {
  it('--json: the occupant heads for exit 1, which closes at 1 s, and leaves by exit 2; the closures are listed', async () => {
    const open = JSON.parse((await run('evac', file, '--json')).out);
    expect(open.agents[0].exit).toBe('exit1');
    expect(open.closures).toBeUndefined();
    const r = await run('evac', file, '--scenario', 'exit1-closes', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.closures).toEqual([{ id: 'exit1', at: 1 }]);
    expect(doc.agents[0].exit).toBe('exit2');
    // Turned back after 1 s: slower than walking 15 m straight to exit 2 (15 s at 1 m/s), and than
    // the plain block (which sends them to exit 2 from the start).
    const blocked = JSON.parse((await run('evac', file, '--scenario', 'exit1-blocked', '--json')).out);
    expect(blocked.agents[0].exit).toBe('exit2');
    expect(doc.evacuationTime).toBeGreaterThan(blocked.evacuationTime + 1);
    expect(doc.evacuationTime).toBeLessThan(22);
  });

  it('text output names the closure, in both languages', async () => {
    const en = await run('evac', file, '--scenario', 'exit1-closes');
    expect(en.out).toContain('closed during the run: exit1 at 0:01');
    const zh = await run('--lang', 'zh-CN', 'evac', file, '--scenario', 'exit1-closes');
    expect(zh.out).toContain('疏散过程中关闭：exit1（0:01）');
  });

  it('--mode sfpe refuses a scenario with closures (it cannot re-route), with a usage error', async () => {
    const r = await run('evac', file, '--scenario', 'exit1-closes', '--mode', 'sfpe');
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'closes exit1 at 1 s during the run; the sfpe mode cannot re-route (use --mode agent)',
    );
    expect((await run('evac', file, '--scenario', 'exit1-blocked', '--mode', 'sfpe')).code).toBe(0);
  });
});

describe('drill runs', () => {
  it('a drill task with the scenario closures re-routes like the CLI', () => {
    const sc = room.scenarios![0]!;
    const b = applyScenario(room, sc);
    const plain = runTask({ building: b, seed: 1 });
    const closed = runTask({ building: b, seed: 1, closures: scenarioClosures(sc) });
    expect(plain.exits.find((e) => e.id === 'exit1')!.count).toBe(1);
    expect(closed.exits.find((e) => e.id === 'exit1')!.count).toBe(0);
    expect(closed.exits.find((e) => e.id === 'exit2')!.count).toBe(1);
  });
});

describe('the app path (evacuation worker API, in process)', () => {
  it('run(building, scenarioId) applies the closure too', async () => {
    const r = await evacuationWorkerApi.run(room, 'exit1-closes');
    expect(r.agents[0]!.exit).toBe('exit2');
    expect((await evacuationWorkerApi.run(room, null)).agents[0]!.exit).toBe('exit1');
  });
});
