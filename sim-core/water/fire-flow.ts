/**
 * Which hydrants flow for a fire on a storey. GB 50974 Table 3.5.2 gives the design flow, the number
 * of simultaneous jets and the flow per riser (gb50974.ts; table values UNVERIFIED). The code's
 * hydraulic calculation puts the per-riser flow on the most unfavourable riser and the rest on the
 * others; a model names no risers, so here each distinct junction carrying a hydrant of the fire
 * storey counts as one riser, and the flowing count is (jets per riser) × (risers), capped at the
 * table's total. Hydrants are taken from the fire storey, then from the next storeys by distance,
 * the one above before the one below (higher is less favourable). In a model where a storey's
 * hydrants share one riser this is the code's design condition for that riser.
 */
import type { Building } from '../../models/schema/building.ts';
import { classify } from '../../models/metrics/classification.ts';
import { FLOW_PER_JET, hydrantDesignFlow } from '../../models/codes/gb50974.ts';

/** Indices into `water.hydrants` of the hydrants that flow for a fire on `storeyId`. */
export function flowingHydrants(b: Building, storeyId: string): number[] {
  const hydrants = b.water?.hydrants ?? [];
  const order = [...b.storeys].sort((x, y) => x.elevation - y.elevation).map((s) => s.id);
  const fire = order.indexOf(storeyId);
  if (fire < 0) return [];
  const design = hydrantDesignFlow(classify(b));
  const perRiser = Math.max(1, Math.round(design.perRiser / FLOW_PER_JET));
  const risers = new Set(hydrants.filter((h) => h.storey === storeyId).map((h) => h.junction)).size;
  const count = Math.min(design.jets, perRiser * Math.max(1, risers));
  const rank = new Map<string, number>();
  order.forEach((id, i) => {
    const d = i - fire;
    // 0 for the fire storey, then +1 (above) = 1, −1 = 2, +2 = 3, −2 = 4 …
    rank.set(id, d === 0 ? 0 : d > 0 ? 2 * d - 1 : -2 * d);
  });
  return hydrants
    .map((h, i) => ({ i, r: rank.get(h.storey) ?? Infinity }))
    .filter((x) => Number.isFinite(x.r))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, count)
    .map((x) => x.i);
}
