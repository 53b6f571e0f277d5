/**
 * The site (spec "Site"): obstacles must be on the site, overhead structures need a clearance,
 * vehicles enter onto a drivable area, and rescue sites should be nearly level.
 *
 * "On the site" means inside `site.boundary` when the file gives one (a Lifeline extension: every
 * drivable area, obstacle and entrance must lie inside it). Without a boundary, the site extent is the
 * bounding box of the drivable areas and of the ground storeys' spaces, grown by SITE_MARGIN; only
 * an obstacle entirely outside that is an error, as the extent is a guess.
 */
import type { Point } from '../../schema/common.ts';
import { OUTSIDE, type Building } from '../../schema/building.ts';
import type { Site } from '../../schema/site.ts';
import type { BBox, Ring } from '../../geometry/polygon.ts';
import {
  bbox,
  bboxRing,
  distanceToBoundary,
  growBBox,
  pointInPolygon,
  unionBBox,
} from '../../geometry/polygon.ts';
import { intersectionMeasure, polygonWithin } from '../../geometry/polygon-overlap.ts';
import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';
import { num, pointer } from '../issue.ts';
import { pointText, usablePolygon } from './polygons.ts';

/**
 * Margin (m) around the drivable areas and ground-floor footprint that still counts as site when no
 * boundary is given. Rescue sites stand up to 10 m from the facade (GB 50016-2014 (2018 ed.) 7.2.2
 * item 4) and lanes run along them, so anything that can be in a fire appliance's way lies within
 * 10 m of the footprint or on a drivable area; an obstacle beyond that is almost surely misplaced
 * (wrong origin or units).
 */
export const SITE_MARGIN = 10;

/** Storeys whose floor is within this (m) of the lowest storey with an exit count as ground storeys. */
export const GROUND_STOREY_BAND = 1;

/** Parts outside the boundary thinner than this on average (m) are survey noise and pass. */
export const SITE_BOUNDARY_TOLERANCE = 0.1;

/** An entrance may be this far (m) from a drivable area: a gate drawn on the kerb line. */
export const ENTRANCE_TOLERANCE = 0.5;

/** Height (m) assumed for a site obstacle without one when checking vehicle clearance. */
export const ASSUMED_OBSTACLE_HEIGHT = 2;

/** Steepest rescue site (fraction) GB 50016-2014 (2018 ed.) 7.2.2 item 4 allows ("should", 宜). */
export const MAX_RESCUE_SITE_SLOPE = 0.03;

/** Areas (m²) below this are rounding noise. */
const AREA_EPS = 1e-6;

/** The ground storeys: within GROUND_STOREY_BAND of the lowest storey with a door to outside. */
function groundStoreys(b: Building): Building['storeys'] {
  const exits = b.storeys.filter((s) => (s.doors ?? []).some((d) => d.spaces.includes(OUTSIDE)));
  const base = (exits.length > 0 ? exits : b.storeys).reduce((lo, s) => Math.min(lo, s.elevation), Infinity);
  return b.storeys.filter((s) => Math.abs(s.elevation - base) <= GROUND_STOREY_BAND);
}

/** The site extent used when the file gives no boundary (see the file comment). */
function defaultExtent(ctx: ValidationContext): Ring | undefined {
  let box: BBox | undefined;
  const add = (points: readonly Point[]): void => {
    const b = bbox(points);
    box = box ? unionBBox(box, b) : b;
  };
  for (const d of ctx.building.site?.drivable ?? []) add(d.polygon);
  for (const storey of groundStoreys(ctx.building)) for (const s of storey.spaces) add(s.polygon);
  return box ? bboxRing(growBBox(box, SITE_MARGIN)) : undefined;
}

function checkObstaclesAgainstBoundary(
  ctx: ValidationContext,
  site: Site,
  boundary: Ring,
  out: IssueList,
): void {
  (site.obstacles ?? []).forEach((o, i) => {
    const ring = usablePolygon(ctx, o.polygon);
    if (!ring || polygonWithin(ring, boundary, SITE_BOUNDARY_TOLERANCE)) return;
    const entirely = intersectionMeasure(ring, boundary).area <= AREA_EPS;
    out.error(
      pointer('site', 'obstacles', i, 'polygon'),
      'site.obstacleOutside',
      `site obstacle "${o.id}" ${entirely ? 'lies outside' : 'extends beyond'} the site boundary; ` +
        'everything on the site must lie inside its boundary',
      `场地障碍物“${o.id}”${entirely ? '位于场地边界之外' : '超出了场地边界'}；场地上的所有物体都必须位于场地边界以内`,
    );
  });
}

function checkObstaclesAgainstExtent(ctx: ValidationContext, site: Site, extent: Ring, out: IssueList): void {
  (site.obstacles ?? []).forEach((o, i) => {
    const ring = usablePolygon(ctx, o.polygon);
    if (!ring || intersectionMeasure(ring, extent).area > AREA_EPS) return;
    out.error(
      pointer('site', 'obstacles', i, 'polygon'),
      'site.obstacleOutside',
      `site obstacle "${o.id}" lies more than ${SITE_MARGIN} m beyond every drivable area and the ground ` +
        'floor of the building; check its coordinates (or give the site a boundary)',
      `场地障碍物“${o.id}”距所有可通行区域和建筑首层都超过 ${SITE_MARGIN} m；请检查其坐标（或为场地指定边界）`,
    );
  });
}

