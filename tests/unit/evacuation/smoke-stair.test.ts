/**
 * A smoke-logged stair (scenario `smoke` on a stair id, sim-core/evacuation/smoke/) against a clear one
 * and against a blocked one, in both modes: smoke slows the stair tower's RSET (walking speed in smoke,
 * Frantzich & Nilsson 2003 via FDS+Evac: factor 1 − 0.057/0.706·K_s), gases overcome people on it
 * (Purser FED ≥ 1), and `block` still means impassable.
 */
import { describe, expect, it } from 'vitest';
import { runEvacuation, startEvacuation } from '../../../sim-core/evacuation/index.ts';
import { runHydraulic } from '../../../sim-core/evacuation/hydraulic/index.ts';
import { applyScenario, scenarioSmoke } from '../../../models/scenario/apply-scenario.ts';
import type { Scenario } from '../../../models/schema/scenario.ts';
import { fixedProfile, stairTower } from '../../verification/evacuation/buildings.ts';

/** 6 storeys × 30 people who start at once, one 1.2 m stair: the stair sets the RSET. */
const tower = stairTower({
  floors: 6,
  height: 3,
  perFloor: 30,
  riser: 0.17,
  tread: 0.28,
  width: 1.2,
  profile: 'p',
  profiles: [fixedProfile('p', 1.3, 0)],
});
const run = (sc: Scenario | null, mode: 'agent' | 'sfpe') => {
  const b = sc ? applyScenario(tower, sc) : tower;
  const smoke = sc ? scenarioSmoke(sc) : [];
  return mode === 'agent' ? runEvacuation(b, { seed: 3, smoke }) : runHydraulic(b, { seed: 3, smoke });
};
const K = 2;
const factor = 1 - (0.057 / 0.706) * K;
const smoky: Scenario = { id: 'stair-smoke', changes: [{ smoke: { target: 'S', extinction: K } }] };
const gassed: Scenario = {
  id: 'stair-gas',
  changes: [{ smoke: { target: 'S', extinction: K, from: 30, co: 8000, co2: 4, o2: 16 } }],
};
const blocked: Scenario = { id: 'stair-blocked', changes: [{ block: 'S' }] };

describe('a smoke-logged stair', () => {
  for (const mode of ['agent', 'sfpe'] as const) {
    it(`${mode}: slows the tower's RSET by up to 1/f (only the stair is in smoke); everyone still gets out`, () => {
      const clear = run(null, mode);
      const smoke = run(smoky, mode);
      expect(clear.evacuated).toBe(150);
      expect(smoke.evacuated).toBe(150);
      expect(smoke.incapacitated).toBe(0);
      const ratio = smoke.evacuationTime! / clear.evacuationTime!;
      // Measured (seed 3): agent 171.7 → 203.4 s, sfpe 183.6 → 210.1 s; 1/f = 1.193.
      expect(ratio).toBeGreaterThan(1.1);
      expect(ratio).toBeLessThan(1 / factor + 0.02);
    });

    it(`${mode}: with gases, people on the stair are overcome, counted by the stair, and the run ends`, () => {
      const r = run(gassed, mode);
      expect(r.status).toBe('complete');
      expect(r.incapacitated!).toBeGreaterThan(0);
      expect(r.evacuated + r.incapacitated!).toBe(150);
      expect(r.incapacitatedBy).toEqual([{ place: 'S', kind: 'stair', count: r.incapacitated }]);
      const overcome = r.agents.filter((p) => p.status === 'incapacitated');
      expect(overcome.length).toBe(r.incapacitated);
      // Exposure starts at 30 s: nobody can be overcome before 30 s + 1/(max FED rate).
      for (const p of overcome) expect(p.incapacitatedAt!).toBeGreaterThan(30);
      for (const p of r.agents.filter((x) => x.status === 'safe')) expect(p.fed!).toBeLessThan(1);
    });

    it(`${mode}: "block" still means impassable (everyone trapped at once), smoke never does`, () => {
      const r = run(blocked, mode);
      expect(r.trapped).toBe(150);
      expect(r.evacuated).toBe(0);
      expect(r.stairs[0]!.maxDensity).toBe(0);
    });
  }

  it('the two modes agree within 15 % in smoke', () => {
    const a = run(smoky, 'agent').evacuationTime!;
    const h = run(smoky, 'sfpe').evacuationTime!;
    expect(Math.abs(h / a - 1)).toBeLessThan(0.15);
  });

  it('agent mode: those overcome leave no trace on the lanes and queues (counters back to zero)', () => {
    const b = applyScenario(tower, gassed);
    const r = startEvacuation(b, { seed: 3, smoke: scenarioSmoke(gassed) });
    while (!r.done()) r.step();
    const sim = r.sim;
    expect(sim.incapacitated).toBeGreaterThan(0);
    expect([...sim.laneCount].every((c) => c === 0)).toBe(true);
    expect([...sim.qLen].every((c) => c === 0)).toBe(true);
    expect([...sim.spawnLen].every((c) => c === 0)).toBe(true);
    expect([...sim.goalLoad].every((c) => c === 0)).toBe(true);
  });

  it('the same seed gives the same smoke run, bit for bit', () => {
    expect(run(gassed, 'agent')).toEqual(run(gassed, 'agent'));
  });

  it("storey smoke covers that storey's spaces, not the flights: only its own people are slowed", () => {
    const top: Scenario = { id: 'F6', changes: [{ smoke: { target: 'F6', extinction: 8 } }] };
    const clear = run(null, 'agent');
    const r = run(top, 'agent');
    const f6 = (x: typeof r) => x.storeys.find((s) => s.id === 'F6')!.clearTime!;
    const f2 = (x: typeof r) => x.storeys.find((s) => s.id === 'F2')!.clearTime!;
    expect(f6(r)).toBeGreaterThan(f6(clear) + 5);
    expect(Math.abs(f2(r) - f2(clear))).toBeLessThan(15);
  });
});
