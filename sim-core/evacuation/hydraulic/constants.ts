/**
 * Constants of the hydraulic (SFPE/IMO) mode that the agent engine does not already define
 * (those — a = 0.266, the stair k table, the stair caps, the 1.88 p/m² hold — are imported from
 * ../constants.ts so the two modes share one value). Sources are in
 * shared/reference/evacuation-verification.md §6.2 (SFPE Handbook, Nelson & Mowrer; Gwynne &
 * Rosenbaum: constants UNVERIFIED there, but self-consistent with the tabulated Fsm) and §6.3
 * (IMO MSC/Circ.1238 Annex 1 simplified method, imorules.com GUID-988C5148…).
 */

/** Time step (s) of the population flows. The brief and IMO (≤ 1 s between any two actions) allow
 * 1 s; crossing times inside a step are exact (see run-hydraulic.ts), so the step only delays a
 * person held by a full downstream element by up to one step. */
export const HYDRAULIC_DT = 1;

/** SFPE k (m/s) for corridors, aisles, ramps and doorways (reference §6.2, UNVERIFIED): S = 1.40 −
 * 0.266·1.40·D, i.e. 1.19 m/s below 0.54 p/m², 0.70 m/s at the 1.88 p/m² of maximum flow. */
export const FLOOR_K = 1.4;

/** Maximum specific flow (p/(m·s) of effective width) through a doorway and along a corridor:
 * IMO simplified method 1.3 for both (reference §6.3; issue 3), = SFPE Fsm 1.32 "often quoted as
 * 1.3" (§6.2). */
export const DOOR_MAX_SPECIFIC_FLOW = 1.3;
export const CORRIDOR_MAX_SPECIFIC_FLOW = 1.3;

/** SFPE boundary layers (m) taken off each side for the effective width (reference §6.2,
 * UNVERIFIED): door jambs and archways 15 cm, corridor and ramp walls 20 cm. (Stair walls 15 cm is
 * ../constants.ts STAIR_BOUNDARY_LAYER, used by the shared stair network.) */
export const DOOR_BOUNDARY_LAYER = 0.15;
export const CORRIDOR_BOUNDARY_LAYER = 0.2;

/** An effective width is never taken below this (m): a door narrower than its two boundary layers
 * still lets one person through at a time (Lifeline's floor; SFPE gives no value). */
export const MIN_EFFECTIVE_WIDTH = 0.2;

/** Nobody enters a floor space already at this density (p/m²): IMO's last table row, ≥ 3.5 p/m²
 * (S 0.10 m/s), just under SFPE's 3.8 p/m² at which movement stops (reference §6.2, §6.3). */
export const FLOOR_HOLD_DENSITY = 3.5;

/** Passes over the servers per step before giving up on further moves in that step (a person
 * crosses at most a few zero-length links per step; this only bounds pathological inputs). */
export const MAX_PASSES_PER_STEP = 64;
