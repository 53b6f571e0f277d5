/**
 * Fire-lane (消防车道) checks, GB 50016-2014 (2018 ed.) 7.1.8–7.1.9 and GB 55037-2022 3.4.5 as read
 * in secondary copies (gb50016-access.ts), for every drivable area of kind `road`. A lane is taken
 * as drawn: straight, running along its longest edge (cross-section.ts edgeFrame).
 * - clear width: cross-sections every 0.5 m across the lane; at each, the longest piece inside the
 *   lane polygon with the ground obstacles present cut out (parked cars narrow a lane); the minimum
 *   over the lane, with the obstacles that narrowed it below 4 m named;
 * - clear height: the lowest `clearance` of overhead structures over the lane;
 * - slope: `slope` if given;
 * - dead ends: an end is open when a site entrance lies within max(5 m, lane width) of it or another
 *   road continues past it; a lane with an end that is not open is a dead end; longer than 40 m it
 *   needs a turnaround square (12, 15 for high-rise buildings, 18 when a planned vehicle is a heavy
 *   truck of ≥ 20 t) inside one drivable area (a plaza, a rescue site, the lane) within that
 *   square's size of its closed end, aligned with the lane.
 */
import type { Building } from '../../models/schema/building.ts';
import type { Vehicle } from '../../models/schema/vehicle.ts';
import type { Drivable, SiteObstacle } from '../../models/schema/site.ts';
import { classify } from '../../models/metrics/classification.ts';
import { pointLocator } from '../../models/geometry/point-locator.ts';
import { cleanRing } from '../../models/geometry/polygon.ts';
import { polygonsOverlap } from '../../models/geometry/polygon-overlap.ts';
import { cm, UNVERIFIED_NOTE, type AccessCheck } from './code-check.ts';
import { edgeFrame, lineIntervals, longest, subtractIntervals } from './cross-section.ts';
import { rectInsideRing } from './goals.ts';
import * as GB from './gb50016-access.ts';

const STATION = 0.5;

