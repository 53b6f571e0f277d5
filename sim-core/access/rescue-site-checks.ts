/**
 * Rescue-site (消防车登高操作场地) checks, GB 50016-2014 (2018 ed.) 7.2.1–7.2.2 and GB 55037-2022
 * 3.4.5 / 3.4.7 as read in secondary copies (gb50016-access.ts). Geometry:
 * - size: the site's extent in the frame of its longest edge (exact for the rectangles sites are
 *   drawn as), and a limit-sized rectangle must fit inside it;
 * - distance: shortest distance from the site polygon to the tower's outer walls (the highest
 *   storey's outline); podium depth: that minus the distance to any storey's walls (how far lower
 *   storeys stand out between the site and the tower);
 * - along a long side: tower walls sampled every 0.5 m; a sample is served when the site lies within
 *   the 10 m maximum distance straight out from the wall; served length (per wall line, the outline's
 *   joints bridged) vs the tower's long side (the longest wall line's extent);
 * - obstacles: site obstacles whose polygon overlaps the site (more than a sliver).
 */
import type { Building } from '../../models/schema/building.ts';
import type { Drivable, SiteObstacle } from '../../models/schema/site.ts';
import { classify } from '../../models/metrics/classification.ts';
import { pointLocator } from '../../models/geometry/point-locator.ts';
import { cleanRing, signedArea, type Ring } from '../../models/geometry/polygon.ts';
import { polygonsOverlap } from '../../models/geometry/polygon-overlap.ts';
import { cm, UNVERIFIED_NOTE, type AccessCheck } from './code-check.ts';
import { edgeFrame, segmentDistance } from './cross-section.ts';
import type { BuildingOutline, WallPiece } from './building-outline.ts';
import { rectInsideRing } from './goals.ts';
import * as GB from './gb50016-access.ts';

/** Sampling step along the walls (m). */
const WALL_SAMPLE = 0.5;

export interface RescueSiteReport {
  id: string;
  ok: boolean;
  checks: AccessCheck[];
  /** Obstacles overlapping the site. */
  obstacles: string[];
}

function wallDistance(ring: Ring, pieces: readonly WallPiece[]): number {
  let d = Infinity;
  for (const w of pieces)
    for (let i = 0; i < ring.length; i++)
      d = Math.min(d, segmentDistance(ring[i]!, ring[(i + 1) % ring.length]!, w.a, w.b));
  return d;
}

/** Position along a side's wall line (the side's direction is its normal turned left). */
const along = (w: WallPiece, x: number, y: number): number => -w.ny * x + w.nx * y;

/** Gaps up to this (m) between served stretches of one wall line are the outline's joints. */
const JOINT_GAP = 0.25;

/** Union length of intervals, bridging gaps up to JOINT_GAP. */
function bridgedLength(iv: [number, number][]): number {
  iv.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cur: [number, number] | undefined;
  for (const [a, b] of iv) {
    if (cur && a <= cur[1] + JOINT_GAP) cur[1] = Math.max(cur[1], b);
    else {
      if (cur) total += cur[1] - cur[0];
      cur = [a, b];
    }
  }
  return total + (cur ? cur[1] - cur[0] : 0);
}

/** The longest facade side of the tower: extent of its wall line (joints bridged). */
function longSide(pieces: readonly WallPiece[]): number {
  const bySide = new Map<number, [number, number][]>();
  for (const w of pieces) {
    const list = bySide.get(w.side) ?? [];
    const a = along(w, w.a[0], w.a[1]);
    const b = along(w, w.b[0], w.b[1]);
    list.push([Math.min(a, b), Math.max(a, b)]);
    bySide.set(w.side, list);
  }
  let best = 0;
  for (const list of bySide.values()) best = Math.max(best, bridgedLength(list));
  return best;
}

