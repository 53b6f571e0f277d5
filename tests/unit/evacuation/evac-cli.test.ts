/** `lifeline evac`, called in-process (as tests/unit/cli/cli.test.ts does for the other commands). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { stairTower } from '../../verification/evacuation/buildings.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'lifeline-evac-'));
const file = join(dir, 'tower.json');
const b = stairTower({
  floors: 3,
  height: 3,
  perFloor: 5,
  riser: 0.17,
  tread: 0.28,
  width: 1.2,
  profile: 'adult',
});
b.scenarios = [{ id: 'no-stair', seed: 7, changes: [{ block: 'S' }] }];
writeFileSync(file, JSON.stringify(b));

describe('lifeline evac', () => {
  it('--json prints one document in the issue 3 shape', async () => {
    const r = await run('evac', file, '--json', '--seed', '2');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({
      status: 'complete',
      occupants: 10,
      evacuated: 10,
      trapped: 0,
      mode: 'agent',
      seed: 2,
    });
    expect(doc.evacuationTime).toBeGreaterThan(0);
    expect(doc.exits[0]).toMatchObject({ id: 'exit', count: 10 });
    expect(doc.storeys.map((s: { id: string }) => s.id)).toEqual(['F1', 'F2', 'F3']);
    expect(doc.stairs[0].id).toBe('S');
    expect(doc.curve.at(-1)[1]).toBe(10);
    expect(doc.agents).toHaveLength(10);
    expect(Object.keys(doc.agents[0]).sort()).toEqual(
      ['exit', 'exitTime', 'id', 'premovement', 'profile', 'stairTime', 'start', 'status'].sort(),
    );
  });

  it('text output in English and Chinese; a scenario that cuts the stair reports the trapped', async () => {
    const r = await run('evac', file, '--scenario', 'no-stair');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^RSET --:-- \(- s\): 0 of 10 safe, 10 trapped \(mode agent, seed 7\)/);
    expect(r.out).toContain('trapped: 5 in F2-room (/storeys/1/spaces/0)');
    const zh = await run('--lang', 'zh-CN', 'evac', file);
    expect(zh.out).toMatch(/^疏散时间 \d+:\d\d/);
  });

  it('refuses an unknown --mode clearly, and unknown scenarios and bad seeds as usage errors', async () => {
    // (--mode sfpe is implemented now: the hydraulic mode's own tests cover it.)
    const s = await run('evac', file, '--mode', 'nope');
    expect(s.code).toBe(2);
    expect(s.err).toContain('nope');
    const u = await run('evac', file, '--scenario', 'nope');
    expect(u.code).toBe(2);
    expect(u.err).toContain('no-stair');
    expect((await run('evac', file, '--seed', '-1')).code).toBe(2);
    expect((await run('evac', join(dir, 'missing.json'))).code).toBe(2);
  });
});
