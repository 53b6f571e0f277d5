/**
 * The hydrant `reducer` extension (a pressure-reducing orifice, docs/model-format.md): optional, so a
 * file without it stays valid; when given, its type, drop and flow are checked with path-named errors.
 */
import { describe, expect, it } from 'vitest';
import { bilingual, issuesAfter } from './helpers.ts';

describe('hydrant reducer (Lifeline extension)', () => {
  it('accepts an orifice with a positive drop (Pa) and flow (m³/s)', () => {
    const issues = issuesAfter((b) => {
      b.water!.hydrants![0]!.reducer = { type: 'orifice', drop: 200000, flow: 0.0057 };
    });
    expect(issues.filter((i) => i.path.includes('reducer'))).toEqual([]);
  });

  it('refuses a negative drop, a zero flow, an unknown type and an unknown field, naming the path', () => {
    for (const [reducer, path] of [
      [{ type: 'orifice', drop: -1, flow: 0.005 }, '/water/hydrants/0/reducer/drop'],
      [{ type: 'orifice', drop: 1000, flow: 0 }, '/water/hydrants/0/reducer/flow'],
      [{ type: 'prv', drop: 1000, flow: 0.005 }, '/water/hydrants/0/reducer/type'],
      [{ type: 'orifice', drop: 1000, flow: 0.005, bore: 0.02 }, '/water/hydrants/0/reducer/bore'],
    ] as const) {
      const issues = issuesAfter((b) => {
        (b.water!.hydrants![0] as Record<string, unknown>)['reducer'] = reducer;
      });
      expect(issues.map((i) => i.path)).toContain(path);
      expect(bilingual(issues)).toBe(true);
    }
  });
});
