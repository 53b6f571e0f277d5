/**
 * Facade openings (spec "Facade"): each fits in its storey's height and sits on the outer wall line,
 * i.e. near the boundary of the union of the storey's spaces, on an edge no two spaces share. Also
 * the window-net and rescue-window advice of GB 50016-2014 (2018 ed.) 7.2.5. A storey id naming
 * nothing is reported by ids.ts and skipped here.
 */
import type { Segment } from '../../schema/common.ts';
import type { Opening } from '../../schema/facade.ts';
import type { Storey } from '../../schema/storey.ts';
import type { Ring } from '../../geometry/polygon.ts';
import { outerBoundary } from '../../geometry/boundary.ts';
import { pointSegmentDistance } from '../../geometry/segments.ts';
import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';
import { num, pointer } from '../issue.ts';
import { DOOR_WALL_TOLERANCE } from './doors.ts';
import { pointText, usablePolygon } from './polygons.ts';

/** How far (m) an opening's `at` may be from the outer wall line: about a thick external wall. */
export const FACADE_TOLERANCE = 0.3;

/** GB 50016-2014 (2018 ed.) 7.2.5: rescue windows at least 1.0 m × 1.0 m clear ("shall", 应). */
export const RESCUE_WINDOW_MIN_SIZE = 1.0;
/** GB 50016-2014 (2018 ed.) 7.2.5: sill no higher than 1.2 m above the floor ("should", 宜). */
export const RESCUE_WINDOW_MAX_SILL = 1.2;

/** Height differences (m) below this are rounding: 0.9 + 2.1 must fit a 3.0 m storey. */
const HEIGHT_EPS = 1e-9;

/**
 * The storey's outer wall line, or undefined if a space polygon is broken (already reported).
 * Spaces count as sharing a wall where their edges are within the doors' tolerance of each other.
 */
function outerWall(ctx: ValidationContext, storey: Storey): Segment[] | undefined {
  const rings: Ring[] = [];
  for (const s of storey.spaces) {
    const ring = usablePolygon(ctx, s.polygon);
    if (!ring) return undefined;
    rings.push(ring);
  }
  return outerBoundary(rings, DOOR_WALL_TOLERANCE);
}

function checkFitsStorey(o: Opening, storey: Storey, path: string, out: IssueList): void {
  const top = o.sill + o.height;
  if (top <= storey.height + HEIGHT_EPS) return;
  out.error(
    path,
    'facade.openingTooTall',
    `opening "${o.id}" reaches ${num(top)} m above the floor (sill ${num(o.sill)} m + height ` +
      `${num(o.height)} m) but storey "${storey.id}" is ${num(storey.height)} m high`,
    `洞口“${o.id}”顶部高出楼面 ${num(top)} m（窗台 ${num(o.sill)} m + 高度 ${num(o.height)} m），` +
      `但楼层“${storey.id}”层高只有 ${num(storey.height)} m`,
  );
}

function checkOnOuterWall(o: Opening, storey: Storey, wall: Segment[], path: string, out: IssueList): void {
  let nearest = Infinity;
  for (const [a, b] of wall) nearest = Math.min(nearest, pointSegmentDistance(o.at, a, b));
  if (nearest <= FACADE_TOLERANCE) return;
  out.error(
    `${path}/at`,
    'facade.notOnOuterWall',
    `opening "${o.id}" at ${pointText(o.at)} is ${num(nearest)} m from the outer wall of storey ` +
      `"${storey.id}"; it must be on the outer wall line (tolerance ${FACADE_TOLERANCE} m)`,
    `洞口“${o.id}”（${pointText(o.at)}）距楼层“${storey.id}”的外墙 ${num(nearest)} m；洞口必须位于` +
      `外墙线上（容差 ${FACADE_TOLERANCE} m）`,
  );
}

function checkNet(o: Opening, path: string, out: IssueList): void {
  if (o.hatch !== true || (o.net !== undefined && o.net !== 'none')) return;
  out.warning(
    `${path}/hatch`,
    'facade.hatchWithoutNet',
    `opening "${o.id}" has an escape hatch but no window net; a hatch is an opening in a net`,
    `洞口“${o.id}”设有逃生口但没有防护网；逃生口是开在防护网上的`,
  );
}

function checkRescueWindow(o: Opening, path: string, out: IssueList): void {
  if (o.kind !== 'rescue-window') return;
  const min = RESCUE_WINDOW_MIN_SIZE;
  if (o.width < min || o.height < min) {
    out.warning(
      path,
      'facade.rescueWindowSmall',
      `rescue window "${o.id}" is ${num(o.width)} m × ${num(o.height)} m; GB 50016-2014 (2018 ed.) ` +
        `7.2.5 requires a clear opening of at least ${min} m × ${min} m`,
      `救援窗口“${o.id}”为 ${num(o.width)} m × ${num(o.height)} m；GB 50016-2014（2018 年版）第 7.2.5 条` +
        `要求净宽和净高均不小于 ${min} m`,
    );
  }
  if (o.sill > RESCUE_WINDOW_MAX_SILL) {
    out.warning(
      `${path}/sill`,
      'facade.rescueWindowSillHigh',
      `rescue window "${o.id}" has its sill ${num(o.sill)} m above the floor; GB 50016-2014 (2018 ed.) ` +
        `7.2.5 says it should be no higher than ${RESCUE_WINDOW_MAX_SILL} m`,
      `救援窗口“${o.id}”下沿距室内地面 ${num(o.sill)} m；GB 50016-2014（2018 年版）第 7.2.5 条规定` +
        `下沿距室内地面不宜大于 ${RESCUE_WINDOW_MAX_SILL} m`,
    );
  }
}

export function checkFacade(ctx: ValidationContext, out: IssueList): void {
  const walls = new Map<Storey, Segment[] | undefined>();
  (ctx.building.facade?.openings ?? []).forEach((o, i) => {
    const path = pointer('facade', 'openings', i);
    checkNet(o, path, out);
    checkRescueWindow(o, path, out);
    const storey = ctx.storeys.get(o.storey)?.storey;
    if (!storey) return;
    checkFitsStorey(o, storey, path, out);
    if (!walls.has(storey)) walls.set(storey, outerWall(ctx, storey));
    const wall = walls.get(storey);
    if (wall) checkOnOuterWall(o, storey, wall, path, out);
  });
}
