/**
 * The 52-storey office sample in both modes (see sfpe-samples-residential.test.ts): RSETs within
 * ±25 %. Its agent run alone takes 40–115 s on a loaded 2-core machine; the whole suite stays well
 * inside its 20-minute budget, so it runs every time, with a long timeout (measured: sfpe 849.3 s
 * vs agent 744.2 s, ratio 1.14).
 */
import { describe, expect, it } from 'vitest';
import { buildSamples } from '../../../models/samples/all-samples.ts';
import type { Building } from '../../../models/schema/building.ts';
import { runEvacuation, type EvacuationResult } from '../../../sim-core/evacuation/index.ts';
import { runHydraulic, type HydraulicResult } from '../../../sim-core/evacuation/hydraulic/index.ts';

describe('samples: hydraulic vs agent RSET (±25 %)', () => {
  it('office-tower-52f', { timeout: 300_000 }, () => {
    const { sfpe, agent, rel } = compareModes('office-tower-52f', buildSamples()['office-tower-52f']);
    expect(sfpe.occupants).toBe(agent.occupants);
    expect(rel).toBeLessThanOrEqual(0.25);
  });
});

/** Runs a building in both modes with seed 1 and reports the two RSETs. */
function compareModes(
  id: string,
  b: Building,
): { sfpe: HydraulicResult; agent: EvacuationResult; rel: number } {
  const sfpe = runHydraulic(b, { seed: 1 });
  const agent = runEvacuation(b, { seed: 1 });
  expect(sfpe.status).toBe('complete');
  expect(agent.status).toBe('complete');
  expect(sfpe.evacuated).toBe(agent.evacuated);
  const rel = Math.abs(sfpe.evacuationTime! - agent.evacuationTime!) / agent.evacuationTime!;
  console.log(
    `${id}: ${sfpe.occupants} persons, sfpe RSET ${sfpe.evacuationTime} s, agent ${agent.evacuationTime} s ` +
      `(sfpe/agent ${(sfpe.evacuationTime! / agent.evacuationTime!).toFixed(3)})`,
  );
  return { sfpe, agent, rel };
}
