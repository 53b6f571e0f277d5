/** Occupants: a count or a density (or exact positions), one profile or a mix summing to 1. */
import type { ValidationContext } from '../context.ts';
import { num, pointer, type IssueList } from '../issue.ts';
import { pointInPolygon } from '../../geometry/polygon.ts';
import { occupantCount, spaceArea } from '../../metrics/occupants.ts';

/** Tolerance on the sum of mix fractions (they are typed by hand: 0.33 + 0.33 + 0.34). */
const MIX_SUM_TOLERANCE = 0.001;
/**
 * More people per m² than a crowd can physically pack: Weidmann's (1993) jam density ρmax = 5.4 p/m²
 * (vadere SpeedAdjusterWeidmann.java). Above it the number is a typing or unit mistake.
 */
export const MAX_DENSITY = 5.4;

export function checkOccupants(ctx: ValidationContext, out: IssueList): void {
  ctx.building.storeys.forEach((storey, si) => {
    storey.spaces.forEach((space, i) => {
      const occ = space.occupants;
      if (!occ) return;
      const base = pointer('storeys', si, 'spaces', i, 'occupants');
      const hasPositions = occ.positions !== undefined;
      if (occ.count === undefined && occ.density === undefined && !hasPositions) {
        out.error(
          base,
          'occupants.noNumber',
          'occupants need a "count", a "density" or "positions"',
          '人员需给出“count”（人数）、“density”（密度）或“positions”（位置）',
        );
      }
      if (occ.count !== undefined && occ.density !== undefined) {
        out.error(
          base,
          'occupants.countAndDensity',
          'give either "count" or "density", not both',
          '“count”和“density”只能给出其一',
        );
      }
      if (hasPositions && occ.density !== undefined) {
        out.error(
          base + '/density',
          'occupants.positionsAndDensity',
          'with "positions" the number of people is the number of positions; drop "density"',
          '给出“positions”时人数即位置数量；请删除“density”',
        );
      }
      if (hasPositions && occ.count !== undefined && occ.count !== occ.positions!.length) {
        out.error(
          base + '/count',
          'occupants.positionsCount',
          `count is ${occ.count} but ${occ.positions!.length} positions are given`,
          `count 为 ${occ.count}，但给出了 ${occ.positions!.length} 个位置`,
        );
      }
      if (occ.profile !== undefined && occ.mix !== undefined) {
        out.error(
          base,
          'occupants.profileAndMix',
          'give either "profile" or "mix", not both',
          '“profile”和“mix”只能给出其一',
        );
      }
      if (occ.positions) {
        const k = occ.positions.findIndex((p) => !pointInPolygon(p, space.polygon));
        if (k >= 0) {
          const [x, y] = occ.positions[k]!;
          out.error(
            `${base}/positions/${k}`,
            'occupants.positionOutside',
            `position [${num(x)}, ${num(y)}] is not inside space "${space.id}"`,
            `位置 [${num(x)}, ${num(y)}] 不在空间“${space.id}”内`,
          );
        }
      }
      const area = spaceArea(space);
      const persons = occupantCount(space);
      if (area > 0 && persons / area > MAX_DENSITY) {
        out.error(
          base,
          'occupants.tooDense',
          `${persons} persons on ${num(area)} m² is ${num(persons / area)} p/m², more than the ${MAX_DENSITY} p/m² a crowd can pack`,
          `${num(area)} m² 内 ${persons} 人，密度 ${num(persons / area)} 人/m²，超过人群可能达到的 ${MAX_DENSITY} 人/m²`,
        );
      }
      if (occ.mix) {
        const sum = occ.mix.reduce((s, m) => s + m.fraction, 0);
        if (Math.abs(sum - 1) > MIX_SUM_TOLERANCE) {
          out.error(
            base + '/mix',
            'occupants.mixSum',
            `mix fractions add up to ${num(sum)}; they must add up to 1`,
            `mix 各比例之和为 ${num(sum)}，应为 1`,
          );
        }
      }
    });
  });
}
