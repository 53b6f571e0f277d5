/**
 * Where the dog-leg flights of a stair stand inside its stair well, so people on a 1-D stair lane
 * can be drawn on a flight (trajectory frames, stair-positions.ts) and the app can draw the same
 * flights (renderer/src/playback/PlaybackOverlays.tsx): one definition, so people walk on the drawn
 * flights and never through the well's walls.
 *
 * The format gives a stair only its landing spaces, width, riser and tread (spec "Stairs and
 * elevators": between two landings a dog-leg, two flights and a half-landing), not the flights'
 * plan. Lifeline's reading, for a well whose landing space is (close to) a rectangle:
 * - the flights run along the well's long side, side by side across the short side (each half of
 *   it; the centre lines half the short side apart);
 * - the floor landing is at the end of the well nearest its doors, the half-landing at the far end;
 * - each flight's horizontal run is (risers / 2) × tread, cut to what the well holds (the landings
 *   keep at least the turn's radius + 0.1 m, or 0.6 m), and centred along the well;
 * - going up from a storey: flight 1 (side A) from the floor landing to the half-landing, a half
 *   turn, flight 2 (side B) back to the next floor landing, a half turn there onto the next flight 1.
 *
 * The engine's lane has the same four parts (stair-speed.ts flightLength: two sloped flights of
 * √(run² + (rise/2)²) and two half turns of π × width / 2), so a position along the lane maps part
 * by part onto the drawn path: a walker halfway along a lane is at the half-landing, at half the
 * rise. The well is taken from the lower landing of each pair (a stair's landings stand one above
 * the other in every sample; an offset landing would show its flights in the lower well).
 */
import type { Building } from '../../../models/schema/building.ts';
import { flightLength } from '../stairs/stair-speed.ts';

/** Least depth (m) of a landing beside the flights. Lifeline's choice (a person and a bit). */
const MIN_LANDING = 0.6;

/** The plan of a stair well: a rectangle from corner (ox, oy), `long` along u, `across` along v. */
export interface StairWell {
  /** Corner at the floor-landing (door) end, on side A. */
  ox: number;
  oy: number;
  /** Unit vector along the flights, from the door end to the far end. */
  ux: number;
  uy: number;
  /** Unit vector across, from side A to side B. */
  vx: number;
  vy: number;
  long: number;
  across: number;
}

/** One dog-leg (two flights and a half-landing) between a landing and the next one up. */
export interface DogLeg {
  well: StairWell;
  /** Height (m) from the lower landing's floor to the upper one's. */
  rise: number;
  /** The engine's lane length (m) and its parts: slope = one flight, turn = one half turn. */
  length: number;
  slope: number;
  turn: number;
  /** Drawn horizontal run of one flight (m), and the depth of each landing beside it. */
  run: number;
  landingDepth: number;
  /** Drawn width of one flight (m): half the well's short side. */
  flightWidth: number;
}

/**
 * The well of a landing space: its bounding rectangle, flights along its long side, the floor
 * landing at the end nearest the mean of `doors` (door midpoints; none: the low end).
 */
export function fitStairWell(
  polygon: readonly (readonly [number, number])[],
  doors: readonly (readonly [number, number])[],
): StairWell {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of polygon) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  const alongX = maxX - minX >= maxY - minY;
  let dx = 0;
  let dy = 0;
  for (const [x, y] of doors) {
    dx += x / doors.length;
    dy += y / doors.length;
  }
  // Door end: the high end of the long axis when the doors' mean lies beyond the middle.
  const highEnd = doors.length > 0 && (alongX ? dx > (minX + maxX) / 2 : dy > (minY + maxY) / 2);
  if (alongX) {
    return highEnd
      ? { ox: maxX, oy: maxY, ux: -1, uy: 0, vx: 0, vy: -1, long: maxX - minX, across: maxY - minY }
      : { ox: minX, oy: minY, ux: 1, uy: 0, vx: 0, vy: 1, long: maxX - minX, across: maxY - minY };
  }
  return highEnd
    ? { ox: minX, oy: maxY, ux: 0, uy: -1, vx: 1, vy: 0, long: maxY - minY, across: maxX - minX }
    : { ox: maxX, oy: minY, ux: 0, uy: 1, vx: -1, vy: 0, long: maxY - minY, across: maxX - minX };
}

export function dogLeg(well: StairWell, rise: number, riser: number, tread: number, width: number): DogLeg {
  const risers = Math.max(2, Math.round(Math.abs(rise) / riser));
  const wanted = (risers / 2) * tread;
  const radius = well.across / 4;
  const minLanding = Math.min(well.long / 3, Math.max(radius + 0.1, MIN_LANDING));
  const run = Math.max(0.1 * well.long, Math.min(wanted, well.long - 2 * minLanding));
  return {
    well,
    rise,
    length: flightLength(rise, riser, tread, width),
    slope: Math.hypot(wanted, Math.abs(rise) / 2),
    turn: (Math.PI * width) / 2,
    run,
    landingDepth: (well.long - run) / 2,
    flightWidth: well.across / 2,
  };
}

