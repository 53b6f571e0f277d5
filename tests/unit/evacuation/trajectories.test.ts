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

  it('one frame every interval from t = 0 to the end, 3 values per agent', () => {
    const steps = Math.round(r.endTime / r.dt);
    const every = Math.round(2 / r.dt);
    expect(tr.interval).toBeCloseTo(2, 12);
    expect(tr.agents).toBe(24);
    expect(tr.frames).toHaveLength(Math.floor(steps / every) + 1);
    expect(tr.times).toHaveLength(tr.frames.length);
    tr.times.forEach((t, f) => expect(t).toBeCloseTo(2 * f, 9));
    for (const frame of tr.frames) expect(frame).toHaveLength(3 * 24);
    expect(tr.storeys).toEqual(['F1', 'F2', 'F3']);
  });

  it('frame 0 is everyone at their start; storey −1 exactly once they are safe', () => {
    const f0 = tr.frames[0]!;
    r.agents.forEach((p, i) => {
      expect(f0[3 * i + 2]).toBe(Number(p.start.slice(1, 2)) - 1);
      expect(f0[3 * i]).toBeGreaterThan(0);
      expect(f0[3 * i]).toBeLessThan(10);
    });
    tr.frames.forEach((frame, f) => {
      const t = tr.times[f]!;
      r.agents.forEach((p, i) => {
        if (p.exitTime! < t - 0.01) expect(frame[3 * i + 2]).toBe(-1);
        if (p.exitTime! > t + 0.01) expect(frame[3 * i + 2]).toBeGreaterThanOrEqual(0);
      });
    });
    // People move: the middle frame differs from the first in x or y of a person still inside.
    const mid = tr.frames[Math.floor(tr.frames.length / 2)]!;
    expect(mid.some((v, k) => k % 3 !== 2 && mid[k - (k % 3) + 2]! >= 0 && v !== f0[k])).toBe(true);
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
