/**
 * Doors (spec "Storeys, spaces, doors, obstacles"): a door joins two different spaces of its own
 * storey, or one space and "outside"; its segment lies on the wall the two spaces share, or for a
 * final exit on the outer wall of its one space (tolerance 0.05 m, from the spec); its clear width is
 * the segment's length. Ids naming nothing are reported by ids.ts and skipped here.
 */
import type { Point } from '../../schema/common.ts';
import { OUTSIDE } from '../../schema/building.ts';
import type { Door, Storey } from '../../schema/storey.ts';
import type { Ring } from '../../geometry/polygon.ts';
import { distanceToBoundary } from '../../geometry/polygon.ts';
import { boundaryCoverage, intervalsLength, segmentOnBoundary } from '../../geometry/boundary.ts';
import { distance } from '../../geometry/segments.ts';
import type { ValidationContext } from '../context.ts';
import type { IssueList } from '../issue.ts';
import { num, pointer } from '../issue.ts';
import { usablePolygon } from './polygons.ts';

/** How far a door's segment may stray from its wall (m); spec "Storeys, spaces, doors, obstacles". */
export const DOOR_WALL_TOLERANCE = 0.05;

/**
 * Narrower than this (m) no one passes: adult shoulder breadth is about 0.4–0.5 m, so a 0.3 m door is
 * certainly a drawing or unit error, not a tight door.
 */
export const MIN_DOOR_WIDTH = 0.3;

interface DoorSite {
  door: Door;
  storey: Storey;
  si: number;
  path: string;
}

/** A real space of the door resolved on its storey, with its ring if the polygon is usable. */
interface Side {
  id: string;
  ring: Ring | undefined;
}

/**
 * The door's real spaces, or undefined when a side cannot be checked: an unknown id (ids.ts) or a
 * space on another storey (reported here).
 */
function resolveSides(ctx: ValidationContext, d: DoorSite, out: IssueList): Side[] | undefined {
  const sides: Side[] = [];
  let ok = true;
  d.door.spaces.forEach((id, k) => {
    if (id === OUTSIDE) return;
    const entry = ctx.spaces.get(id);
    if (!entry) {
      ok = false;
      return;
    }
    if (entry.storeyIndex !== d.si) {
      ok = false;
      out.error(
        `${d.path}/spaces/${k}`,
        'door.spaceOnOtherStorey',
        `door "${d.door.id}" is on storey "${d.storey.id}" but its space "${id}" is on storey ` +
          `"${entry.storey.id}"; a door joins spaces of its own storey (stairs join storeys)`,
        `门“${d.door.id}”位于楼层“${d.storey.id}”，但其空间“${id}”位于楼层“${entry.storey.id}”；` +
          '门只能连接本楼层的空间（楼层之间由楼梯连接）',
      );
      return;
    }
    sides.push({ id, ring: usablePolygon(ctx, entry.space.polygon) });
  });
  return ok ? sides : undefined;
}

/** Checks the segment's length; false if it has none (nothing more can be checked). */
function checkWidth(d: DoorSite, p: Point, q: Point, out: IssueList): boolean {
  const width = distance(p, q);
  const path = `${d.path}/segment`;
  if (width === 0) {
    out.error(
      path,
      'door.zeroLength',
      `door "${d.door.id}" has a segment of zero length (both ends at [${num(p[0])}, ${num(p[1])}])`,
      `门“${d.door.id}”的线段长度为零（两端都在 [${num(p[0])}, ${num(p[1])}]）`,
    );
    return false;
  }
  if (width < MIN_DOOR_WIDTH) {
    out.error(
      path,
      'door.tooNarrow',
      `door "${d.door.id}" is ${num(width)} m wide; a door must be at least ${MIN_DOOR_WIDTH} m wide`,
      `门“${d.door.id}”宽 ${num(width)} m；门宽至少应为 ${MIN_DOOR_WIDTH} m`,
    );
  }
  return true;
}

/** How far the segment strays from the ring's boundary at its ends and middle (for messages). */
function strayDistance(p: Point, q: Point, ring: Ring): number {
  const mid: Point = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  return Math.max(distanceToBoundary(p, ring), distanceToBoundary(q, ring), distanceToBoundary(mid, ring));
}

