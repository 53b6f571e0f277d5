/**
 * Trapped occupants: every occupied space must have a route — through passable doors and stairs —
 * to `outside` or a refuge. Every such space is listed (the issue asks for all, not the first).
 * A space whose only route is a fire lift gets a warning: lifts are a route for some occupants only.
 */
import type { ValidationContext } from '../context.ts';
import { pointer, type IssueList } from '../issue.ts';
import { buildRouteGraph, spacesWithRouteToSafety } from '../route-graph.ts';
import type { Occupants } from '../../schema/storey.ts';

function isOccupied(occ: Occupants | undefined): boolean {
  if (!occ) return false;
  return (occ.count ?? 0) > 0 || (occ.density ?? 0) > 0 || (occ.positions?.length ?? 0) > 0;
}

function describe(occ: Occupants): { en: string; zh: string } {
  if (occ.positions) return { en: `${occ.positions.length} occupants`, zh: `${occ.positions.length} 名人员` };
  if (occ.count !== undefined) return { en: `${occ.count} occupants`, zh: `${occ.count} 名人员` };
  return { en: `occupants (${occ.density} p/m²)`, zh: `人员（${occ.density} 人/m²）` };
}

export function checkRoutes(ctx: ValidationContext, out: IssueList): void {
  const b = ctx.building;
  const onFoot = spacesWithRouteToSafety(b, buildRouteGraph(b, { fireLifts: false }));
  const hasFireLift = (b.elevators ?? []).some((e) => e.fire && e.passable !== false);
  const withLifts = hasFireLift
    ? spacesWithRouteToSafety(b, buildRouteGraph(b, { fireLifts: true }))
    : onFoot;
  b.storeys.forEach((storey, si) => {
    storey.spaces.forEach((space, i) => {
      if (!isOccupied(space.occupants) || onFoot.has(space.id)) return;
      const who = describe(space.occupants!);
      const path = pointer('storeys', si, 'spaces', i, 'occupants');
      if (withLifts.has(space.id)) {
        out.warning(
          path,
          'occupants.liftOnly',
          `${who.en} in space "${space.id}" (${storey.id}) can reach safety only by the fire lift`,
          `空间“${space.id}”（${storey.id}）中的${who.zh}只能乘消防电梯到达安全地点`,
        );
      } else {
        out.error(
          path,
          'occupants.trapped',
          `trapped occupants: ${who.en} in space "${space.id}" (${storey.id}) have no route through doors and stairs to outside or a refuge`,
          `被困人员：空间“${space.id}”（${storey.id}）中的${who.zh}没有经门和楼梯通往室外或避难区的路线`,
        );
      }
    });
  });
}