export function fireLaneChecks(
  b: Building,
  lane: Drivable,
  obstacles: readonly SiteObstacle[],
  vehicles: readonly Vehicle[],
): AccessCheck[] {
  const subject = lane.id;
  const ring = cleanRing(lane.polygon);
  const f = edgeFrame(ring);
  const checks: AccessCheck[] = [];
  const ground = obstacles
    .filter((o) => o.kind !== 'overhead')
    .map((o) => ({ id: o.id, ring: cleanRing(o.polygon) }))
    .filter((o) => polygonsOverlap(o.ring, ring));

  // Clear width, with the nominal (empty lane) width for the message.
  let nominal = Infinity;
  let clear = Infinity;
  const narrowing = new Set<string>();
  for (let s = f.s0 + STATION / 2; s < f.s1; s += STATION) {
    const px = f.ox + s * f.ux;
    const py = f.oy + s * f.uy;
    const inLane = lineIntervals(ring, px, py, f.vx, f.vy);
    if (inLane.length === 0) continue;
    const w0 = longest(inLane);
    const cuts: [number, number][] = [];
    const here: string[] = [];
    for (const o of ground) {
      const iv = lineIntervals(o.ring, px, py, f.vx, f.vy);
      if (iv.length > 0) here.push(o.id);
      cuts.push(...iv);
    }
    const w = longest(subtractIntervals(inLane, cuts));
    nominal = Math.min(nominal, w0);
    clear = Math.min(clear, w);
    if (w < GB.LANE_MIN_WIDTH - 1e-9) for (const id of here) narrowing.add(id);
  }
  if (!Number.isFinite(clear)) clear = 0;
  if (!Number.isFinite(nominal)) nominal = 0;
  const names = [...narrowing].sort();
  checks.push({
    clause: 'GB 50016-2014 7.1.8',
    subject,
    ok: clear >= GB.LANE_MIN_WIDTH - 1e-9,
    value: Math.round(clear * 100) / 100,
    limit: GB.LANE_MIN_WIDTH,
    unit: 'm',
    verified: true,
    message: {
      en:
        `fire lane ${subject}: clear width ${cm(clear)} m (drawn ${cm(nominal)} m), at least ${GB.LANE_MIN_WIDTH} m` +
        (names.length > 0 ? `; narrowed by ${names.join(', ')}` : ''),
      'zh-CN':
        `消防车道 ${subject}：净宽 ${cm(clear)} m（设计宽度 ${cm(nominal)} m），不应小于 ${GB.LANE_MIN_WIDTH} m` +
        (names.length > 0 ? `；被 ${names.join('、')} 占用` : ''),
    },
    ...(names.length > 0 ? { obstacles: names } : {}),
  });

  // Clear height.
  const over = obstacles.filter((o) => o.kind === 'overhead' && polygonsOverlap(cleanRing(o.polygon), ring));
  const low = over.reduce((m, o) => Math.min(m, o.clearance ?? 0), Infinity);
  const lowIds = over.filter((o) => (o.clearance ?? 0) < GB.LANE_MIN_HEIGHT).map((o) => o.id);
  checks.push({
    clause: 'GB 50016-2014 7.1.8',
    subject,
    ok: lowIds.length === 0,
    value: Number.isFinite(low) ? low : null,
    limit: GB.LANE_MIN_HEIGHT,
    unit: 'm',
    verified: true,
    message: Number.isFinite(low)
      ? {
          en: `fire lane ${subject}: clear height ${cm(low)} m under ${over.map((o) => o.id).join(', ')}, at least ${GB.LANE_MIN_HEIGHT} m`,
          'zh-CN': `消防车道 ${subject}：${over.map((o) => o.id).join('、')} 下净高 ${cm(low)} m，不应小于 ${GB.LANE_MIN_HEIGHT} m`,
        }
      : {
          en: `fire lane ${subject}: no overhead structure`,
          'zh-CN': `消防车道 ${subject}：上方无构筑物`,
        },
    ...(lowIds.length > 0 ? { obstacles: lowIds } : {}),
  });

  if (lane.slope !== undefined) {
    checks.push({
      clause: 'GB 50016-2014 7.1.8',
      subject,
      ok: lane.slope <= GB.LANE_MAX_SLOPE,
      value: lane.slope,
      limit: GB.LANE_MAX_SLOPE,
      unit: 'fraction',
      verified: true,
      message: {
        en: `fire lane ${subject}: slope ${cm(lane.slope * 100)} %, it should be at most ${GB.LANE_MAX_SLOPE * 100} % ("should")`,
        'zh-CN': `消防车道 ${subject}：坡度 ${cm(lane.slope * 100)}%，宜不大于 ${GB.LANE_MAX_SLOPE * 100}%`,
      },
    });
    checks.push({
      clause: 'GB 55037-2022 3.4.5',
      subject,
      ok: lane.slope <= GB.LANE_MAX_SLOPE_55037,
      value: lane.slope,
      limit: GB.LANE_MAX_SLOPE_55037,
      unit: 'fraction',
      verified: false,
      message: {
        en: `fire lane ${subject}: slope ${cm(lane.slope * 100)} %, at most ${GB.LANE_MAX_SLOPE_55037 * 100} % (mandatory).${UNVERIFIED_NOTE.en}`,
        'zh-CN': `消防车道 ${subject}：坡度 ${cm(lane.slope * 100)}%，不应大于 ${GB.LANE_MAX_SLOPE_55037 * 100}%（强制性条文）。${UNVERIFIED_NOTE['zh-CN']}`,
      },
    });
  }

  checks.push(deadEndCheck(b, lane, f, nominal, vehicles));
  return checks;
}

