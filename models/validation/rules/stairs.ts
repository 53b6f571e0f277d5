/**
 * Stairs and lifts: landings/stops are `stair` (resp. any) spaces on the storey they name, in
 * strictly rising order; riser and tread within a range any real stair falls in; scissor twins.
 */
import type { ValidationContext } from '../context.ts';
import { num, pointer, type IssueList } from '../issue.ts';
import type { Landing } from '../../schema/vertical.ts';

// Sanity bounds, not code limits: outside them the numbers are almost surely a typing or unit
// mistake (the SFPE stair tables span risers 165–191 mm and treads 254–330 mm; building codes
// allow risers up to ~0.2 m in service stairs). Code limits are warnings in code-warnings.ts.
export const RISER_RANGE = { min: 0.1, max: 0.25 } as const;
export const TREAD_RANGE = { min: 0.2, max: 0.45 } as const;
/** Narrower than this nobody fits through; a unit mistake (mm typed as m is caught by the schema). */
export const MIN_STAIR_WIDTH = 0.5;

export function checkStairs(ctx: ValidationContext, out: IssueList): void {
  const landingOwner = new Map<string, string>();
  ctx.building.stairs.forEach((stair, i) => {
    const base = pointer('stairs', i);
    if (stair.riser < RISER_RANGE.min || stair.riser > RISER_RANGE.max) {
      out.error(
        base + '/riser',
        'stair.riserRange',
        `riser ${num(stair.riser)} m is outside the sane range ${RISER_RANGE.min}–${RISER_RANGE.max} m (values are in metres)`,
        `踏步高度 ${num(stair.riser)} m 超出合理范围 ${RISER_RANGE.min}–${RISER_RANGE.max} m（单位为米）`,
      );
    }
    if (stair.tread < TREAD_RANGE.min || stair.tread > TREAD_RANGE.max) {
      out.error(
        base + '/tread',
        'stair.treadRange',
        `tread ${num(stair.tread)} m is outside the sane range ${TREAD_RANGE.min}–${TREAD_RANGE.max} m (values are in metres)`,
        `踏步宽度 ${num(stair.tread)} m 超出合理范围 ${TREAD_RANGE.min}–${TREAD_RANGE.max} m（单位为米）`,
      );
    }
    if (stair.width < MIN_STAIR_WIDTH) {
      out.error(
        base + '/width',
        'stair.tooNarrow',
        `a stair ${num(stair.width)} m wide is too narrow to walk (at least ${MIN_STAIR_WIDTH} m)`,
        `楼梯宽 ${num(stair.width)} m，过窄无法通行（至少 ${MIN_STAIR_WIDTH} m）`,
      );
    }
    checkStops(ctx, out, stair.landings, base + '/landings', 'stair');
    stair.landings.forEach((l, k) => {
      const other = landingOwner.get(l.space);
      if (other !== undefined && other !== stair.id) {
        out.error(
          `${base}/landings/${k}/space`,
          'stair.sharedLanding',
          `landing space "${l.space}" already belongs to stair "${other}"; each stair has its own landings`,
          `平台空间“${l.space}”已属于楼梯“${other}”；每部楼梯应有各自的平台`,
        );
      } else {
        landingOwner.set(l.space, stair.id);
      }
    });
    if (stair.scissor !== undefined) checkScissor(ctx, out, i);
  });
  (ctx.building.elevators ?? []).forEach((lift, i) => {
    checkStops(ctx, out, lift.stops, pointer('elevators', i, 'stops'), 'lift');
  });
}

/** Each stop's space is on its storey (and a `stair` space for stairs); elevations strictly rise. */
function checkStops(
  ctx: ValidationContext,
  out: IssueList,
  stops: readonly Landing[],
  base: string,
  what: 'stair' | 'lift',
): void {
  let previous: { elevation: number; storey: string } | undefined;
  stops.forEach((stop, k) => {
    const storey = ctx.storeys.get(stop.storey);
    const space = ctx.spaces.get(stop.space);
    if (!storey || !space) return; // dangling ids: reported by rules/ids.ts
    if (space.storey.id !== stop.storey) {
      out.error(
        `${base}/${k}/space`,
        'stair.landingWrongStorey',
        `space "${stop.space}" is on storey "${space.storey.id}", not on "${stop.storey}"`,
        `空间“${stop.space}”位于楼层“${space.storey.id}”，而不是“${stop.storey}”`,
      );
    }
    if (what === 'stair' && space.space.kind !== 'stair') {
      out.error(
        `${base}/${k}/space`,
        'stair.landingNotStair',
        `a stair landing must be a space of kind "stair"; "${stop.space}" is a ${space.space.kind}`,
        `楼梯平台必须是类型为“stair”的空间；“${stop.space}”的类型是 ${space.space.kind}`,
      );
    }
    const elevation = storey.storey.elevation;
    if (previous && elevation <= previous.elevation) {
      out.error(
        `${base}/${k}/storey`,
        'stair.landingOrder',
        `${what === 'stair' ? 'landings' : 'stops'} run bottom to top: "${stop.storey}" (z = ${num(elevation)} m) is not above the previous "${previous.storey}" (z = ${num(previous.elevation)} m)`,
        `${what === 'stair' ? '平台' : '停靠站'}应自下而上排列：“${stop.storey}”（标高 ${num(elevation)} m）不高于前一个“${previous.storey}”（标高 ${num(previous.elevation)} m）`,
      );
    }
    previous = { elevation, storey: stop.storey };
  });
}

function checkScissor(ctx: ValidationContext, out: IssueList, i: number): void {
  const stair = ctx.building.stairs[i]!;
  const path = pointer('stairs', i, 'scissor');
  if (stair.scissor === stair.id) {
    out.error(
      path,
      'stair.scissorSelf',
      'a stair cannot be its own scissor twin',
      '楼梯不能以自身作为剪刀梯的另一部',
    );
    return;
  }
  const twin = ctx.stairs.get(stair.scissor!);
  if (twin && twin.stair.scissor !== stair.id) {
    out.warning(
      path,
      'stair.scissorOneWay',
      `stair "${stair.id}" names "${twin.stair.id}" as its scissor twin, but "${twin.stair.id}" does not name it back`,
      `楼梯“${stair.id}”将“${twin.stair.id}”作为剪刀梯另一部，但“${twin.stair.id}”未反向指定`,
    );
  }
}
