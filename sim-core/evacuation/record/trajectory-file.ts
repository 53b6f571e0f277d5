/**
 * The trajectory file (`lifeline evac --trajectories out.bin`): the stream of
 * trajectory-recorder.ts in one little-endian binary file, pure bytes in and out (the CLI writes it
 * atomically; a browser can read it from a Blob). Layout:
 *
 *   offset  size  field
 *   0       8     magic "LLTRAJ01" (ASCII)
 *   8       4     uint32 format version = 2
 *   12      4     uint32 agents n
 *   16      4     uint32 frames m
 *   20      4     uint32 values per agent v = 4 (x, y, storey, height)
 *   24      8     float64 interval (s)
 *   32      4     uint32 metadata length L (bytes)
 *   36      L     UTF-8 JSON { "storeys": [ids by index], "agents": [ids by index] }, padded with
 *                 spaces to a multiple of 4 bytes (counted in L)
 *   36 + L  …     m frames, each: float64 time (s) then v·n float32 (x m, y m, storey index; −1 =
 *                 safe; height m above that storey's floor: off 0 on a stair flight or in a lift)
 *
 * Version 1 (before people on stairs and in lifts were placed) had v = 3, no height, and stair and
 * lift riders at their last floor point; it is still read, each height taken as 0. Any other
 * version is refused with its number.
 * Little-endian whatever the machine (DataView), so a file moves between machines unchanged.
 */
import { TRAJECTORY_VALUES_PER_AGENT, type TrajectoryStream } from './trajectory-recorder.ts';

export const TRAJECTORY_MAGIC = 'LLTRAJ01';
export const TRAJECTORY_FORMAT_VERSION = 2;
/** Values per agent in a version 1 file: x, y, storey (no height). */
const V1_VALUES_PER_AGENT = 3;
const HEADER = 36;

export interface TrajectoryFile extends TrajectoryStream {
  /** Agent ids by index (result.agents[i].id), when the writer had them. */
  agentIds: string[];
  /** The file's format version (1: no heights, stair and lift riders at their last floor point). */
  version: number;
}

export function encodeTrajectories(stream: TrajectoryStream, agentIds: readonly string[] = []): Uint8Array {
  const n = stream.agents;
  const m = stream.frames.length;
  let meta = new TextEncoder().encode(JSON.stringify({ storeys: stream.storeys, agents: agentIds }));
  const padded = Math.ceil(meta.length / 4) * 4;
  if (padded !== meta.length) {
    const p = new Uint8Array(padded).fill(0x20);
    p.set(meta);
    meta = p;
  }
  const frameBytes = 8 + 4 * TRAJECTORY_VALUES_PER_AGENT * n;
  const out = new Uint8Array(HEADER + meta.length + m * frameBytes);
  const v = new DataView(out.buffer);
  for (let k = 0; k < 8; k++) out[k] = TRAJECTORY_MAGIC.charCodeAt(k);
  v.setUint32(8, TRAJECTORY_FORMAT_VERSION, true);
  v.setUint32(12, n, true);
  v.setUint32(16, m, true);
  v.setUint32(20, TRAJECTORY_VALUES_PER_AGENT, true);
  v.setFloat64(24, stream.interval, true);
  v.setUint32(32, meta.length, true);
  out.set(meta, HEADER);
  let o = HEADER + meta.length;
  for (let f = 0; f < m; f++) {
    const frame = stream.frames[f]!;
    if (frame.length !== TRAJECTORY_VALUES_PER_AGENT * n)
      throw new Error(`trajectory frame ${f}: wrong length`);
    v.setFloat64(o, stream.times[f]!, true);
    o += 8;
    for (let k = 0; k < frame.length; k++, o += 4) v.setFloat32(o, frame[k]!, true);
  }
  return out;
}

export function decodeTrajectories(bytes: Uint8Array): TrajectoryFile {
  const fail = (why: string): never => {
    throw new Error(`not a Lifeline trajectory file: ${why}`);
  };
  if (bytes.length < HEADER) fail('too short');
  for (let k = 0; k < 8; k++) if (bytes[k] !== TRAJECTORY_MAGIC.charCodeAt(k)) fail('bad magic');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = v.getUint32(8, true);
  if (version !== TRAJECTORY_FORMAT_VERSION && version !== 1)
    fail(`format version ${version} (this Lifeline reads versions 1 and ${TRAJECTORY_FORMAT_VERSION})`);
  const n = v.getUint32(12, true);
  const m = v.getUint32(16, true);
  const per = v.getUint32(20, true);
  const expected = version === 1 ? V1_VALUES_PER_AGENT : TRAJECTORY_VALUES_PER_AGENT;
  if (per !== expected) fail(`${per} values per agent in a version ${version} file (expected ${expected})`);
  const interval = v.getFloat64(24, true);
  const metaLength = v.getUint32(32, true);
  const frameBytes = 8 + 4 * per * n;
  if (bytes.length !== HEADER + metaLength + m * frameBytes) fail('length does not match the header');
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER, HEADER + metaLength))) as {
    storeys: string[];
    agents: string[];
  };
  const times = new Float64Array(m);
  const frames: Float32Array[] = [];
  let o = HEADER + metaLength;
  for (let f = 0; f < m; f++) {
    times[f] = v.getFloat64(o, true);
    o += 8;
    // Always the current layout: a version 1 agent gets height 0 (its 4th value).
    const frame = new Float32Array(TRAJECTORY_VALUES_PER_AGENT * n);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < per; k++, o += 4)
        frame[i * TRAJECTORY_VALUES_PER_AGENT + k] = v.getFloat32(o, true);
    frames.push(frame);
  }
  return { interval, agents: n, storeys: meta.storeys, agentIds: meta.agents, times, frames, version };
}
