/**
 * A scenario's smoke (`{ "smoke": { target, extinction, from?, co?, co2?, o2? } }`) reaches the
 * evacuation engine from the CLI (`lifeline evac --scenario`, both modes), the worker API and the
 * drill's runs; `--json` carries `incapacitated` and per agent `fed` / `incapacitatedAt`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { evacuationWorkerApi } from '../../../sim-core/evacuation/worker-api.ts';
import {
  building,
  door,
  fixedProfile,
  gridPositions,
  rect,
  space,
} from '../../verification/evacuation/buildings.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A 10 × 10 m room, 10 people who start late (NIST TN 1822 2.6's room), a 20 m corridor out. */
const b = building(
  [
    {
      id: 'F1',
      elevation: 0,
      height: 3,
      spaces: [
        space('room', rect(0, 0, 10, 10), { positions: gridPositions(10, 1, 1, 9, 9, 1.6), profile: 'p' }),
        space('corr', rect(10, 4, 30, 6), undefined, 'corridor'),
      ],
      doors: [
        door('d', 'room', 'corr', [10, 4.5], [10, 5.5]),
        door('exit', 'corr', 'outside', [30, 4], [30, 6]),
      ],
    },
  ],
  { profiles: [fixedProfile('p', 1.25, 100)] },
);
b.scenarios = [
  { id: 'gas', changes: [{ smoke: { target: 'room', extinction: 1, co: 5000, co2: 2, o2: 18 } }] },
  { id: 'slow', changes: [{ smoke: { target: 'corr', extinction: 6 } }] },
];
const file = join(mkdtempSync(join(tmpdir(), 'lifeline-smoke-')), 'room.json');
writeFileSync(file, JSON.stringify(b));

describe('lifeline evac with scenario smoke', () => {
  for (const mode of ['agent', 'sfpe'])
    it(`--mode ${mode} --json: "incapacitated" and per agent fed / incapacitatedAt`, async () => {
      const r = await run('evac', file, '--scenario', 'gas', '--mode', mode, '--json');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out) as {
        incapacitated: number;
        evacuated: number;
        incapacitatedBy: { place: string; kind: string; count: number }[];
        agents: { status: string; fed: number; incapacitatedAt: number | null }[];
      };
      // FED = 1 at 207.6 s (NIST 2.6's gases) > 100 s pre-movement + the walk out: nobody is overcome,
      // but each carries the dose of 100 s and more in the room.
      expect(doc.incapacitated).toBe(0);
      expect(doc.evacuated).toBe(10);
      expect(doc.incapacitatedBy).toEqual([]);
      for (const p of doc.agents) {
        expect(p.fed).toBeGreaterThan(0.48);
        expect(p.fed).toBeLessThan(1);
        expect(p.incapacitatedAt).toBeNull();
      }
    });

  it('text output names those overcome; a clear run has no fed fields and "incapacitated": 0', async () => {
    const late = structuredClone(b);
    late.profiles = [fixedProfile('p', 1.25, 400)];
    const f2 = file.replace('room.json', 'late.json');
    writeFileSync(f2, JSON.stringify(late));
    const t = await run('evac', f2, '--scenario', 'gas');
    expect(t.code).toBe(0);
    expect(t.out).toContain('10 incapacitated by smoke');
    expect(t.out).toContain('incapacitated by smoke: 10 in room');
    const zh = await run('--lang', 'zh-CN', 'evac', f2, '--scenario', 'gas');
    expect(zh.out).toContain('10 人因烟气失能');
    const clear = JSON.parse((await run('evac', file, '--json')).out) as {
      incapacitated: number;
      agents: object[];
    };
    expect(clear.incapacitated).toBe(0);
    expect(clear.agents[0]).not.toHaveProperty('fed');
  });

  it('smoke without gases slows: the corridor at K_s = 6 /m takes longer, in both modes', async () => {
    for (const mode of ['agent', 'sfpe']) {
      const clear = JSON.parse((await run('evac', file, '--mode', mode, '--json')).out) as {
        evacuationTime: number;
      };
      const slow = JSON.parse(
        (await run('evac', file, '--scenario', 'slow', '--mode', mode, '--json')).out,
      ) as {
        evacuationTime: number;
      };
      // 20 m at 1.25 m/s × (1 − 0.057/0.706 × 6) = 0.644 m/s instead of ≤ 1.25 m/s: ≥ 15 s more.
      expect(slow.evacuationTime).toBeGreaterThan(clear.evacuationTime + 10);
    }
  });

  it('the worker API applies the scenario smoke too', async () => {
    const r = await evacuationWorkerApi.run(b, 'slow', {});
    const clear = await evacuationWorkerApi.run(b, null, {});
    expect(r.evacuationTime!).toBeGreaterThan(clear.evacuationTime! + 10);
    expect(r.agents[0]).toHaveProperty('fed', 0);
  });
});
