/**
 * The GB 50974-2014 thresholds the water engine checks, each with its clause and how well it is
 * established (water-and-access.md §2.1: "secondary" = read in secondary copies that agree, the
 * official text not read; "UNVERIFIED" = not confirmed, not fit as a hard test threshold).
 * GB 55036-2022 / GB 55037-2022 (the mandatory general codes) prevail where they conflict; GB 55036
 * 3.0.2 repeats the working-pressure text of 8.2.3 (§2.0, secondary).
 */
import type { Classification } from '../metrics/classification.ts';

export interface Threshold {
  clause: string;
  /** false where the reference marks the value UNVERIFIED. */
  verified: boolean;
  evidence: string;
}

const MPA = 1e6;

/** 7.4.12 (secondary: a public CAD-checking rule set and several pages). */
export const OUTLET_PRESSURE = {
  clause: 'GB 50974-2014 7.4.12',
  verified: true,
  evidence: 'secondary (CAD rule set and several pages)',
  /** High-rise buildings, and others with clear height > 8 m: ≥ 0.35 MPa with a 13 m solid jet. */
  highRise: { minPressure: 0.35 * MPA, jet: 13 },
  /** Other buildings: ≥ 0.25 MPa with a 10 m solid jet. */
  other: { minPressure: 0.25 * MPA, jet: 10 },
  /** Dynamic outlet pressure shall not exceed 0.50 MPa … */
  maxPressure: 0.5 * MPA,
  /** … and above 0.70 MPa a pressure-reducing device is mandatory. */
  reductionPressure: 0.7 * MPA,
} as const;

export function outletRequirement(c: Classification): { minPressure: number; jet: number } {
  return c.highRise ? OUTLET_PRESSURE.highRise : OUTLET_PRESSURE.other;
}

/** 5.2.2: static pressure at the most unfavourable hydrant from the roof tank's lowest effective level (secondary ×3). */
export function staticPressureLimit(c: Classification): Threshold & { limit: number } {
  const base = { clause: 'GB 50974-2014 5.2.2', verified: true, evidence: 'secondary ×3' };
  if (!c.residential && c.classOne) return { ...base, limit: (c.height > 100 ? 0.15 : 0.1) * MPA };
  return { ...base, limit: 0.07 * MPA };
}

/** 5.2.1: roof tank effective volume (m³) by class (secondary ×3). Shops and industry are not modelled. */
export function tankVolumeLimit(c: Classification): (Threshold & { limit: number }) | undefined {
  const base = { clause: 'GB 50974-2014 5.2.1', verified: true, evidence: 'secondary ×3' };
  if (c.residential) {
    if (c.classOne) return { ...base, limit: c.height > 100 ? 36 : 18 };
    if (c.highRise) return { ...base, limit: 12 };
    return c.height > 21 ? { ...base, limit: 6 } : undefined;
  }
  if (c.classOne) return { ...base, limit: c.height > 150 ? 100 : c.height > 100 ? 50 : 36 };
  return { ...base, limit: 18 };
}

/** 6.2.1: zoning is required where the static pressure at a hydrant outlet exceeds 1.0 MPa (UNVERIFIED). */
export const ZONING_STATIC = {
  clause: 'GB 50974-2014 6.2.1',
  verified: false,
  evidence: 'UNVERIFIED (only the 1.0 MPa static rule is corroborated, by an older-code paraphrase)',
  limit: 1.0 * MPA,
} as const;

/** 6.2.1: … or where the system working pressure exceeds 2.40 MPa (UNVERIFIED). */
export const ZONING_WORKING = {
  clause: 'GB 50974-2014 6.2.1',
  verified: false,
  evidence: 'UNVERIFIED',
  limit: 2.4 * MPA,
} as const;

/** 5.4.3: each pump inlet (水泵接合器) is rated 10–15 L/s (secondary ×3); 5.4.1 requires them on high-rises. */
export const INLET_FLOW = {
  clause: 'GB 50974-2014 5.4.1, 5.4.3',
  verified: true,
  evidence: 'secondary ×3',
  perInlet: 0.015,
} as const;

/**
 * Table 3.5.2, indoor hydrant design flow (m³/s), number of simultaneous jets and flow per riser.
 * The clause is secondary; the table values are UNVERIFIED (the table is an image in every copy
 * found). Rows the reference gives: residential 5 / 10 (2 jets) / 20 L/s (4 jets); class-II public
 * 20 L/s; class-I public 30 L/s (≤ 50 m) and 40 L/s (8 jets, 15 L/s per riser). Jet counts not in
 * the reference (5, 20 and 30 L/s rows) are the design flow over 5 L/s per jet (derived).
 */
export interface HydrantDesignFlow extends Threshold {
  flow: number;
  jets: number;
  perRiser: number;
}

export function hydrantDesignFlow(c: Classification): HydrantDesignFlow {
  const base = { clause: 'GB 50974-2014 3.5.2', verified: false, evidence: 'UNVERIFIED (table values)' };
  const row = (lps: number, jets: number, riserLps: number): HydrantDesignFlow => ({
    ...base,
    flow: lps / 1000,
    jets,
    perRiser: riserLps / 1000,
  });
  if (c.residential) {
    if (c.height > 54) return row(20, 4, 10);
    if (c.height > 27) return row(10, 2, 10);
    return row(5, 1, 5);
  }
  if (c.classOne) return c.height > 50 ? row(40, 8, 15) : row(30, 6, 15);
  if (c.highRise) return row(20, 4, 10);
  return row(10, 2, 10); // multi-storey public: UNVERIFIED and not in the reference (derived)
}

/** Flow per jet behind the derived jet counts and the per-riser jet count (5 L/s, Table 3.5.2 rows). */
export const FLOW_PER_JET = 0.005;
