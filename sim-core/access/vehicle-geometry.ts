/**
 * A fire appliance as the planner sees it: a rectangle body on a kinematic bicycle model. The pose
 * reference is the rear-axle centre (where a bicycle model has no lateral slip), heading θ along the
 * body. From the rear end: rear overhang, wheelbase, front overhang (docs/model-format.md "Vehicles").
 */
import type { Vehicle } from '../../models/schema/vehicle.ts';

/**
 * Clearance added on every side of the body (m). Truck mirrors stand out ≈ 0.2–0.3 m per side and a
 * driver creeping past an obstacle keeps a hand's width: TYPICAL, UNVERIFIED (no code value found;
 * water-and-access.md §5.2 notes that swept widths grow "more with mirrors").
 */
export const DEFAULT_CLEARANCE_MARGIN = 0.25;

export interface VehicleGeometry {
  id: string;
  /** Body length, width and height (m), without the margin. */
  length: number;
  width: number;
  height: number;
  wheelbase: number;
  frontOverhang: number;
  /** length − frontOverhang − wheelbase (m). */
  rearOverhang: number;
  /** Clearance margin on each side, front and rear (m). */
  margin: number;
  /** Rear-axle turning radius R = wheelbase / tan(maxSteer) (m). */
  minRadius: number;
  /** 1 / minRadius (1/m). */
  maxCurvature: number;
  /** Inflated body, in the pose frame: x from −rear to +front, y from −halfWidth to +halfWidth. */
  rear: number;
  front: number;
  halfWidth: number;
}

export function vehicleGeometry(v: Vehicle, margin = DEFAULT_CLEARANCE_MARGIN): VehicleGeometry {
  const rearOverhang = v.length - v.frontOverhang - v.wheelbase;
  const minRadius = v.wheelbase / Math.tan((v.maxSteer * Math.PI) / 180);
  return {
    id: v.id,
    length: v.length,
    width: v.width,
    height: v.height,
    wheelbase: v.wheelbase,
    frontOverhang: v.frontOverhang,
    rearOverhang,
    margin,
    minRadius,
    maxCurvature: 1 / minRadius,
    rear: rearOverhang + margin,
    front: v.wheelbase + v.frontOverhang + margin,
    halfWidth: v.width / 2 + margin,
  };
}

/** A vehicle the geometry cannot use (the axle would sit outside the body): a sentence, or undefined. */
export function vehicleProblem(v: Vehicle): string | undefined {
  if (v.length - v.frontOverhang - v.wheelbase < 0)
    return `wheelbase ${v.wheelbase} m + front overhang ${v.frontOverhang} m exceed the length ${v.length} m`;
  return undefined;
}

/** Offset of the body centre ahead of the rear axle (m). */
export function centreOffset(g: VehicleGeometry): number {
  return (g.front - g.rear) / 2;
}

/**
 * The four inflated body corners at pose (x, y, θ), written to `out` as x0 y0 … x3 y3
 * (rear-right, front-right, front-left, rear-left: counter-clockwise).
 */
export function bodyCorners(g: VehicleGeometry, x: number, y: number, th: number, out: Float64Array): void {
  const c = Math.cos(th);
  const s = Math.sin(th);
  const xs0 = -g.rear;
  const xs1 = g.front;
  const ys0 = -g.halfWidth;
  const ys1 = g.halfWidth;
  out[0] = x + xs0 * c - ys0 * s;
  out[1] = y + xs0 * s + ys0 * c;
  out[2] = x + xs1 * c - ys0 * s;
  out[3] = y + xs1 * s + ys0 * c;
  out[4] = x + xs1 * c - ys1 * s;
  out[5] = y + xs1 * s + ys1 * c;
  out[6] = x + xs0 * c - ys1 * s;
  out[7] = y + xs0 * s + ys1 * c;
}

/**
 * Radii of a steady turn at full lock about the turning centre (water-and-access.md §5.2, derived):
 * rear-axle R, inner body side R_i = R − W/2, outer front corner R_of = √((R + W/2)² + (L + a_f)²),
 * swept width R_of − R_i. W, L, a_f include the margin when `g.margin` > 0.
 */
export function steadyTurnRadii(g: VehicleGeometry): {
  rearAxle: number;
  inner: number;
  outerFront: number;
  sweptWidth: number;
} {
  const r = g.minRadius;
  const inner = r - g.halfWidth;
  const outerFront = Math.hypot(r + g.halfWidth, g.front);
  return { rearAxle: r, inner, outerFront, sweptWidth: outerFront - inner };
}
