/**
 * Every constant of the evacuation engine, with its source. Values marked UNVERIFIED come from a
 * secondary source or a summary (see ../../../shared/reference/evacuation-verification.md) and must
 * be checked against the primary text before they are quoted as code values.
 */

/** Fixed time step (s). IMO MSC.1/Circ.1238 Annex Appendix §1: no more than 1 s between actions;
 * PTV Viswalk uses 0.05 s (Vissim 11 help). 0.1 s keeps a 2.2 m/s walker under 0.22 m per step
 * (well inside the 1 m wall-query reach) and meets the speed target; pass dt 0.05 for finer runs. */
export const DEFAULT_DT = 0.1;

/** Navigation grid cell (m); the issue asks for ≤ 0.2 m (Vadere uses 0.1 m floor fields). */
export const NAV_CELL = 0.2;

/** Neighbours interact within this centre distance (m): headway, repulsion and keep-right. At 1.6 m
 * the repulsion 8·exp((0.4 − 1.6)/0.1) ≈ 5e−5 is negligible and a headway of 1.6 m caps speed at
 * (1.6 − 0.4)/T = 1.2 m/s only; a circle, so the range is the same in every direction (the first
 * slice used the 3 × 3 cells of a 1.6 m grid: 1.6–3.2 m depending on where one stood). */
export const NEIGHBOUR_RANGE = 1.6;
/** Neighbour-search grid cell (m): half the range, so ±2 cells cover it and the cells whose
 * rectangle lies beyond the range are skipped (the profile of 10 000 agents: candidate visits were
 * the cost of a step; a 3 × 3 block of 1.6 m cells visits 23 m², this about 12 m²). */
export const NEIGHBOUR_CELL = NEIGHBOUR_RANGE / 2;

/** Longest run when neither the scenario (`duration`) nor the caller says (s). */
export const DEFAULT_MAX_TIME = 3600;

// --- Collision-free speed model (Tordeux, Chraibi & Seyfried 2016, "Collision-free speed model for
// pedestrian dynamics", Traffic and Granular Flow '15, pp. 225–232, arXiv:1512.05597). Constants
// are JuPedSim v1.4.2's defaults (docs/source/migration_2_0.md; collision_free_speed_model.h).
/** Time gap T (s): speed = min(v0, (s − l)/T). */
export const CFSM_TIME_GAP = 1;
/** Neighbour repulsion strength a and range D (m) of R(s) = a·exp((l − s)/D). */
export const CFSM_NEIGHBOUR_STRENGTH = 8;
export const CFSM_NEIGHBOUR_RANGE = 0.1;
/** Wall repulsion strength and range (m). */
export const CFSM_WALL_STRENGTH = 5;
export const CFSM_WALL_RANGE = 0.02;

// --- Lifeline additions to the model (our heuristics, not published constants; tuned on NIST 2.8).
/** Lateral keep-right weight added to the direction when someone ahead walks the other way. */
export const KEEP_RIGHT_WEIGHT = 0.6;
/** How far ahead (m) an opposing walker triggers the keep-right bias. */
export const KEEP_RIGHT_RANGE = 2.5;
/** A walker slower than this fraction of v0 for STUCK_TIME s (not held by a limiter) is stuck; its
 * speed is the lesser of the last step's and the mean over the last two (movement/apply-move.ts). */
export const STUCK_SPEED_FRACTION = 0.1;
export const STUCK_TIME = 2;
/** While unsticking (s), opposing walkers are ignored in the headway and the body shrinks by half. */
export const UNSTICK_TIME = 1.5;
/** Hard wall clearance as a fraction of the body radius (the centre never crosses a wall at all). */
export const WALL_CLEARANCE_FRACTION = 0.9;

// --- Flow limiter: design specific flows, p/(m·s), on the clear width.
/** IMO MSC.1/Circ.1238 Annex 1 §6.3 (imorules.com GUID-988C5148…): doors 1.3; IMO test 4 /
 * NIST 5.2 criterion 1.33 p/(m·s) (JuPedSim tests/vv/test_nist.py quoting MSC/Circ.1238). */
