/**
 * Low-speed kinematic bicycle motion (the model swept-path tools such as AutoTURN and Vehicle Tracking
 * use: water-and-access.md §5.1). At walking pace tyres do not slip, so the rear-axle centre moves
 * along arcs of constant curvature κ = tan(δ) / wheelbase for a fixed steering angle δ. Closed form
 * (FabienD/swept-path): θ₁ = θ + κ·s, x₁ = x + (sin θ₁ − sin θ)/κ, y₁ = y − (cos θ₁ − cos θ)/κ;
 * s < 0 is reversing.
 */

/** Curvatures below this (1/m) are driven as straight lines (radius > 10 km). */
const STRAIGHT = 1e-4;

/** Moves pose (x, y, θ) by signed arc length s at curvature κ; writes x, y, θ into out[0..2]. */
export function arcStep(x: number, y: number, th: number, kappa: number, s: number, out: Float64Array): void {
  if (Math.abs(kappa) < STRAIGHT) {
    out[0] = x + s * Math.cos(th);
    out[1] = y + s * Math.sin(th);
    out[2] = th;
    return;
  }
  const th1 = th + kappa * s;
  out[0] = x + (Math.sin(th1) - Math.sin(th)) / kappa;
  out[1] = y - (Math.cos(th1) - Math.cos(th)) / kappa;
  out[2] = th1;
}

/** Angle wrapped to (−π, π]. */
export function wrapAngle(a: number): number {
  let r = a % (2 * Math.PI);
  if (r <= -Math.PI) r += 2 * Math.PI;
  else if (r > Math.PI) r -= 2 * Math.PI;
  return r;
}
