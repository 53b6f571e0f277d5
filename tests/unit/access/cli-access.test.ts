/** `lifeline access` in-process: text and JSON output, scenario application, bad input. */
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';

const sample = new URL('../../../models/samples/old-tower-1998-24f.json', import.meta.url).pathname;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lifeline access', () => {
  it('--json prints the documented shape', async () => {
    const r = await run('access', sample, '--vehicle', 'pumper-CB10/60', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.vehicles.length).toBe(2);
    for (const v of doc.vehicles)
      expect(Object.keys(v)).toEqual(
        expect.arrayContaining([
          'id',
          'target',
          'reached',
          'path',
          'length',
          'reversals',
          'arrivalTime',
          'blockedBy',
          'removeToPass',
          'stuckAt',
        ]),
      );
    expect(doc.facade).toMatchObject({ riskClass: 'high' });
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['vehicles', 'rescueSites', 'openings', 'facade', 'checks']),
    );
    expect(Object.keys(doc.facade)).toEqual(
      expect.arrayContaining(['canopyShare', 'riskClass', 'netsWithoutHatch']),
    );
    for (const s of doc.rescueSites)
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'ok', 'checks']));
    for (const o of doc.openings)
      expect(Object.keys(o)).toEqual(expect.arrayContaining(['id', 'storey', 'reachableBy', 'blocked']));
    expect(doc.openings.length).toBe(480);
    for (const c of doc.checks) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['clause', 'ok', 'value', 'limit', 'unit', 'verified', 'message']),
      );
      expect(typeof c.message.en).toBe('string');
      expect(typeof c.message['zh-CN']).toBe('string');
    }
  });
  it('an unknown scenario or vehicle is exit 1 with a path; a missing file exit 2', async () => {
    expect((await run('access', sample, '--scenario', 'nope')).code).toBe(1);
    const v = await run('access', sample, '--vehicle', 'tank-99');
    expect(v.code).toBe(1);
    expect(v.err).toContain('/vehicles');
    expect((await run('access', '/nonexistent.json')).code).toBe(2);
  });
});
