/**
 * Property-based fuzzing of the loader (fast-check): whatever is thrown at it — random JSON, the
 * valid fixture with any value replaced or removed, truncated or corrupted text — it returns issues
 * with a JSON pointer and a sentence in both languages, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuildingText, validateBuilding, type LoadResult } from '../../../models/load/load-building.ts';
import { validBuilding } from '../validation/fixtures.ts';

function wellFormed(r: LoadResult): boolean {
  return (
    [...r.errors, ...r.warnings].every(
      (i) => (i.path === '' || i.path.startsWith('/')) && i.text.en.length > 0 && i.text['zh-CN'].length > 0,
    ) && (r.errors.length === 0) === (r.building !== undefined)
  );
}

/** Every JSON pointer into a value, with the value's container and key, for targeted mutations. */
function slots(root: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number }[] {
  const out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        out.push({ parent: v, key: i });
        walk(x);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k });
        walk(x);
      }
    }
  };
  walk(root);
  return out;
}

const FIXTURE_SLOTS = slots(validBuilding()).length;
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, 1e308, '', 'outside', '__proto__', null, [], {}),
  fc.array(fc.tuple(fc.double(), fc.double()), { maxLength: 8 }),
);

describe('loader fuzzing', () => {
  it('random JSON documents are refused cleanly', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const r = loadBuildingText(JSON.stringify(v) ?? 'null');
        return r.building === undefined && r.errors.length > 0 && wellFormed(r);
      }),
      { numRuns: 300 },
    );
  });

  it('the valid building with one value replaced by anything gives clean issues', () => {
    fc.assert(
      fc.property(fc.nat(FIXTURE_SLOTS - 1), hostile, (index, value) => {
        const b = validBuilding();
        const slot = slots(b)[index]!;
        (slot.parent as Record<string | number, unknown>)[slot.key] = value;
        return wellFormed(validateBuilding(b));
      }),
      { numRuns: 400 },
    );
  });

  it('the valid building with one value deleted gives clean issues', () => {
    fc.assert(
      fc.property(fc.nat(FIXTURE_SLOTS - 1), (index) => {
        const b = validBuilding();
        const slot = slots(b)[index]!;
        if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
        else delete slot.parent[slot.key as string];
        return wellFormed(validateBuilding(b));
      }),
      { numRuns: 300 },
    );
  });

  it('truncated and corrupted text gives clean issues', () => {
    const text = JSON.stringify(validBuilding());
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 4 }), (cut, junk) => {
        const r1 = loadBuildingText(text.slice(0, cut));
        const r2 = loadBuildingText(text.slice(0, cut) + junk + text.slice(cut + junk.length));
        return wellFormed(r1) && wellFormed(r2) && (cut === text.length || r1.errors.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('every scenario change shape over random ids gives clean issues', () => {
    const id = fc.oneof(
      fc.constantFrom('S', 'P1', 'roof', 'PRV-1', 'car-1', 'F1', 'F2-room', 'F1-exit'),
      fc.string(),
    );
    const change = fc.oneof(
      id.map((x) => ({ block: x })),
      id.map((x) => ({ fail: x })),
      id.map((x) => ({ remove: x })),
      fc.tuple(id, fc.nat(50)).map(([x, n]) => ({ occupants: { storey: x, count: n } })),
      fc.tuple(fc.string(), hostile).map(([p, v]) => ({ set: { path: '/' + p, value: v } })),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 5 }), (changes) => {
        const b = validBuilding();
        b.scenarios![0]!.changes = changes;
        return wellFormed(validateBuilding(b));
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
