import { liveViewByDefault } from '../../../../renderer/src/run/live-preference.ts';
import { describe, expect, it } from 'vitest';
import {
  createResolutionGovernor,
  FRAME_BUDGET_MS,
  MIN_SCALE,
} from '../../../../renderer/src/playback/adaptive-resolution.ts';
import { HIDDEN } from '../../../../renderer/src/playback/interpolate.ts';
import { agentRgb, packAgents } from '../../../../renderer/src/playback/people-buffers.ts';

describe('packAgents', () => {
  it('packs the drawn agents from index 0, at their height, model (x, y) → three (x, −y)', () => {
    // Agent 0 on storey 1's floor, agent 1 safe, agent 2 on a flight 1.25 m above storey 0.
    const agents = Float32Array.from([1, 2, 1, 0, 9, 9, HIDDEN, 0, 3, 4, 0, 1.25]);
    const floors = Float32Array.from([0, 3]);
    const rgb = agentRgb(['#ff0000', '#00ff00', '#0000ff'], 3);
    const positions = new Float32Array(9).fill(-7);
    const colours = new Float32Array(9).fill(-7);
    const count = packAgents(agents, 3, floors, rgb, 0.5, positions, colours);
    expect(count).toBe(2);
    expect([...positions.slice(0, 6)]).toEqual([1, 3.5, -2, 3, 1.75, -4]);
    expect([...colours.slice(0, 6)]).toEqual([1, 0, 0, 0, 0, 1]);
    // Slots past the count are left alone (not uploaded, not drawn).
    expect([...positions.slice(6)]).toEqual([-7, -7, -7]);
  });
  it('draws nobody when everyone is safe', () => {
    const agents = Float32Array.from([0, 0, HIDDEN, 0, 0, 0, HIDDEN, 0]);
    const out = new Float32Array(6);
    expect(packAgents(agents, 2, new Float32Array(1), new Float32Array(6), 0, out, out)).toBe(0);
  });
});

describe('createResolutionGovernor', () => {
  const slow = FRAME_BUDGET_MS * 3;
  it('keeps full resolution while frames are within budget', () => {
    const g = createResolutionGovernor();
    for (let i = 0; i < 50; i++) expect(g.frame(true, 16)).toBeUndefined();
    expect(g.scale).toBe(1);
  });
  it('lowers the resolution step by step while playing slowly, down to the minimum', () => {
    const g = createResolutionGovernor();
    const scales: number[] = [];
    for (let i = 0; i < 100; i++) {
      const s = g.frame(true, slow);
      if (s !== undefined) scales.push(s);
    }
    expect(scales.length).toBeGreaterThan(1);
    for (let i = 1; i < scales.length; i++) expect(scales[i]).toBeLessThan(scales[i - 1]!);
    expect(g.scale).toBe(MIN_SCALE);
  });
  it('restores full resolution on pause and resumes at the scale playing needed', () => {
    const g = createResolutionGovernor();
    for (let i = 0; i < 100; i++) g.frame(true, slow);
    expect(g.frame(false, 16)).toBe(1);
    expect(g.frame(false, 16)).toBeUndefined();
    expect(g.frame(true, 5000)).toBe(MIN_SCALE);
  });
  it('ignores the first intervals after playing starts (they include the pause)', () => {
    const g = createResolutionGovernor();
    expect(g.frame(true, 10_000)).toBeUndefined();
    for (let i = 0; i < 20; i++) g.frame(true, 16);
    expect(g.scale).toBe(1);
  });
});

describe('live view default', () => {
  it('is on with a hardware renderer, off with a software one or when unknown', () => {
    expect(liveViewByDefault('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(true);
    expect(
      liveViewByDefault('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'),
    ).toBe(false);
    expect(liveViewByDefault('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(liveViewByDefault(null)).toBe(false);
  });
});