export function rescueSiteChecks(
  b: Building,
  outline: BuildingOutline,
  site: Drivable,
  obstacles: readonly SiteObstacle[],
): RescueSiteReport {
  const ring = cleanRing(site.polygon);
  const checks: AccessCheck[] = [];
  const subject = site.id;
  const height = classify(b).height;
  const tall = height > GB.SITE_TALL_HEIGHT;

  // 7.2.2(2) size.
  const f = edgeFrame(ring);
  const length = f.s1 - f.s0;
  const width = f.t1 - f.t0;
  const needL = tall ? GB.SITE_LENGTH_TALL : GB.SITE_LENGTH;
  const loc = pointLocator(ring);
  let fits = false;
  for (let s = f.s0 + needL / 2; s <= f.s1 - needL / 2 + 1e-9 && !fits; s += 0.5)
    for (let t = f.t0 + GB.SITE_WIDTH / 2; t <= f.t1 - GB.SITE_WIDTH / 2 + 1e-9 && !fits; t += 0.5) {
      const cx = f.ox + s * f.ux + t * f.vx;
      const cy = f.oy + s * f.uy + t * f.vy;
      fits = rectInsideRing(
        cx,
        cy,
        Math.atan2(f.uy, f.ux),
        needL / 2 - 1e-6,
        GB.SITE_WIDTH / 2 - 1e-6,
        ring,
        loc,
      );
    }
  checks.push({
    clause: 'GB 50016-2014 7.2.2(2)',
    subject,
    ok: fits,
    value: Math.round(length * width * 100) / 100,
    limit: needL * GB.SITE_WIDTH,
    unit: 'm2',
    verified: true,
    message: {
      en: `rescue site ${subject} is ${cm(length)} × ${cm(width)} m; a ${needL} × ${GB.SITE_WIDTH} m rectangle ${fits ? 'fits' : 'does not fit'} (needed for a building ${tall ? 'higher than' : 'of at most'} ${GB.SITE_TALL_HEIGHT} m; this one is ${cm(height)} m)`,
      'zh-CN': `登高操作场地 ${subject} 为 ${cm(length)} × ${cm(width)} m；${fits ? '可' : '不能'}容纳 ${needL} × ${GB.SITE_WIDTH} m 的矩形（建筑高度 ${cm(height)} m，${tall ? '大于' : '不大于'} ${GB.SITE_TALL_HEIGHT} m）`,
    },
  });
  if (Math.abs(signedArea(ring)) < 0.98 * length * width)
    checks[checks.length - 1]!.message.en += '; the site is not a rectangle: the size is its bounding box';

  // 7.2.2(4) distance from the tower wall.
  const tower = outline.storeys[outline.top] ?? [];
  const all = outline.storeys.flat();
  const dTower = wallDistance(ring, tower);
  const dAny = wallDistance(ring, all);
  const dist = Number.isFinite(dTower) ? dTower : 0;
  checks.push({
    clause: 'GB 50016-2014 7.2.2(4)',
    subject,
    ok: dist >= GB.SITE_MIN_DISTANCE,
    value: Math.round(dist * 100) / 100,
    limit: GB.SITE_MIN_DISTANCE,
    unit: 'm',
    verified: true,
    message: {
      en: `rescue site ${subject} is ${cm(dist)} m from the tower wall; it should be at least ${GB.SITE_MIN_DISTANCE} m ("should")`,
      'zh-CN': `登高操作场地 ${subject} 距塔楼外墙 ${cm(dist)} m；宜不小于 ${GB.SITE_MIN_DISTANCE} m`,
    },
  });
  checks.push({
    clause: 'GB 50016-2014 7.2.2(4)',
    subject,
    ok: dist <= GB.SITE_MAX_DISTANCE,
    value: Math.round(dist * 100) / 100,
    limit: GB.SITE_MAX_DISTANCE,
    unit: 'm',
    verified: true,
    message: {
      en: `rescue site ${subject} is ${cm(dist)} m from the tower wall; at most ${GB.SITE_MAX_DISTANCE} m`,
      'zh-CN': `登高操作场地 ${subject} 距塔楼外墙 ${cm(dist)} m；不应大于 ${GB.SITE_MAX_DISTANCE} m`,
    },
  });

  // 7.2.2(4) slope.
  if (site.slope !== undefined)
    checks.push({
      clause: 'GB 50016-2014 7.2.2(4)',
      subject,
      ok: site.slope <= GB.SITE_MAX_SLOPE,
      value: site.slope,
      limit: GB.SITE_MAX_SLOPE,
      unit: 'fraction',
      verified: true,
      message: {
        en: `rescue site ${subject} slope ${cm(site.slope * 100)} %; it should be at most ${GB.SITE_MAX_SLOPE * 100} % ("should")`,
        'zh-CN': `登高操作场地 ${subject} 坡度 ${cm(site.slope * 100)}%；宜不大于 ${GB.SITE_MAX_SLOPE * 100}%`,
      },
    });

  // 7.2.1 along a long side.
  const servedBySide = new Map<number, [number, number][]>();
  for (const w of tower) {
    const len = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
    const n = Math.max(1, Math.round(len / WALL_SAMPLE));
    for (let k = 0; k < n; k++) {
      const t = (k + 0.5) / n;
      const px = w.a[0] + t * (w.b[0] - w.a[0]);
      const py = w.a[1] + t * (w.b[1] - w.a[1]);
      for (let d = 0.25; d <= GB.SITE_MAX_DISTANCE + 1e-9; d += 0.25)
        if (loc.locate(px + d * w.nx, py + d * w.ny) >= 0) {
          const c = along(w, px, py);
          const list = servedBySide.get(w.side) ?? [];
          list.push([c - len / n / 2, c + len / n / 2]);
          servedBySide.set(w.side, list);
          break;
        }
    }
  }
  let served = 0;
  for (const list of servedBySide.values()) served += bridgedLength(list);
  const long = longSide(tower);
  checks.push({
    clause: 'GB 50016-2014 7.2.1',
    subject,
    ok: served >= long - 0.05,
    value: Math.round(served * 100) / 100,
    limit: Math.round(long * 100) / 100,
    unit: 'm',
    verified: true,
    message: {
      en: `rescue site ${subject} runs along ${cm(served)} m of the tower walls (within ${GB.SITE_MAX_DISTANCE} m); it must cover at least one long side, ${cm(long)} m`,
      'zh-CN': `登高操作场地 ${subject} 沿塔楼外墙连续长度 ${cm(served)} m（${GB.SITE_MAX_DISTANCE} m 以内）；应至少覆盖一个长边 ${cm(long)} m`,
    },
  });

  // 7.2.1 / GB 55037 3.4.7 podium depth.
  const podium = Number.isFinite(dTower) && Number.isFinite(dAny) ? Math.max(0, dTower - dAny) : 0;
  checks.push({
    clause: 'GB 50016-2014 7.2.1; GB 55037-2022 3.4.7',
    subject,
    ok: podium <= GB.PODIUM_MAX_DEPTH,
    value: Math.round(podium * 100) / 100,
    limit: GB.PODIUM_MAX_DEPTH,
    unit: 'm',
    verified: false,
    message: {
      en: `lower storeys stand ${cm(podium)} m out from the tower towards rescue site ${subject}; a podium there may be at most ${GB.PODIUM_MAX_DEPTH} m deep.${UNVERIFIED_NOTE.en}`,
      'zh-CN': `登高操作场地 ${subject} 与塔楼之间裙房进深 ${cm(podium)} m；不应大于 ${GB.PODIUM_MAX_DEPTH} m。${UNVERIFIED_NOTE['zh-CN']}`,
    },
  });

  // 7.2.2(1) / GB 55037 3.4.5: nothing on the site.
  const on = obstacles.filter((o) => polygonsOverlap(cleanRing(o.polygon), ring)).map((o) => o.id);
  checks.push({
    clause: 'GB 50016-2014 7.2.2(1); GB 55037-2022 3.4.5',
    subject,
    ok: on.length === 0,
    value: on.length,
    limit: 0,
    unit: 'count',
    verified: true,
    message: {
      en:
        on.length === 0
          ? `rescue site ${subject} is clear`
          : `${on.length} obstacle(s) on rescue site ${subject}: ${on.join(', ')}`,
      'zh-CN':
        on.length === 0
          ? `登高操作场地 ${subject} 无障碍物`
          : `登高操作场地 ${subject} 上有 ${on.length} 处障碍物：${on.join('、')}`,
    },
    obstacles: on,
  });
  return { id: site.id, ok: checks.every((c) => c.ok), checks, obstacles: on };
}
