/**
 * Facade risk (the seed's rule): the share of units with combustible canopies gives a risk class —
 * ≥ 60 % high, 20–60 % medium, < 20 % low — for the building (models/metrics/summary.ts computes the
 * share) and per facade side, and the count of protruding window nets without an escape hatch.
 * Per side, openings are grouped by the outer wall line they lie on (building-outline.ts) and the
 * share is taken over the units with an opening on that side (openings without a unit count alone),
 * as summary.ts does for the whole building.
 */
import type { Building } from '../../models/schema/building.ts';
import { summarize } from '../../models/metrics/summary.ts';
import { nearestPiece, type BuildingOutline } from './building-outline.ts';

export type RiskClass = 'high' | 'medium' | 'low';

export interface FacadeRisk {
  canopyShare: number;
  riskClass: RiskClass;
  netsWithoutHatch: number;
}

export interface SideRisk extends FacadeRisk {
  side: string;
  openings: number;
}

export function riskClass(share: number): RiskClass {
  return share >= 0.6 ? 'high' : share >= 0.2 ? 'medium' : 'low';
}

const r3 = (v: number): number => Math.round(v * 1000) / 1000;

export function facadeRisk(b: Building): FacadeRisk {
  const f = summarize(b).facade;
  return {
    canopyShare: r3(f.combustibleCanopyShare),
    riskClass: riskClass(f.combustibleCanopyShare),
    netsWithoutHatch: f.trappingNets,
  };
}

/** Side index of each opening (−1 if its storey has no outer wall near it). */
export function openingSides(b: Building, outline: BuildingOutline): number[] {
  const storeyIndex = new Map(b.storeys.map((s, i) => [s.id, i] as const));
  return (b.facade?.openings ?? []).map((o) => {
    const pieces = outline.storeys[storeyIndex.get(o.storey) ?? -1] ?? [];
    const near = nearestPiece(pieces, o.at);
    return near && near.d <= 0.1 ? near.piece.side : -1;
  });
}

export function facadeRiskBySide(b: Building, outline: BuildingOutline): SideRisk[] {
  const openings = b.facade?.openings ?? [];
  const sides = openingSides(b, outline);
  const out: SideRisk[] = [];
  outline.sides.forEach((side, si) => {
    const groups = new Map<string, boolean>();
    let n = 0;
    let nets = 0;
    openings.forEach((o, i) => {
      if (sides[i] !== si) return;
      n++;
      if (o.net === 'protruding' && o.hatch !== true) nets++;
      const key = o.unit !== undefined ? `unit:${o.storey}:${o.unit}` : `opening:${i}`;
      groups.set(key, (groups.get(key) ?? false) || o.canopy === 'combustible');
    });
    if (n === 0) return;
    const share = [...groups.values()].filter(Boolean).length / groups.size;
    out.push({
      side: side.id,
      openings: n,
      canopyShare: r3(share),
      riskClass: riskClass(share),
      netsWithoutHatch: nets,
    });
  });
  return out;
}
