/**
 * Thresholds of the fire-lane and rescue-site clauses, as read in secondary copies
 * (../../../shared/reference/water-and-access.md §2.2; GB 50016-2014, 2018 edition, and
 * GB 55037-2022, which prevails where the two differ). `verified: false` marks what the reference
 * calls UNVERIFIED. "Should" clauses (宜) are reported like the others; the message says so.
 */

/** 7.2.2(2): rescue site at least 15 × 10 m; 20 × 10 m for buildings higher than 50 m. Secondary ×4. */
export const SITE_LENGTH = 15;
export const SITE_LENGTH_TALL = 20;
export const SITE_TALL_HEIGHT = 50;
export const SITE_WIDTH = 10;
/** 7.2.2(4): site edge 5 m ("should") to 10 m (maximum) from the wall; slope ≤ 3 % ("should"). Secondary ×4. */
export const SITE_MIN_DISTANCE = 5;
export const SITE_MAX_DISTANCE = 10;
export const SITE_MAX_SLOPE = 0.03;
/** 7.2.1 and GB 55037 3.4.7: podium between site and tower at most 4 m deep. Secondary ×4 / wording UNVERIFIED. */
export const PODIUM_MAX_DEPTH = 4;
/** 7.1.8: lane clear width and clear height ≥ 4.0 m. Secondary ×4. */
export const LANE_MIN_WIDTH = 4;
export const LANE_MIN_HEIGHT = 4;
/** 7.1.8: lane slope ≤ 8 % ("should"), secondary ×4; GB 55037 3.4.5: ≤ 10 % (mandatory), wording UNVERIFIED. */
export const LANE_MAX_SLOPE = 0.08;
export const LANE_MAX_SLOPE_55037 = 0.1;
/** GB 55037 3.4.5: dead-end lanes longer than 40 m need a turnaround (wording UNVERIFIED). */
export const DEAD_END_LENGTH = 40;
/** 7.1.9: turnaround ≥ 12 × 12 m; high-rise 15 × 15 m; heavy trucks 18 × 18 m ("should"). Secondary. */
export const TURNAROUND = 12;
export const TURNAROUND_HIGH_RISE = 15;
export const TURNAROUND_HEAVY = 18;
/**
 * Heavy fire truck (GB 50009-2012 §5.1.1 commentary, quoted on 2 pages: heavy trucks are 20–30 t).
 * A planned vehicle of at least this gross mass asks for the 18 × 18 m turnaround.
 */
export const HEAVY_TRUCK_MASS = 20000;
/** 7.2.4 / 7.2.5: rescue windows ≥ 1.0 × 1.0 m clear, sill ≤ 1.2 m, spacing ≤ 20 m. Secondary ×5. */
export const RESCUE_WINDOW_SIZE = 1;
export const RESCUE_WINDOW_SILL = 1.2;
export const RESCUE_WINDOW_SPACING = 20;
