/**
 * "Spaces on one storey do not overlap" (spec "Storeys, spaces, doors, obstacles"): walls are the
 * space boundaries, so neighbours share edges but never floor area. Overlaps thinner than
 * OVERLAP_TOLERANCE on average are drawing noise along a shared wall and pass. Candidate pairs come
 * from a sort-and-sweep over the spaces' bounding boxes, so a storey of hundreds of rooms stays cheap.
 * Storey obstacles (columns, fixed furniture) should stand in some space: one that lies in none is
 * most likely on the wrong storey or in the wrong coordinates.
 */
import type { Ring } from '../../geometry/polygon.ts';
import { bbox, bboxesOverlap, signedArea } from '../../geometry/polygon.ts';
import { flatBoxes, sweepPairs } from '../../geometry/box-sweep.ts';
import { intersectionMeasure, polygonsOverlap } from '../../geometry/polygon-overlap.ts';
import type { Storey } from '../../schema/storey.ts';
import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';
import { num, pointer } from '../issue.ts';
import { usablePolygon } from './polygons.ts';

/** An obstacle "stands in" a space when at least this share of its area is inside the space. */
const OBSTACLE_IN_SPACE_SHARE = 0.01;

interface Placed {
  index: number;
  ring: Ring;
}

function usableSpaces(ctx: ValidationContext, storey: Storey): Placed[] {
  const out: Placed[] = [];
  storey.spaces.forEach((space, index) => {
    const ring = usablePolygon(ctx, space.polygon);
    if (ring) out.push({ index, ring });
  });
  return out;
}

function checkStoreySpaces(ctx: ValidationContext, storey: Storey, si: number, out: IssueList): void {
  const placed = usableSpaces(ctx, storey);
  const pairs: { later: number; earlier: number; area: number }[] = [];
  sweepPairs(flatBoxes(placed.map((p) => bbox(p.ring))), (i, j) => {
    const a = placed[i]!;
    const b = placed[j]!;
    if (!polygonsOverlap(a.ring, b.ring)) return;
    const area = intersectionMeasure(a.ring, b.ring).area;
    pairs.push({ later: Math.max(a.index, b.index), earlier: Math.min(a.index, b.index), area });
  });
  pairs.sort((p, q) => p.later - q.later || p.earlier - q.earlier);
  for (const { later, earlier, area } of pairs) {
    const a = storey.spaces[later]!.id;
    const b = storey.spaces[earlier]!.id;
    out.error(
      pointer('storeys', si, 'spaces', later, 'polygon'),
      'space.overlap',
      `space "${a}" overlaps space "${b}" by about ${num(area)} m²; spaces on one storey may share walls ` +
        'but must not overlap',
      `空间“${a}”与空间“${b}”重叠约 ${num(area)} m²；同一楼层的空间可以共用墙体，但不得重叠`,
    );
  }
}

function standsInSomeSpace(ring: Ring, spaces: readonly Placed[]): boolean {
  const box = bbox(ring);
  const least = OBSTACLE_IN_SPACE_SHARE * Math.abs(signedArea(ring));
  return spaces.some(
    (s) => bboxesOverlap(box, bbox(s.ring)) && intersectionMeasure(ring, s.ring).area > least,
  );
}

function checkStoreyObstacles(ctx: ValidationContext, storey: Storey, si: number, out: IssueList): void {
  const obstacles = storey.obstacles ?? [];
  if (obstacles.length === 0) return;
  const spaces = usableSpaces(ctx, storey);
  if (spaces.length < storey.spaces.length) return; // a broken space polygon: already reported
  obstacles.forEach((obstacle, i) => {
    const ring = usablePolygon(ctx, obstacle.polygon);
    if (!ring || standsInSomeSpace(ring, spaces)) return;
    out.warning(
      pointer('storeys', si, 'obstacles', i, 'polygon'),
      'obstacle.outsideSpaces',
      `obstacle "${obstacle.id}" lies in none of the spaces of storey "${storey.id}", so nobody ever ` +
        'walks around it; is it on the right storey and in the right coordinates?',
      `障碍物“${obstacle.id}”不在楼层“${storey.id}”的任何空间内，不会影响任何人的行走；` +
        '请检查其所在楼层和坐标是否正确',
    );
  });
}

export function checkSpaceOverlap(ctx: ValidationContext, out: IssueList): void {
  ctx.building.storeys.forEach((storey, si) => {
    checkStoreySpaces(ctx, storey, si, out);
    checkStoreyObstacles(ctx, storey, si, out);
  });
}