function checkBetweenSpaces(d: DoorSite, p: Point, q: Point, sides: Side[], out: IssueList): void {
  const misses = sides.flatMap((side) =>
    side.ring && !segmentOnBoundary(p, q, side.ring, DOOR_WALL_TOLERANCE)
      ? [{ id: side.id, far: num(strayDistance(p, q, side.ring)) }]
      : [],
  );
  if (misses.length === 0) return;
  const [a, b] = d.door.spaces;
  const en = misses.map((m) => `space "${m.id}" (up to ${m.far} m away)`).join(' nor of ');
  const zh = misses.map((m) => `空间“${m.id}”（最远偏离 ${m.far} m）`).join('和');
  out.error(
    `${d.path}/segment`,
    'door.notOnSharedWall',
    `door "${d.door.id}" is not on the boundary of ${en}; a door must lie on the wall shared by ` +
      `"${a}" and "${b}" (tolerance ${DOOR_WALL_TOLERANCE} m)`,
    `门“${d.door.id}”不在${zh}的边界上；门必须位于“${a}”与“${b}”的共用墙上（容差 ${DOOR_WALL_TOLERANCE} m）`,
  );
}

/** A final exit: on its space's boundary, and not on a wall that space shares with another. */
function checkExit(
  ctx: ValidationContext,
  d: DoorSite,
  p: Point,
  q: Point,
  side: Side,
  out: IssueList,
): void {
  const ring = side.ring;
  if (!ring) return;
  const path = `${d.path}/segment`;
  if (!segmentOnBoundary(p, q, ring, DOOR_WALL_TOLERANCE)) {
    const far = num(strayDistance(p, q, ring));
    out.error(
      path,
      'door.exitNotOnBoundary',
      `exit "${d.door.id}" is not on the boundary of space "${side.id}" (up to ${far} m away); a door to ` +
        `"outside" must lie on the outer wall of its space (tolerance ${DOOR_WALL_TOLERANCE} m)`,
      `出口“${d.door.id}”不在空间“${side.id}”的边界上（最远偏离 ${far} m）；通向“outside”的门必须` +
        `位于其空间的外墙上（容差 ${DOOR_WALL_TOLERANCE} m）`,
    );
    return;
  }
  const width = distance(p, q);
  for (const other of d.storey.spaces) {
    if (other.id === side.id) continue;
    const otherRing = usablePolygon(ctx, other.polygon);
    if (!otherRing) continue;
    // Near the door's ends a neighbour's wall is always within the tolerance (a corner); only a
    // stretch longer than that means the door opens onto the neighbour rather than outside.
    const shared = width * intervalsLength(boundaryCoverage(p, q, otherRing, DOOR_WALL_TOLERANCE));
    if (shared <= 2 * DOOR_WALL_TOLERANCE) continue;
    out.error(
      path,
      'door.exitNotOnOuterWall',
      `exit "${d.door.id}" lies on the wall between spaces "${side.id}" and "${other.id}" (for ` +
        `${num(shared)} m), so it opens into "${other.id}", not outside; put it on the outer wall or ` +
        `make it a door between the two spaces`,
      `出口“${d.door.id}”位于空间“${side.id}”与“${other.id}”之间的墙上（长 ${num(shared)} m），` +
        `通向“${other.id}”而不是室外；请将其移到外墙上，或改为两个空间之间的门`,
    );
    return;
  }
}

function checkDoor(ctx: ValidationContext, d: DoorSite, out: IssueList): void {
  const [a, b] = d.door.spaces;
  if (a === b) {
    out.error(
      `${d.path}/spaces`,
      'door.sameSpace',
      `door "${d.door.id}" joins "${a}" to itself; a door joins two different spaces`,
      `门“${d.door.id}”连接的两侧都是“${a}”；门必须连接两个不同的空间`,
    );
    return;
  }
  const sides = resolveSides(ctx, d, out);
  const [p, q] = d.door.segment;
  if (!checkWidth(d, p, q, out) || !sides) return;
  const exit = a === OUTSIDE || b === OUTSIDE;
  const only = sides[0];
  if (exit && only) checkExit(ctx, d, p, q, only, out);
  else if (!exit) checkBetweenSpaces(d, p, q, sides, out);
}

export function checkDoors(ctx: ValidationContext, out: IssueList): void {
  ctx.building.storeys.forEach((storey, si) => {
    (storey.doors ?? []).forEach((door, i) => {
      checkDoor(ctx, { door, storey, si, path: pointer('storeys', si, 'doors', i) }, out);
    });
  });
}
