/**
 * The benchmark's synthetic site (bench/access.ts): 300 × 300 m, a 7 m ring road, two 6 m cross
 * streets, a rescue site by the old tower's footprint, and `want` obstacles (parked cars, planters,
 * bollards) along one kerb of each lane, placed by a seeded generator.
 */
import { readFileSync } from 'node:fs';
import type { Building } from '../models/schema/building.ts';
import type { Point } from '../models/schema/common.ts';
import type { SiteObstacle } from '../models/schema/site.ts';
import { loadBuildingText } from '../models/load/load-building.ts';
import { mulberry32 } from '../models/generator/random.ts';

/** 300 × 300 m: a 7 m ring road, two 6 m cross streets, a rescue site by a 40 × 30 m block. */
export function syntheticSite(want: number, log = true): Building {
  const text = readFileSync(new URL('../models/samples/old-tower-1998-24f.json', import.meta.url), 'utf8');
  const b = structuredClone(loadBuildingText(text).building!);
  const r = (x0: number, y0: number, x1: number, y1: number): Point[] => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  // The tower keeps its footprint (0…33.8 × 0…22.8); the site is drawn around it.
  const drivable = [
    { id: 'ring-S', kind: 'road' as const, polygon: r(-130, -140, 170, -133) },
    { id: 'ring-N', kind: 'road' as const, polygon: r(-130, 153, 170, 160) },
    { id: 'ring-W', kind: 'road' as const, polygon: r(-130, -140, -123, 160) },
    { id: 'ring-E', kind: 'road' as const, polygon: r(163, -140, 170, 160) },
    { id: 'cross-1', kind: 'road' as const, polygon: r(-130, -22, 170, -16) },
    { id: 'cross-2', kind: 'road' as const, polygon: r(80, -140, 86, 160) },
    { id: 'rs-1', kind: 'rescue-site' as const, polygon: r(0, -16, 33.8, -5) },
  ];
  const rng = mulberry32(300);
  const obstacles: SiteObstacle[] = [];
  const free = (p: Point[]): boolean =>
    !obstacles.some((o) => {
      const [a, c] = [o.polygon[0]!, o.polygon[2]!];
      return p[0]![0] < c[0] + 0.5 && p[2]![0] > a[0] - 0.5 && p[0]![1] < c[1] + 0.5 && p[2]![1] > a[1] - 0.5;
    });
  let guard = 0;
  while (obstacles.length < want && guard++ < 100000) {
    const lane = drivable[Math.floor(rng() * 6)]!;
    const [a, , c] = lane.polygon as [Point, Point, Point, Point];
    const horizontal = c[0] - a[0] > c[1] - a[1];
    const kind = rng() < 0.6 ? 'parked-car' : rng() < 0.5 ? 'planter' : 'bollard';
    const [l, w] = kind === 'parked-car' ? [4.8, 1.8] : kind === 'planter' ? [1.5, 1.5] : [0.3, 0.3];
    // Along one kerb of each lane, leaving it passable (a 7 m ring keeps ≥ 5 m, a 6 m street ≥ 4 m).
    const s = rng();
    const kerb = true;
    let p: Point[];
    if (horizontal) {
      const x = a[0] + 10 + s * (c[0] - a[0] - 20);
      const y = kerb ? a[1] + 0.1 : c[1] - 0.1 - w;
      p = r(x, y, x + l, y + w);
    } else {
      const y = a[1] + 10 + s * (c[1] - a[1] - 20);
      const x = kerb ? a[0] + 0.1 : c[0] - 0.1 - w;
      p = r(x, y, x + w, y + l);
    }
    if (!free(p)) continue;
    const o: SiteObstacle = { id: `${kind}-${obstacles.length + 1}`, kind, polygon: p, height: 1.5 };
    if (kind === 'parked-car') o.removable = true;
    obstacles.push(o);
  }
  b.site = {
    boundary: r(-135, -145, 175, 165),
    drivable,
    obstacles,
    entrances: [
      { id: 'gate-SW', at: [-129, -136.5], heading: 0 },
      { id: 'gate-NE', at: [169, 156.5], heading: 180 },
    ],
    station: { name: 'bench', travelTime: 300 },
  };
  if (log)
    console.log(
      `synthetic site: 300 × 300 m, ${drivable.length} drivable areas, ${obstacles.length} obstacles`,
    );
  return b;
}
