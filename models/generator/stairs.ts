/**
 * The stairs of a tower: single, two (one at each end of the core row) or a scissor pair (two stairs
 * interleaved in one shaft, each naming the other). Every stair serves every storey.
 */
import type { Storey } from '../schema/storey.ts';
import type { Stair } from '../schema/vertical.ts';
import { stairEnclosure, stairSteps, STAIR_WIDTH, type BuildingClass } from './codes.ts';
import type { StairKind } from './options.ts';
import type { PlanLayout } from './plan.ts';
import { spaceIds } from './storey.ts';

export function buildStairs(
  plan: PlanLayout,
  storeys: readonly Storey[],
  kind: StairKind,
  c: BuildingClass,
): Stair[] {
  if (storeys.length < 2) return [];
  const steps = stairSteps(c.use);
  const enclosure = stairEnclosure(c, kind);
  return plan.stairs.map((st) => {
    const twin = kind === 'scissor' ? (st.id === 'A' ? 'B' : 'A') : undefined;
    return {
      id: st.id,
      name: kind === 'scissor' ? `Scissor stair ${st.id}` : `Stair ${st.id}`,
      width: STAIR_WIDTH,
      riser: steps.riser,
      tread: steps.tread,
      enclosure,
      ...(twin ? { scissor: twin } : {}),
      landings: storeys.map((s) => ({ storey: s.id, space: spaceIds.stair(s.id, st.id) })),
    };
  });
}