function checkDrivableAgainstBoundary(
  ctx: ValidationContext,
  site: Site,
  boundary: Ring,
  out: IssueList,
): void {
  (site.drivable ?? []).forEach((d, i) => {
    const ring = usablePolygon(ctx, d.polygon);
    if (!ring || polygonWithin(ring, boundary, SITE_BOUNDARY_TOLERANCE)) return;
    out.error(
      pointer('site', 'drivable', i, 'polygon'),
      'site.drivableOutside',
      `drivable area "${d.id}" extends beyond the site boundary; everything on the site must lie inside it`,
      `可通行区域“${d.id}”超出了场地边界；场地上的所有物体都必须位于场地边界以内`,
    );
  });
}

function checkEntrancesAgainstBoundary(site: Site, boundary: Ring, out: IssueList): void {
  (site.entrances ?? []).forEach((e, i) => {
    if (pointInPolygon(e.at, boundary)) return;
    const far = distanceToBoundary(e.at, boundary);
    if (far <= ENTRANCE_TOLERANCE) return;
    out.error(
      pointer('site', 'entrances', i, 'at'),
      'site.entranceOutside',
      `entrance "${e.id}" at ${pointText(e.at)} is ${num(far)} m outside the site boundary`,
      `入口“${e.id}”（${pointText(e.at)}）位于场地边界之外 ${num(far)} m`,
    );
  });
}

function checkEntrancesOnDrivable(ctx: ValidationContext, site: Site, out: IssueList): void {
  const areas = (site.drivable ?? []).map((d) => usablePolygon(ctx, d.polygon));
  if (areas.some((r) => r === undefined)) return; // a broken drivable polygon: already reported
  const rings = areas as Ring[];
  (site.entrances ?? []).forEach((e, i) => {
    let nearest = Infinity;
    for (const ring of rings) {
      nearest = Math.min(nearest, pointInPolygon(e.at, ring) ? 0 : distanceToBoundary(e.at, ring));
      if (nearest <= ENTRANCE_TOLERANCE) return;
    }
    const en =
      rings.length === 0
        ? 'the site has no drivable areas'
        : `the nearest is ${num(nearest)} m away (tolerance ${ENTRANCE_TOLERANCE} m)`;
    const zh =
      rings.length === 0
        ? '场地没有任何可通行区域'
        : `最近的距离为 ${num(nearest)} m（容差 ${ENTRANCE_TOLERANCE} m）`;
    out.error(
      pointer('site', 'entrances', i, 'at'),
      'site.entranceOffDrivable',
      `entrance "${e.id}" at ${pointText(e.at)} is not on any drivable area: ${en}`,
      `入口“${e.id}”（${pointText(e.at)}）不在任何可通行区域上：${zh}`,
    );
  });
}

function checkObstacleHeights(site: Site, out: IssueList): void {
  (site.obstacles ?? []).forEach((o, i) => {
    const path = pointer('site', 'obstacles', i);
    if (o.kind === 'overhead' && o.clearance === undefined) {
      out.error(
        path,
        'site.overheadNoClearance',
        `overhead obstacle "${o.id}" has no "clearance"; give the height (m) of its underside so ` +
          'vehicles can be checked against it',
        `架空障碍物“${o.id}”缺少“clearance”；请给出其底面净高（m），以便核对车辆能否通过`,
      );
    } else if (o.kind !== 'overhead' && o.height === undefined) {
      out.warning(
        path,
        'site.obstacleNoHeight',
        `site obstacle "${o.id}" has no "height"; it is taken as ${ASSUMED_OBSTACLE_HEIGHT} m tall`,
        `场地障碍物“${o.id}”缺少“height”；按 ${ASSUMED_OBSTACLE_HEIGHT} m 高处理`,
      );
    }
  });
}

function checkRescueSiteSlopes(site: Site, out: IssueList): void {
  (site.drivable ?? []).forEach((d, i) => {
    if (d.kind !== 'rescue-site' || d.slope === undefined || d.slope <= MAX_RESCUE_SITE_SLOPE) return;
    const pct = num(d.slope * 100);
    out.warning(
      pointer('site', 'drivable', i, 'slope'),
      'site.rescueSiteSlope',
      `rescue site "${d.id}" slopes ${pct} %; GB 50016-2014 (2018 ed.) 7.2.2 says a rescue site ` +
        `should slope no more than ${MAX_RESCUE_SITE_SLOPE * 100} %`,
      `消防车登高操作场地“${d.id}”坡度为 ${pct}%；GB 50016-2014（2018 年版）第 7.2.2 条规定场地坡度` +
        `不宜大于 ${MAX_RESCUE_SITE_SLOPE * 100}%`,
    );
  });
}

export function checkSite(ctx: ValidationContext, out: IssueList): void {
  const site = ctx.building.site;
  if (!site) return;
  checkObstacleHeights(site, out);
  checkRescueSiteSlopes(site, out);
  checkEntrancesOnDrivable(ctx, site, out);
  if (site.boundary) {
    const boundary = usablePolygon(ctx, site.boundary);
    if (!boundary) return; // reported by polygons.ts
    checkDrivableAgainstBoundary(ctx, site, boundary, out);
    checkObstaclesAgainstBoundary(ctx, site, boundary, out);
    checkEntrancesAgainstBoundary(site, boundary, out);
  } else {
    const extent = defaultExtent(ctx);
    if (extent) checkObstaclesAgainstExtent(ctx, site, extent, out);
  }
}
