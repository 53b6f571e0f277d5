/**
 * The aerial appliance's reach drawn on the facade: for a turntable position and the appliance's
 * envelope ([horizontal reach, height] points), how high up each outer wall the basket works. The
 * height at a wall point is the envelope's height at that point's horizontal distance from the
 * turntable — the same function (aerial-envelope.ts envelopeHeight) that aerial-reach.ts uses to
 * decide which openings are reachable, so a point of the wall is under the band's top exactly when
 * aerial-reach counts it reachable from that turntable. Only the turntable of the best set-up is
 * drawn (the report does not carry every candidate set-up), so an opening reached only from another
 * set-up can lie outside the outline.
 */
import { envelopeHeight } from '../../../sim-core/access/aerial-envelope.ts';

/** Wall sample spacing (m): fine enough that the drawn contour follows the envelope's kinks. */
export const BAND_STEP = 0.5;

/**
 * Band columns along one wall piece a→b of a storey spanning heights z0..z1 (m): each column is
 * [x, y, zTop] with zTop = min(z1, reach height) where the reach height is at least z0, else NaN
 * (no band there). Columns every `step` m, both ends included.
 */
export function reachColumns(
  envelope: readonly (readonly [number, number])[],
  tx: number,
  ty: number,
  a: readonly number[],
  b: readonly number[],
  z0: number,
  z1: number,
  step = BAND_STEP,
): [number, number, number][] {
  const len = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!);
  const n = Math.max(1, Math.ceil(len / step));
  const out: [number, number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const f = i / n;
    const x = a[0]! + f * (b[0]! - a[0]!);
    const y = a[1]! + f * (b[1]! - a[1]!);
    const h = Math.min(z1, envelopeHeight(envelope, Math.hypot(x - tx, y - ty)));
    out.push([x, y, h >= z0 && h >= 0 ? h : NaN]);
  }
  return out;
}

/**
 * The outline of the reached part of one wall piece, as a ribbon `width` m wide just inside it
 * (triangles, three coordinates: x, z up, −y) and the outline itself as line segments: along the
 * top where the envelope, not the storey's ceiling z1, limits it, and up the side where the band
 * starts or ends along the wall. Stood off the wall by `off` along the outward normal (nx, ny).
 * Only the outline is drawn, not a fill, so the facade's own colours stay readable under it.
 */
export function outlineGeometry(
  columns: readonly (readonly [number, number, number])[],
  z0: number,
  z1: number,
  nx: number,
  ny: number,
  off: number,
  width: number,
  tris: number[],
  lines: number[],
): void {
  const base = Math.max(z0, 0);
  const px = (x: number) => x + nx * off;
  const py = (y: number) => -(y + ny * off);
  const quad = (
    ax: number,
    ay: number,
    az0: number,
    az1: number,
    bx: number,
    by: number,
    bz0: number,
    bz1: number,
  ) => tris.push(ax, az0, ay, bx, bz0, by, bx, bz1, by, ax, az0, ay, bx, bz1, by, ax, az1, ay);
  for (let i = 0; i + 1 < columns.length; i++) {
    const [x0, y0, h0] = columns[i]!;
    const [x1, y1, h1] = columns[i + 1]!;
    if (Number.isNaN(h0) || Number.isNaN(h1)) continue;
    if (h0 < z1 - 1e-9 || h1 < z1 - 1e-9) {
      const w0 = Math.min(width, h0 - base);
      const w1 = Math.min(width, h1 - base);
      quad(px(x0), py(y0), h0 - w0, h0, px(x1), py(y1), h1 - w1, h1);
      lines.push(px(x0), h0, py(y0), px(x1), h1, py(y1));
    }
  }
  // Side edges: a reached column next to an unreached one on the same wall (a wall piece's own ends
  // are not edges of the reach: the wall turns a corner or meets the next piece there).
  for (let i = 0; i < columns.length; i++) {
    const [x, y, h] = columns[i]!;
    if (Number.isNaN(h)) continue;
    const prevOut = i > 0 && Number.isNaN(columns[i - 1]![2]);
    const nextOut = i + 1 < columns.length && Number.isNaN(columns[i + 1]![2]);
    if (!prevOut && !nextOut) continue;
    // Ribbon width along the wall, pointing into the reached side.
    const j = nextOut ? i - 1 : i + 1;
    if (j < 0 || j >= columns.length) continue;
    const [xj, yj] = columns[j]!;
    const len = Math.hypot(xj - x, yj - y) || 1;
    const f = Math.min(1, width / len);
    const xi = x + f * (xj - x);
    const yi = y + f * (yj - y);
    quad(px(x), py(y), base, h, px(xi), py(yi), base, h);
    lines.push(px(x), base, py(y), px(x), h, py(y));
  }
}