/**
 * Writes into out[o], out[o + 1], out[o + 2] the point (model x, y in m; height in m above the
 * lower landing's floor) at distance `s` along the lane going up (0 … leg.length, clamped), and
 * shifted `side` m across the flight (towards side B; 0 = on the centre line). Allocation-free.
 */
export function pointOnDogLeg(
  leg: DogLeg,
  s: number,
  side: number,
  out: Float32Array | Float64Array,
  o: number,
): void {
  const w = leg.well;
  const r = w.across / 4;
  // Path coordinates: u along the well from the door end, v across from side A, z up.
  const u0 = leg.landingDepth;
  const u1 = u0 + leg.run;
  const vA = r;
  const vB = 3 * r;
  const half = leg.rise / 2;
  let u: number;
  let v: number;
  let z: number;
  const part = s <= 0 ? 0 : s >= leg.length ? leg.length : s;
  const scale = leg.length / (2 * leg.slope + 2 * leg.turn);
  const slope = leg.slope * scale;
  const turn = leg.turn * scale;
  if (part < slope) {
    const f = part / slope;
    u = u0 + leg.run * f;
    v = vA + side;
    z = half * f;
  } else if (part < slope + turn) {
    // Half turn round the half-landing's centre (u1, 2r); `side` keeps the lane's offset inwards.
    const th = (Math.PI * (part - slope)) / turn;
    u = u1 + (r - side) * Math.sin(th);
    v = 2 * r - (r - side) * Math.cos(th);
    z = half;
  } else if (part < 2 * slope + turn) {
    const f = (part - slope - turn) / slope;
    u = u1 - leg.run * f;
    v = vB - side;
    z = half + half * f;
  } else {
    // Half turn on the upper floor landing, round (u0, 2r), onto the next flight 1.
    const th = (Math.PI * (part - 2 * slope - turn)) / turn;
    u = u0 - (r - side) * Math.sin(th);
    v = 2 * r + (r - side) * Math.cos(th);
    z = leg.rise;
  }
  out[o] = w.ox + w.ux * u + w.vx * v;
  out[o + 1] = w.oy + w.uy * u + w.vy * v;
  out[o + 2] = z;
}

/**
 * A point of a landing's floor band (between the door end and the flights) for the k-th person
 * standing there, in rows of `spacing` m across the well, filling from the flights towards the
 * door (or from the door, `fromDoor`); past the band's room they stand again from the first row
 * (crowded, as a queue beyond the landing's hold is in the engine). Writes model x, y into out[o],
 * out[o + 1].
 */
export function pointOnLanding(
  leg: DogLeg,
  k: number,
  spacing: number,
  fromDoor: boolean,
  out: Float32Array | Float64Array,
  o: number,
): void {
  const w = leg.well;
  const cols = Math.max(1, Math.floor(w.across / spacing));
  const rows = Math.max(1, Math.floor(leg.landingDepth / spacing));
  const col = k % cols;
  const r = Math.floor(k / cols) % rows;
  const row = fromDoor ? rows - 1 - r : r;
  const v = (col + 0.5) * (w.across / cols);
  const u = leg.landingDepth - (row + 0.5) * (leg.landingDepth / rows);
  out[o] = w.ox + w.ux * u + w.vx * v;
  out[o + 1] = w.oy + w.uy * u + w.vy * v;
}

/** A stair's dog-legs: legs[d] joins landing d and d + 1 (null where a landing is missing). */
export interface StairFlights {
  id: string;
  /** Per landing (bottom to top): the storey id, its floor elevation (m) and its well. */
  landings: { storey: string; elevation: number; well: StairWell }[];
  legs: DogLeg[];
}

/** The dog-legs of every stair of a building, in the building's (and the engine's) stair order. */
export function stairFlights(b: Building): StairFlights[] {
  const storeys = new Map(b.storeys.map((s) => [s.id, s]));
  return b.stairs.map((st) => {
    const landings = st.landings.map((l) => {
      const storey = storeys.get(l.storey);
      const space = storey?.spaces.find((sp) => sp.id === l.space);
      const doors: [number, number][] = [];
      for (const d of storey?.doors ?? [])
        if (d.spaces.includes(l.space))
          doors.push([(d.segment[0][0] + d.segment[1][0]) / 2, (d.segment[0][1] + d.segment[1][1]) / 2]);
      return {
        storey: l.storey,
        elevation: storey?.elevation ?? 0,
        well: fitStairWell(space?.polygon ?? [[0, 0]], doors),
      };
    });
    const legs: DogLeg[] = [];
    for (let d = 0; d + 1 < landings.length; d++)
      legs.push(
        dogLeg(
          landings[d]!.well,
          landings[d + 1]!.elevation - landings[d]!.elevation,
          st.riser,
          st.tread,
          st.width,
        ),
      );
    return { id: st.id, landings, legs };
  });
}
