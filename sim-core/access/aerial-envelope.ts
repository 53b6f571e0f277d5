/**
 * An aerial appliance's working envelope (docs/model-format.md "Vehicles"): `[horizontal reach from
 * the turntable, height above ground]` points, read as the outer boundary of what the basket can
 * reach — at reach r it can work anywhere from the ground up to the height interpolated linearly
 * between the neighbouring points; nearer than the first point it reaches the first point's height;
 * beyond the last point's reach, nothing.
 */

/** Highest working height (m) at horizontal reach r (m); −Infinity beyond the envelope. */
export function envelopeHeight(envelope: readonly (readonly [number, number])[], r: number): number {
  const pts = [...envelope].sort((a, b) => a[0] - b[0]);
  const first = pts[0];
  if (!first) return -Infinity;
  if (r <= first[0]) return first[1];
  for (let i = 1; i < pts.length; i++) {
    const [r1, h1] = pts[i]!;
    const [r0, h0] = pts[i - 1]!;
    if (r <= r1) return r1 === r0 ? Math.max(h0, h1) : h0 + ((h1 - h0) * (r - r0)) / (r1 - r0);
  }
  return -Infinity;
}

/** The point (reach, height) lies inside the envelope (heights below ground are not). */
export function insideEnvelope(
  envelope: readonly (readonly [number, number])[],
  r: number,
  z: number,
): boolean {
  return z >= 0 && z <= envelopeHeight(envelope, r) + 1e-9;
}