export const DOOR_SPECIFIC_FLOW = 1.33;
/** IMO simplified method, maximum specific flow on stairs down / up (same source as above). */
export const STAIR_DOWN_SPECIFIC_FLOW = 1.1;
export const STAIR_UP_SPECIFIC_FLOW = 0.88;

// --- SFPE hydraulic model (Nelson & Mowrer; Gwynne & Rosenbaum, SFPE Handbook): S = k − a·k·D.
// Constants UNVERIFIED (secondary sources), but self-consistent with the tabulated Fsm values.
export const SFPE_A = 0.266;
/** Below this density (p/m²) speed is constant: S = k(1 − a·0.54). */
export const SFPE_FREE_DENSITY = 0.54;
/** At or above this density (p/m²) SFPE says movement stops; we clamp just below to stay live. */
export const SFPE_STOP_DENSITY = 3.8;
/** Density (p/m²) used as the upper clamp for speed, so a crowd on a flight never freezes. */
export const SFPE_SPEED_CLAMP_DENSITY = 3.5;
/** Boundary layer (m) taken off each side of a stair for its effective width: SFPE, stair walls
 * 15 cm (UNVERIFIED). Used only for stair density. */
export const STAIR_BOUNDARY_LAYER = 0.15;

/** SFPE k (m/s) by stair riser/tread (m): [riser, tread, k]. SFPE Handbook table (Nelson & Mowrer;
 * UNVERIFIED, see the reference §6.2). Rows for 191/254, 178/279, 165/305, 165/330 mm. */
export const SFPE_STAIR_K: readonly (readonly [number, number, number])[] = [
  [0.191, 0.254, 1.0],
  [0.178, 0.279, 1.08],
  [0.165, 0.305, 1.16],
  [0.165, 0.33, 1.23],
];

/** Up-stair speed relative to down: the ratio of IMO's up and down stair flow caps 0.88/1.1 = 0.8
 * (derived; Weidmann's ±6.5 % around the mean and JuPedSim's 0.5/0.65 = 0.77 bracket it). */
export const STAIR_UP_FACTOR = STAIR_UP_SPECIFIC_FLOW / STAIR_DOWN_SPECIFIC_FLOW;

/** Reference free walking speed (m/s) used to turn distances into route costs: Weidmann 1993 mean. */
export const REFERENCE_SPEED = 1.34;

/** Fruin (1971) walkway level of service E–F begins below 0.93 m² per person (> 1.08 p/m²). */
export const FRUIN_E_DENSITY = 1 / 0.93;

/** People who may stand on a floor landing waiting for the flight, per m² of the width × width
 * landing square (Lifeline's assumption, UNVERIFIED; beyond it the landing door holds people back
 * on the floor, where the queue is visible in 2-D). */
export const LANDING_HOLD_DENSITY = 2;

/** Within this field distance (m) of its goal a walker steers straight through the nearest portal. */
export const PORTAL_STEER_DISTANCE = 1;

// --- Firefighters climbing against the flow (scenario `firefighters`).
/** Their stair speed is the SFPE free stair speed × the profile's stairFactor, with no up-stair
 * factor on top: the built-in firefighter's 0.28 is itself an ascent figure — DTU/Sharjah 2014
 * (orbit.dtu.dk publication 97441581): a crew climbed 28 floors, 298 m of stair path, in
 * 18 min 20 s ± 2 min (0.27 m/s along the path) with equipment; Latosinski, Cuesta, Alvear &
 * Fernández 2024 (Safety Sci. 171:106398): a load of 30 % of body mass cuts ascent speed by
 * 24.8 %, a load that crew carried. */
export const FIREFIGHTER_UP_FACTOR = 1;
/** Counterflow on a flight (Lifeline heuristic, UNVERIFIED, no published constant found): a
 * firefighter's speed is their free stair speed × (1 − D/SFPE_STOP_DENSITY), D the opposing people
 * on the flight (on it, and queued at its far landing to come onto it) per m² of the flight, i.e.
 * linear between free movement and SFPE's stop density 3.8 p/m²; never below this fraction, so a
 * jammed stair slows them but never stops them (no counterflow deadlock). The floor 0.08 is the
 * SFPE speed at its clamp density 3.5 over the free speed, (1 − 0.266·3.5)/(1 − 0.266·0.54). */
export const COUNTERFLOW_MIN_FACTOR = 0.08;
