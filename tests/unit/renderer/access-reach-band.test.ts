import { describe, expect, it } from 'vitest';
import { insideEnvelope } from '../../../sim-core/access/aerial-envelope.ts';
import { aerialReach } from '../../../sim-core/access/aerial-reach.ts';
import { outlineGeometry, reachColumns } from '../../../renderer/src/scene/access-reach-band.ts';
import type { Building } from '../../../models/index.ts';
import type { Vehicle } from '../../../models/schema/vehicle.ts';

// A made-up stepped envelope (not a data sheet): 30 m up to 8 m out, falling to 20 m at 16 m.
const envelope: [number, number][] = [
  [3, 30],
  [8, 30],
  [16, 20],
];

describe('aerial reach band on the facade', () => {
  it('column top agrees with insideEnvelope at every sample', () => {
    const cols = reachColumns(envelope, 0, -6, [-20, 0], [20, 0], 12, 15);
    expect(cols.length).toBe(81);
    for (const [x, y, top] of cols) {
      const r = Math.hypot(x, y + 6);
      for (const z of [12, 13.5, 15]) {
        const drawnInside = !Number.isNaN(top) && z <= top + 1e-9;
        expect(drawnInside, `x=${x} z=${z}`).toBe(insideEnvelope(envelope, r, z));
      }
    }
    // Something is reached and something is not: the test can tell them apart.
    expect(cols.some((c) => Number.isNaN(c[2]))).toBe(true);
    expect(cols.some((c) => !Number.isNaN(c[2]))).toBe(true);
  });

  it("agrees with aerial-reach's decision for openings along the wall", () => {
    const storeys = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({
      id: `F${i + 1}`,
      elevation: i * 3,
      height: 3,
    }));
    const openings = [];
    for (let x = -18; x <= 18; x += 1.5)
      for (const s of storeys) openings.push({ id: `o${x}-${s.id}`, storey: s.id, at: [x, 0], sill: 0.9 });
    const b = { storeys, facade: { openings } } as unknown as Building;
    const v = { id: 'a', aerial: { envelope } } as unknown as Vehicle;
    const tt = { x: 2, y: -7, heading: 0 };
    const reached = new Set(aerialReach(b, v, 'site', [tt]).reachable);
    for (const o of openings) {
      const s = storeys.find((st) => st.id === o.storey)!;
      const z = s.elevation + o.sill;
      const [col] = reachColumns(envelope, tt.x, tt.y, o.at, o.at, s.elevation, s.elevation + s.height);
      const drawn = !Number.isNaN(col![2]) && z <= col![2] + 1e-9;
      expect(drawn, o.id).toBe(reached.has(o.id));
    }
    expect(reached.size).toBeGreaterThan(0);
    expect(reached.size).toBeLessThan(openings.length);
  });

  it('outlines the envelope-limited top and the sides, not the storey ceiling', () => {
    // Storey 24–27 m: the envelope limits the top between 10.4 m and 12.8 m out, not nearer.
    const cols = reachColumns(envelope, 0, -6, [-20, 0], [20, 0], 24, 27);
    const tris: number[] = [];
    const lines: number[] = [];
    outlineGeometry(cols, 24, 27, 0, 1, 0.1, 0.3, tris, lines);
    expect(tris.length % 9).toBe(0);
    expect(lines.length % 6).toBe(0);
    const heights = new Set<number>();
    for (let k = 1; k < lines.length; k += 3) heights.add(Math.round(lines[k]! * 1000) / 1000);
    // Every outline vertex is at a column top, at the storey floor, or both sides' vertical edges.
    const tops = new Set(cols.filter((c) => !Number.isNaN(c[2])).map((c) => Math.round(c[2] * 1000) / 1000));
    for (const h of heights) expect(h === 24 || tops.has(h), `height ${h}`).toBe(true);
    // The storey ceiling (27 m) is not outlined where the envelope reaches above it.
    for (let k = 0; k + 5 < lines.length; k += 6)
      expect(lines[k + 1] === 27 && lines[k + 4] === 27).toBe(false);
    // Stood off the wall on the outward side (+y → three's −z).
    for (let k = 2; k < lines.length; k += 3) expect(lines[k]).toBeCloseTo(-0.1);
    // Some of the top is the envelope's (below the ceiling, above the floor).
    expect([...heights].some((h) => h > 24 && h < 27)).toBe(true);
  });
});
