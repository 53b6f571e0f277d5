/**
 * The trajectory stream and density maps (record/): frame count and agent count, what a frame
 * holds, the binary file round trip, `lifeline evac --trajectories`, and Fruin levels per cell.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import {
  decodeTrajectories,
  encodeTrajectories,
  fruinLevel,
  runEvacuation,
} from '../../../sim-core/evacuation/index.ts';
import { stairTower } from '../../verification/evacuation/buildings.ts';

const tower = stairTower({
  floors: 3,
  height: 3,
  perFloor: 12,
  riser: 0.17,
  tread: 0.28,
  width: 1.2,
  profile: 'adult',
});

describe('trajectory stream', () => {
  const plain = runEvacuation(tower, { seed: 3 });
  const r = runEvacuation(tower, { seed: 3, record: { interval: 2 } });
  const tr = r.trajectories!;

  it('recording changes nothing else in the result', () => {
    const { trajectories: _t, densityMaps: _d, ...rest } = r;
    expect(rest).toEqual(plain);
  });

  it('one frame every interval from t = 0 to the end, 4 values per agent', () => {
    const steps = Math.round(r.endTime / r.dt);
    const every = Math.round(2 / r.dt);
    expect(tr.interval).toBeCloseTo(2, 12);
    expect(tr.agents).toBe(24);
    expect(tr.frames).toHaveLength(Math.floor(steps / every) + 1);
    expect(tr.times).toHaveLength(tr.frames.length);
    tr.times.forEach((t, f) => expect(t).toBeCloseTo(2 * f, 9));
    for (const frame of tr.frames) expect(frame).toHaveLength(4 * 24);
    expect(tr.storeys).toEqual(['F1', 'F2', 'F3']);
  });

  it('frame 0 is everyone at their start; storey −1 exactly once they are safe', () => {
    const f0 = tr.frames[0]!;
    r.agents.forEach((p, i) => {
      expect(f0[4 * i + 2]).toBe(Number(p.start.slice(1, 2)) - 1);
      expect(f0[4 * i]).toBeGreaterThan(0);
      expect(f0[4 * i]).toBeLessThan(10);
      expect(f0[4 * i + 3]).toBe(0);
    });
    tr.frames.forEach((frame, f) => {
      const t = tr.times[f]!;
      r.agents.forEach((p, i) => {
        if (p.exitTime! < t - 0.01) expect(frame[4 * i + 2]).toBe(-1);
        if (p.exitTime! > t + 0.01) expect(frame[4 * i + 2]).toBeGreaterThanOrEqual(0);
      });
    });
    // People move: the middle frame differs from the first in x or y of a person still inside.
    const mid = tr.frames[Math.floor(tr.frames.length / 2)]!;
    expect(mid.some((v, k) => k % 4 < 2 && mid[k - (k % 4) + 2]! >= 0 && v !== f0[k])).toBe(true);
  });

  it('round-trips through the binary file format (little-endian, header, ids)', () => {
    const ids = r.agents.map((p) => p.id);
    const bytes = encodeTrajectories(tr, ids);
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('LLTRAJ01');
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(v.getUint32(12, true)).toBe(24);
    expect(v.getUint32(16, true)).toBe(tr.frames.length);
    const back = decodeTrajectories(bytes);
    expect(back.agents).toBe(24);
    expect(back.interval).toBe(tr.interval);
    expect(back.storeys).toEqual(tr.storeys);
    expect(back.agentIds).toEqual(ids);
    expect(back.times).toEqual(tr.times);
    expect(back.frames).toEqual(tr.frames);
    expect(() => decodeTrajectories(bytes.subarray(0, bytes.length - 4))).toThrow(/length/);
    const bad = bytes.slice();
    bad[0] = 0x58;
    expect(() => decodeTrajectories(bad)).toThrow(/magic/);
    expect(back.version).toBe(2);
    expect(v.getUint32(8, true)).toBe(2);
    expect(v.getUint32(20, true)).toBe(4);
    // A future version is refused, naming it.
    const future = bytes.slice();
    new DataView(future.buffer).setUint32(8, 3, true);
    expect(() => decodeTrajectories(future)).toThrow(/format version 3/);
  });

  it('still reads a version 1 file (3 values per agent): heights 0, the rest as written', () => {
    // Written by hand in the version 1 layout (record/trajectory-file.ts before version 2).
    const n = 2;
    const meta = new TextEncoder().encode(JSON.stringify({ storeys: ['F1', 'F2'], agents: ['a', 'b'] }));
    const L = Math.ceil(meta.length / 4) * 4;
    const frames = [
      [0, [1.5, 2.5, 1, 3.5, 4.5, 0]],
      [1, [1.75, 2.25, 1, 3.25, 4.75, -1]],
    ] as const;
    const bytes = new Uint8Array(36 + L + frames.length * (8 + 12 * n)).fill(0x20, 36, 36 + L);
    const dv = new DataView(bytes.buffer);
    for (let k = 0; k < 8; k++) bytes[k] = 'LLTRAJ01'.charCodeAt(k);
    dv.setUint32(8, 1, true);
    dv.setUint32(12, n, true);
    dv.setUint32(16, frames.length, true);
    dv.setUint32(20, 3, true);
    dv.setFloat64(24, 1, true);
    dv.setUint32(32, L, true);
    bytes.set(meta, 36);
    let o = 36 + L;
    for (const [t, values] of frames) {
      dv.setFloat64(o, t, true);
      o += 8;
      for (const x of values) {
        dv.setFloat32(o, x, true);
        o += 4;
      }
    }
    const back = decodeTrajectories(bytes);
    expect(back.version).toBe(1);
    expect(back.agentIds).toEqual(['a', 'b']);
    expect([...back.frames[0]!]).toEqual([1.5, 2.5, 1, 0, 3.5, 4.5, 0, 0]);
    expect([...back.frames[1]!]).toEqual([1.75, 2.25, 1, 0, 3.25, 4.75, -1, 0]);
    // Version 1 with 4 values per agent is not a file this or an older Lifeline wrote.
    dv.setUint32(20, 4, true);
    expect(() => decodeTrajectories(bytes)).toThrow(/4 values per agent in a version 1 file/);
  });
});

describe('density maps', () => {
  it('Fruin walkway levels at the table boundaries (reference §6.5)', () => {
    // m²/p: A > 3.25, B 2.3–3.25, C 1.4–2.3, D 0.93–1.4, E 0.46–0.93, F < 0.46.
    expect([0, 1 / 4, 1 / 3, 1 / 2, 1, 1 / 0.7, 2, 3].map(fruinLevel)).toEqual([0, 0, 1, 2, 3, 4, 4, 5]);
  });

  it('per storey, a level per cell that matches its maximum density; a packed room reaches E–F', () => {
    const crowd = stairTower({
      floors: 2,
      height: 3,
      perFloor: 80,
      riser: 0.17,
      tread: 0.28,
      width: 1.2,
      profile: 'adult',
    });
    const r = runEvacuation(crowd, { seed: 1, record: { interval: 1, trajectories: false } });
    expect(r.trajectories).toBeUndefined();
    const maps = r.densityMaps!;
    expect(maps.map((m) => m.storey)).toEqual(['F1', 'F2']);
    const m = maps[1]!;
    expect(m.nx * m.ny).toBe(m.maxDensity.length);
    for (let k = 0; k < m.los.length; k++) expect(m.los[k]).toBe(fruinLevel(m.maxDensity[k]!));
    // 80 people in a 60 m² room: at t = 0 alone that is 1.33 p/m² on average.
    expect(Math.max(...m.los)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...m.timeEF)).toBeGreaterThan(0);
    // Nobody starts on F1 (ground): only those passing through count there, far fewer cells.
    const busy = (x: Float32Array) => x.filter((d) => d > 0).length;
    expect(busy(maps[0]!.maxDensity)).toBeLessThan(busy(m.maxDensity));
  });
});

describe('lifeline evac --trajectories / --fire-lifts', () => {
  it('writes the stream atomically, with the frame and agent counts of the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifeline-traj-'));
    const file = join(dir, 'tower.json');
    writeFileSync(file, JSON.stringify(tower));
    const out: string[] = [];
    const bin = join(dir, 'out.bin');
    const code = await main(
      ['evac', file, '--json', '--seed', '3', '--trajectories', bin, '--trajectory-interval', '2'],
      { out: (l) => out.push(l), err: (l) => out.push(l) },
    );
    expect(code).toBe(0);
    const doc = JSON.parse(out.join('\n'));
    const back = decodeTrajectories(new Uint8Array(readFileSync(bin)));
    expect(back.agents).toBe(doc.occupants);
    expect(back.agentIds).toEqual(doc.agents.map((p: { id: string }) => p.id));
    expect(back.frames).toHaveLength(Math.floor(doc.curve.at(-1)[0] / 2 + 1e-9) + 1);
    expect(readdirSync(dir).sort()).toEqual(['out.bin', 'tower.json']);
    // The hydraulic mode records no trajectories (it has fire lifts since fire-lifts-scenario.test.ts).
    const sfpe = await main(['evac', file, '--mode', 'sfpe', '--trajectories', bin], {
      out: () => undefined,
      err: () => undefined,
    });
    expect(sfpe).toBe(2);
  });
});
