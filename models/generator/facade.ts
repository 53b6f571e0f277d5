/**
 * Facade openings, found from the finished storeys so they stay right after a sample edits the
 * plan: every unit (room or shop with a `unit`) gets openings on each of its walls that no other
 * space of the storey shares, i.e. on the outer wall line. The longest such wall is the main facade
 * (balcony and window for flats, windows for offices and shops); other outer walls get a window.
 * Public buildings get a rescue window per unit on the face toward the rescue site.
 */
import type { Point } from '../schema/common.ts';
import type { Opening } from '../schema/facade.ts';
import type { Space, Storey } from '../schema/storey.ts';
import { pt, r3 } from './geometry.ts';
import type { TowerUse } from './options.ts';

export interface FacadeStyle {
  use: TowerUse;
  /** Rescue windows go on outer walls lying on this line (y), for public buildings. */
  rescueFaceY?: number;
}

type Edge = [Point, Point];

const EPS = 1e-6;

function edgesOf(space: Space): Edge[] {
  const p = space.polygon;
  return p.map((a, i) => [a, p[(i + 1) % p.length]!] as Edge);
}

const cross = (ax: number, ay: number, bx: number, by: number): number => ax * by - ay * bx;

/** Whether edges e and f lie on one line and overlap over a positive length. */
function overlaps(e: Edge, f: Edge): boolean {
  const [a, b] = e;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len < EPS) return false;
  const off = (p: Point): number => cross(dx, dy, p[0] - a[0], p[1] - a[1]) / len;
  if (Math.abs(off(f[0])) > 1e-3 || Math.abs(off(f[1])) > 1e-3) return false;
  const t = (p: Point): number => ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len;
  const lo = Math.max(0, Math.min(t(f[0]), t(f[1])));
  const hi = Math.min(len, Math.max(t(f[0]), t(f[1])));
  return hi - lo > 1e-3;
}

/** The edges of `space` that no other space of the storey shares, even in part. */
export function outerEdges(storey: Storey, space: Space): Edge[] {
  const others = storey.spaces.filter((s) => s !== space).flatMap(edgesOf);
  return edgesOf(space).filter((e) => !others.some((f) => overlaps(e, f)));
}

const at = (e: Edge, t: number): Point =>
  pt(e[0][0] + t * (e[1][0] - e[0][0]), e[0][1] + t * (e[1][1] - e[0][1]));
const lengthOf = (e: Edge): number => Math.hypot(e[1][0] - e[0][0], e[1][1] - e[0][1]);

export function facadeOpenings(storeys: readonly Storey[], style: FacadeStyle): Opening[] {
  const out: Opening[] = [];
  for (const storey of storeys) {
    for (const space of storey.spaces) {
      if (space.unit === undefined || (space.kind !== 'room' && space.kind !== 'shop')) continue;
      const edges = outerEdges(storey, space)
        .filter((e) => lengthOf(e) >= 2)
        .sort((a, b) => lengthOf(b) - lengthOf(a));
      let k = 0;
      const add = (e: Edge, t: number, o: Pick<Opening, 'kind' | 'width' | 'height' | 'sill'>): void => {
        out.push({
          id: `o-${space.id}-${++k}`,
          storey: storey.id,
          unit: space.unit,
          at: at(e, t),
          width: r3(o.width),
          height: r3(o.height),
          sill: r3(o.sill),
          kind: o.kind,
          canopy: 'none',
          net: 'none',
        });
      };
      const h = storey.height;
      edges.forEach((e, i) => {
        const len = lengthOf(e);
        const flat = style.use === 'residential' && space.kind === 'room';
        if (i > 0) {
          // A side wall: one window (flat: 1.5 m tall on a 0.9 m sill, typical).
          add(e, 0.5, {
            kind: 'window',
            width: Math.min(1.2, 0.4 * len),
            height: flat ? 1.5 : Math.min(2, h - 1.1),
            sill: flat ? 0.9 : 0.8,
          });
          return;
        }
        if (flat) {
          // Living-room balcony door and a bedroom window (typical Chongqing flat frontage).
          add(e, 0.3, { kind: 'balcony', width: Math.min(2.4, 0.35 * len), height: 2.2, sill: 0 });
          add(e, 0.75, { kind: 'window', width: Math.min(1.5, 0.25 * len), height: 1.5, sill: 0.9 });
          return;
        }
        const win = {
          kind: 'window' as const,
          width: Math.min(3, 0.3 * len),
          height: Math.min(2, h - 1.1),
          sill: 0.8,
        };
        add(e, 0.2, win);
        add(e, 0.8, win);
        const onRescueFace =
          style.rescueFaceY !== undefined &&
          Math.abs(e[0][1] - style.rescueFaceY) < EPS &&
          Math.abs(e[1][1] - style.rescueFaceY) < EPS;
        if (style.use === 'office' && onRescueFace) {
          // GB 50016-2014 (2018 ed.) 7.2.4/7.2.5 (secondary ×5): rescue windows on every floor of
          // public buildings, clear ≥ 1.0 × 1.0 m, sill ≤ 1.2 m, ≤ 20 m apart, facing the rescue site.
          add(e, 0.5, { kind: 'rescue-window', width: 1, height: 1.2, sill: 0.9 });
        }
      });
    }
  }
  return out;
}