function deadEndCheck(
  b: Building,
  lane: Drivable,
  f: ReturnType<typeof edgeFrame>,
  width: number,
  vehicles: readonly Vehicle[],
): AccessCheck {
  const subject = lane.id;
  const drivable = b.site?.drivable ?? [];
  const others = drivable
    .filter((d) => d.id !== lane.id && d.kind === 'road')
    .map((d) => pointLocator(cleanRing(d.polygon)));
  const at = (s: number, t: number): [number, number] => [
    f.ox + s * f.ux + t * f.vx,
    f.oy + s * f.uy + t * f.vy,
  ];
  const open = (s: number, out: number): boolean => {
    const mid = at(s, (f.t0 + f.t1) / 2);
    const reach = Math.max(5, width);
    if ((b.site?.entrances ?? []).some((e) => Math.hypot(e.at[0] - mid[0], e.at[1] - mid[1]) <= reach))
      return true;
    // Another road beyond the end (the lane goes on), or over its last metre (it ends in a corner
    // or a T: a ring road's sides meet this way).
    for (let k = 1; k < 4; k++) {
      const t = f.t0 + ((f.t1 - f.t0) * k) / 4;
      for (const ds of [out, -out]) {
        const [x, y] = at(s + ds, t);
        if (others.some((l) => l.locate(x, y) > 0)) return true;
      }
    }
    return false;
  };
  const openStart = open(f.s0, -1);
  const openEnd = open(f.s1, 1);
  const length = f.s1 - f.s0;
  const highRise = classify(b).highRise;
  const heavy = vehicles.some((v) => (v.mass ?? 0) >= GB.HEAVY_TRUCK_MASS);
  const need = heavy ? GB.TURNAROUND_HEAVY : highRise ? GB.TURNAROUND_HIGH_RISE : GB.TURNAROUND;
  if (openStart && openEnd)
    return {
      clause: 'GB 50016-2014 7.1.9; GB 55037-2022 3.4.5',
      subject,
      ok: true,
      value: null,
      limit: GB.DEAD_END_LENGTH,
      unit: 'm',
      verified: false,
      message: {
        en: `fire lane ${subject} is open at both ends: not a dead end`,
        'zh-CN': `消防车道 ${subject} 两端连通，非尽头式车道`,
      },
    };
  // The closed end: search for a need × need square, aligned with the lane, in any drivable area
  // within `need` of it.
  const closedS = openStart ? f.s1 : f.s0;
  const rings = drivable.map((d) => cleanRing(d.polygon));
  const locs = rings.map((r) => pointLocator(r));
  // Bounding boxes: a square whose circumscribed circle leaves a ring's box cannot lie inside it.
  const boxes = rings.map((r) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of r)
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    return [x0, y0, x1, y1] as const;
  });
  let found = 0;
  const th = Math.atan2(f.uy, f.ux);
  for (const side of [GB.TURNAROUND_HEAVY, GB.TURNAROUND_HIGH_RISE, GB.TURNAROUND]) {
    if (found > 0) break;
    for (let ds = -need - side; ds <= need + side && found === 0; ds += 1)
      for (let dt = -need - side; dt <= need + side && found === 0; dt += 1) {
        const [cx, cy] = at(closedS + ds, (f.t0 + f.t1) / 2 + dt);
        const half = (side / 2) * Math.SQRT2;
        rings.forEach((r, i) => {
          const [x0, y0, x1, y1] = boxes[i]!;
          if (cx + half < x0 || cx - half > x1 || cy + half < y0 || cy - half > y1) return;
          if (found === 0 && rectInsideRing(cx, cy, th, side / 2 - 1e-6, side / 2 - 1e-6, r, locs[i]!))
            found = side;
        });
      }
  }
  const needsOne = length > GB.DEAD_END_LENGTH;
  const ok = !needsOne || found >= need;
  return {
    clause: 'GB 50016-2014 7.1.9; GB 55037-2022 3.4.5',
    subject,
    ok,
    value: Math.round(length * 100) / 100,
    limit: GB.DEAD_END_LENGTH,
    unit: 'm',
    verified: false,
    message: {
      en:
        `fire lane ${subject} is a dead end ${cm(length)} m long` +
        (needsOne
          ? `; longer than ${GB.DEAD_END_LENGTH} m it needs a ${need} × ${need} m turnaround` +
            (found > 0 ? `; largest found ${found} × ${found} m` : '; none found')
          : ` (at most ${GB.DEAD_END_LENGTH} m: no turnaround needed)`) +
        `.${UNVERIFIED_NOTE.en}`,
      'zh-CN':
        `消防车道 ${subject} 为尽头式，长 ${cm(length)} m` +
        (needsOne
          ? `；超过 ${GB.DEAD_END_LENGTH} m，应设 ${need} × ${need} m 回车场` +
            (found > 0 ? `；现有最大 ${found} × ${found} m` : '；未找到')
          : `（不超过 ${GB.DEAD_END_LENGTH} m，无需回车场）`) +
        `。${UNVERIFIED_NOTE['zh-CN']}`,
    },
  };
}
