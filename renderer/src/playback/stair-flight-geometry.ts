/**
 * The dog-leg flights people walk on in a playback, drawn inside the stair wells: per pair of
 * landings two sloped flights and the half-landing between them, from the engine's own stair plan
 * (sim-core/evacuation/record/stair-flights.ts, the one the trajectory recorder places stair walkers
 * on), so the people stand on what is drawn. Thin double-sided quads, merged into one geometry.
 * Model (x, y, z) → three (x, z, −y).
 */
import { BufferAttribute, BufferGeometry } from 'three';
import type { Building } from '../../../models/index.ts';
import { type DogLeg, stairFlights } from '../../../sim-core/evacuation/record/stair-flights.ts';

/** Quads per dog-leg: flight 1, half-landing, flight 2. */
const QUADS_PER_LEG = 3;

/** One geometry of every stair's flights and half-landings (null when the building has none). */
export function stairFlightGeometry(building: Building): BufferGeometry | null {
  const legs: { leg: DogLeg; base: number }[] = [];
  for (const st of stairFlights(building))
    st.legs.forEach((leg, d) => legs.push({ leg, base: st.landings[d]!.elevation }));
  if (legs.length === 0) return null;
  const pos = new Float32Array(legs.length * QUADS_PER_LEG * 6 * 3);
  let o = 0;
  for (const { leg, base } of legs) {
    const w = leg.well;
    const u0 = leg.landingDepth;
    const u1 = u0 + leg.run;
    const half = w.across / 2;
    const vertex = (u: number, v: number, z: number) => {
      pos[o++] = w.ox + w.ux * u + w.vx * v;
      pos[o++] = base + z;
      pos[o++] = -(w.oy + w.uy * u + w.vy * v);
    };
    const quad = (
      a: [number, number, number],
      b: [number, number, number],
      c: [number, number, number],
      d: [number, number, number],
    ) => {
      for (const p of [a, b, c, a, c, d]) vertex(p[0], p[1], p[2]);
    };
    const h = leg.rise / 2;
    // Flight 1 (side A), rising from the floor landing to the half-landing.
    quad([u0, 0, 0], [u1, 0, h], [u1, half, h], [u0, half, 0]);
    // Half-landing across the far end.
    quad([u1, 0, h], [w.long, 0, h], [w.long, w.across, h], [u1, w.across, h]);
    // Flight 2 (side B), rising back to the next floor landing.
    quad([u1, half, h], [u0, half, leg.rise], [u0, w.across, leg.rise], [u1, w.across, h]);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.computeVertexNormals();
  return g;
}
