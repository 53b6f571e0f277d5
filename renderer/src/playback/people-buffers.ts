/**
 * The per-frame write of the people layer, kept apart from three.js so it can be tested: from the
 * interpolated agents (x, y, storey, height per agent, interpolate.ts) to packed three-space positions and
 * colours of the agents drawn now. Agents not drawn (safe, or before their first frame) are left
 * out rather than hidden, so the GPU gets only the people still in the building and the buffers
 * upload only the range in use. Allocation-free: it runs every frame for 10 000 agents.
 */
import { Color } from 'three';
import { AGENT_VALUES, HIDDEN } from './interpolate.ts';

/** Linear RGB per agent (3 × agents) from CSS colours, as three's Color reads them. */
export function agentRgb(colours: readonly string[], agents: number): Float32Array {
  const out = new Float32Array(agents * 3);
  const c = new Color();
  for (let i = 0; i < agents; i++) {
    c.set(colours[i] ?? '#ffffff');
    out[i * 3] = c.r;
    out[i * 3 + 1] = c.g;
    out[i * 3 + 2] = c.b;
  }
  return out;
}

/**
 * Writes the drawn agents, packed from index 0, into `positions` (three x, y, z: model (x, y) at
 * their height above their storey's floor (0 on a floor; on a stair flight or in a lift car, the
 * recorder's height) raised by `lift`, model (x, y, z) → three (x, z, −y)) and `colours` (from
 * `rgb`); returns how many were written. `agents` is x, y, storey, height per agent (a recorded
 * or interpolated frame); `floors` the floor elevation per trajectory storey index.
 */
export function packAgents(
  agents: Float32Array,
  count: number,
  floors: Float32Array,
  rgb: Float32Array,
  lift: number,
  positions: Float32Array,
  colours: Float32Array,
): number {
  let k = 0;
  for (let i = 0, o = 0, c = 0; i < count; i++, o += AGENT_VALUES, c += 3) {
    const storey = agents[o + 2]!;
    if (storey === HIDDEN) continue;
    const w = k * 3;
    positions[w] = agents[o]!;
    positions[w + 1] = (floors[storey] ?? 0) + agents[o + 3]! + lift;
    positions[w + 2] = -agents[o + 1]!;
    colours[w] = rgb[c]!;
    colours[w + 1] = rgb[c + 1]!;
    colours[w + 2] = rgb[c + 2]!;
    k++;
  }
  return k;
}
