/** `lifeline evac --mode sfpe`, called in-process: the hydraulic mode behind the same CLI and JSON shape. */
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

const dir = mkdtempSync(join(tmpdir(), 'lifeline-evac-sfpe-'));
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

describe('lifeline evac --mode sfpe', () => {
  it('--json prints the issue 3 document with mode "sfpe"', async () => {
    const r = await run('evac', file, '--mode', 'sfpe', '--json', '--seed', '2');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({
      status: 'complete',
      occupants: 10,
      evacuated: 10,
      trapped: 0,
      mode: 'sfpe',
      seed: 2,
    });
    expect(doc.evacuationTime).toBeGreaterThan(0);
    expect(doc.exits[0]).toMatchObject({ id: 'exit', count: 10 });
    expect(doc.stairs[0].id).toBe('S');
    expect(doc.agents).toHaveLength(10);
  });

  it('reports trapped people under a scenario, and text output in Chinese', async () => {
    const r = await run('--lang', 'zh-CN', 'evac', file, '--mode', 'sfpe', '--scenario', 'no-stair');
    expect(r.code).toBe(0);
    expect(r.out).toContain('被困');
    expect(r.out).toContain('模式 sfpe');
  });

  it('still refuses an unknown mode', async () => {
    const r = await run('evac', file, '--mode', 'hydro');
    expect(r.code).toBe(2);
    expect(r.err).toContain('hydro');
  });
});
