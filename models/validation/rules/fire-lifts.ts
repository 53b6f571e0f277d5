/**
 * Fire lifts in scenarios (Lifeline extension: scenario `fireLifts`, `true` or a list of lift ids;
 * mobility-impaired occupants use the fire lifts during that scenario's evacuation runs):
 *   - a listed id must name an elevator (`ref.missing`, `ref.wrongKind`) that is a fire lift
 *     (`fire: true`; error `fireLifts.notFireLift`: the engine carries people in fire lifts only);
 *   - a lift listed twice (warning `fireLifts.duplicate`);
 *   - a listed lift that is impassable in the building or blocked from the start by the same scenario
 *     carries nobody (warning `fireLifts.blocked`);
 *   - `true` on a building with no usable fire lift: nobody is carried (warning `fireLifts.none`);
 *   - nobody of the built-in profile `mobility-impaired` (the lift users) in the building or in the
 *     scenario's `occupants` changes: the lift will carry nobody (warning `fireLifts.noUsers`).
 * A timed block (`at` > 0) of a listed lift is fine: the lift closes during the run (closures.ts).
 */
import type { Scenario } from '../../schema/scenario.ts';
import type { ValidationContext } from '../context.ts';
import { pointer, type IssueList } from '../issue.ts';
import { checkRef } from '../refs.ts';

/** The built-in profile that uses fire lifts (sim-core/evacuation/lifts/fire-lifts.ts LIFT_USER_PROFILE). */
const LIFT_USERS = 'mobility-impaired';

export function checkFireLifts(ctx: ValidationContext, out: IssueList): void {
  const b = ctx.building;
  const elevators = new Map((b.elevators ?? []).map((e) => [e.id, e]));
  const buildingHasUsers = b.storeys.some((st) =>
    st.spaces.some((sp) => {
      const o = sp.occupants;
      if (!o) return false;
      return (
        o.profile === LIFT_USERS || (o.mix ?? []).some((m) => m.profile === LIFT_USERS && m.fraction > 0)
      );
    }),
  );

  (b.scenarios ?? []).forEach((s, i) => {
    if (s.fireLifts === undefined || s.fireLifts === false) return;
    const base = pointer('scenarios', i, 'fireLifts');
    const blocked = staticBlocks(s);
    const unusable = (id: string): boolean => elevators.get(id)?.passable === false || blocked.has(id);
    if (s.fireLifts === true) {
      const fire = [...elevators.values()].filter((e) => e.fire === true);
      if (fire.length === 0 || fire.every((e) => unusable(e.id))) {
        const why =
          fire.length === 0
            ? { en: 'the building has no fire lift (`fire: true`)', zh: '建筑中没有消防电梯（`fire: true`）' }
            : {
                en: `every fire lift (${fire.map((e) => e.id).join(', ')}) is impassable or blocked by this scenario`,
                zh: `所有消防电梯（${fire.map((e) => e.id).join('、')}）均不可通行或被本场景封堵`,
              };
        out.warning(
          base,
          'fireLifts.none',
          `fire lifts are on, but ${why.en}: mobility-impaired occupants take the stairs`,
          `已启用消防电梯，但${why.zh}：行动不便者将走楼梯`,
        );
      }
    } else {
      const seen = new Map<string, number>();
      s.fireLifts.forEach((id, k) => {
        const p = `${base}/${k}`;
        const first = seen.get(id);
        if (first !== undefined) {
          out.warning(
            p,
            'fireLifts.duplicate',
            `fire lift "${id}" is already listed at ${base}/${first}`,
            `消防电梯“${id}”已在 ${base}/${first} 列出`,
          );
          return;
        }
        seen.set(id, k);
        if (!checkRef(ctx, out, p, id, ['elevator'])) return;
        const e = elevators.get(id)!;
        if (e.fire !== true) {
          out.error(
            p,
            'fireLifts.notFireLift',
            `elevator "${id}" is not a fire lift (\`fire: true\`): mobility-impaired occupants are carried in fire lifts only`,
            `电梯“${id}”不是消防电梯（\`fire: true\`）：行动不便者只乘消防电梯`,
          );
          return;
        }
        if (unusable(id)) {
          const why =
            e.passable === false
              ? { en: 'it is impassable in the building', zh: '它在建筑中不可通行' }
              : { en: 'this scenario blocks it from the start', zh: '本场景从一开始就封堵了它' };
          out.warning(
            p,
            'fireLifts.blocked',
            `fire lift "${id}" carries nobody: ${why.en}`,
            `消防电梯“${id}”不会运送任何人：${why.zh}`,
          );
        }
      });
    }
    const scenarioUsers = (s.changes ?? []).some(
      (c) =>
        'occupants' in c &&
        (c.occupants.profile === LIFT_USERS ||
          (c.occupants.mix ?? []).some((m) => m.profile === LIFT_USERS && m.fraction > 0)),
    );
    if (!buildingHasUsers && !scenarioUsers) {
      out.warning(
        base,
        'fireLifts.noUsers',
        `fire lifts are on, but nobody has the profile "${LIFT_USERS}" (the lift users): the lifts will carry nobody`,
        `已启用消防电梯，但没有人员类型为“${LIFT_USERS}”（电梯使用者）：电梯不会运送任何人`,
      );
    }
  });
}

/** Ids this scenario blocks from the start (a `block` without `at`, or with `at` ≤ 0). */
function staticBlocks(s: Scenario): Set<string> {
  const out = new Set<string>();
  for (const c of s.changes ?? []) if ('block' in c && !(c.at !== undefined && c.at > 0)) out.add(c.block);
  return out;
}
