/**
 * Facade risk (the seed's rule): the share of units with combustible canopies gives a risk class —
 * ≥ 60 % high, 20–60 % medium, < 20 % low — for the building (models/metrics/summary.ts computes the
 * share) and the count of protruding window nets without an escape hatch.
 */
import type { Building } from '../../models/schema/building.ts';
import { summarize } from '../../models/metrics/summary.ts';

export type RiskClass = 'high' | 'medium' | 'low';

export interface FacadeRisk {
  canopyShare: number;
  riskClass: RiskClass;
  netsWithoutHatch: number;
}

export function riskClass(share: number): RiskClass {
  return share >= 0.6 ? 'high' : share >= 0.2 ? 'medium' : 'low';
}

export function facadeRisk(b: Building): FacadeRisk {
  const f = summarize(b).facade;
  return {
    canopyShare: Math.round(f.combustibleCanopyShare * 1000) / 1000,
    riskClass: riskClass(f.combustibleCanopyShare),
    netsWithoutHatch: f.trappingNets,
  };
}
