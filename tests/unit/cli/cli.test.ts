/** The CLI's contract, called in-process (main returns the exit code; output is captured). */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { validBuilding } from '../validation/fixtures.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'lifeline-cli-'));
const good = join(dir, 'good.json');
writeFileSync(good, JSON.stringify(validBuilding()));
const bad = join(dir, 'bad.json');
const broken = validBuilding();
broken.storeys[0]!.height = -3;
broken.stairs[0]!.landings[1]!.space = 'F2-corr';
writeFileSync(bad, JSON.stringify(broken));
mkdirSync(join(dir, 'folder.json'));

describe('lifeline CLI', () => {
  it('--help lists the commands and exits 0; each command has --help', async () => {
    const h = await run('--help');
    expect(h.code).toBe(0);
    for (const c of ['validate', 'info', 'generate']) expect(h.out).toContain(c);
    for (const c of [['validate'], ['info'], ['generate', 'tower']]) {
      const r = await run(...c, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Usage: lifeline/);
    }
  });

  it('an unknown command or option is a usage error (exit 2)', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('validate', '--bogus', good)).code).toBe(2);
  });

  it('validate: exit 0 and a one-line summary for a valid file', async () => {
    const r = await run('validate', good);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toHaveLength(1);
    expect(r.out).toMatch(
      /^valid: "Test block", 2 storeys, 6\.0 m, 8 occupants, 1 scenarios, 0 warning\(s\)$/,
    );
  });

  it('validate: exit 1 and one line per error, "/json/path: message", on stderr', async () => {
    const r = await run('validate', bad);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toEqual(['/storeys/0/height: must be > 0, not -3']);
    const zh = await run('--lang', 'zh-CN', 'validate', bad);
    expect(zh.err).toBe('/storeys/0/height: 必须 > 0，实际为 -3');
  });

  it('validate: exit 2 for a missing file or a folder', async () => {
    const missing = await run('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('does not exist');
    expect((await run('validate', join(dir, 'folder.json'))).code).toBe(2);
  });

  it('validate --json prints one JSON document', async () => {
    const r = await run('validate', '--json', bad);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc.valid).toBe(false);
    expect(doc.errors[0]).toMatchObject({ path: '/storeys/0/height', message: 'must be > 0, not -3' });
    expect(doc.warnings).toEqual([]);
    const many = JSON.parse((await run('validate', '--json', good, bad)).out);
    expect(many.valid).toBe(false);
    expect(many.files.map((f: { valid: boolean }) => f.valid)).toEqual([true, false]);
  });

  it('validate: several files, exit code is the worst', async () => {
    const r = await run('validate', good, bad, join(dir, 'nope.json'));
    expect(r.code).toBe(2);
    expect(r.out).toContain(`${good}: valid`);
    expect(r.err).toContain(`${bad}: /storeys/0/height`);
  });

  it('info: storeys, height, occupants by storey, stairs, exits, hydrants, rescue sites, canopy share', async () => {
    const r = await run('info', good);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Storeys: 2, height 6.0 m, not high-rise');
    expect(r.out).toContain('Occupants: 8');
    expect(r.out).toContain('S: 1.2 m wide, smokeproof, F1–F2');
    expect(r.out).toContain('F1-exit: F1, 1.00 m');
    expect(r.out).toContain('Hydrants: 1');
    expect(r.out).toContain('rs: 100.0 m², slope 1 %');
    expect(r.out).toContain('combustible canopies 100 % of units, 1 protruding nets without a hatch');
    const json = JSON.parse((await run('info', '--json', good)).out);
    expect(json.occupants).toBe(8);
    expect(json.storeys.map((s: { occupants: number }) => s.occupants)).toEqual([4, 4]);
    expect((await run('info', bad)).code).toBe(1);
  });
});

describe('lifeline generate tower', () => {
  it('writes a valid model atomically with -o, and the file validates', async () => {
    const out = join(dir, 'gen.json');
    const r = await run(
      'generate',
      'tower',
      '--storeys',
      '12',
      '--units',
      '4',
      '--stairs',
      'two',
      '--parked-cars',
      '2',
      '-o',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote .*gen\.json: 12 storeys, \d+ occupants, \d+ warning\(s\)$/);
    const v = await run('validate', out);
    expect(v.code).toBe(0);
    expect(v.out).toContain('12 storeys');
  });

  it('prints the model to stdout without -o', async () => {
    const r = await run('generate', 'tower', '--storeys', '3', '--units', '2');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).storeys).toHaveLength(3);
  });

  it('refuses bad options naming the flag, in the chosen language', async () => {
    const r = await run('generate', 'tower', '--storeys', '500', '--stairs', 'spiral', '--lane-width', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toBe('lifeline: --lane-width: "x" is not a number');
    const s = await run('generate', 'tower', '--storeys', '500', '--stairs', 'spiral');
    expect(s.err.split('\n')).toEqual([
      'lifeline: --storeys: storeys must be between 1 and 120, not 500',
      'lifeline: --stairs: stairs must be one of single, two, scissor, not "spiral"',
    ]);
    const zh = await run('--lang', 'zh-CN', 'generate', 'tower', '--units', '0');
    expect(zh.err).toBe('lifeline: --units: 每层户数必须在 1 到 16 之间，而不是 0');
  });
});
