/**
 * Groups on a space's occupants (Lifeline extension `occupants.groups`: households who leave
 * together, sim-core/evacuation/population/form-groups.ts):
 *   - explicit sizes `[n1, n2, …]` may not hold more people than the space has
 *     (error `groups.tooMany`, at the list);
 *   - a size of 1 is no group (warning `groups.single`, at the entry): that person leaves alone;
 *   - `"unit"` or `{ "share" }` on a space without a `unit`: the space's own occupants form the
 *     household (warning `groups.noUnit`);
 *   - groups on a space with nobody in it do nothing (warning `groups.empty`).
 * The shape (`"unit"`, `{ share: 0–1 }`, whole sizes ≥ 1) is the schema's.
 */
import { occupantCount } from '../../metrics/occupants.ts';
import type { ValidationContext } from '../context.ts';
import { pointer, type IssueList } from '../issue.ts';

export function checkOccupantGroups(ctx: ValidationContext, out: IssueList): void {
  ctx.building.storeys.forEach((st, si) =>
    st.spaces.forEach((sp, pi) => {
      const g = sp.occupants?.groups;
      if (g === undefined) return;
      const path = pointer('storeys', si, 'spaces', pi, 'occupants', 'groups');
      const count = occupantCount(sp);
      if (count === 0) {
        out.warning(
          path,
          'groups.empty',
          `space "${sp.id}" has groups but no occupants: nothing to group`,
          `空间“${sp.id}”设置了同行群组，但没有人员：无人可分组`,
        );
        return;
      }
      if (Array.isArray(g)) {
        const total = g.reduce((s, n) => s + n, 0);
        if (total > count)
          out.error(
            path,
            'groups.tooMany',
            `the groups hold ${total} persons, but space "${sp.id}" has only ${count}`,
            `同行群组共 ${total} 人，但空间“${sp.id}”只有 ${count} 人`,
          );
        g.forEach((n, k) => {
          if (n === 1)
            out.warning(
              `${path}/${k}`,
              'groups.single',
              'a group of 1 is no group: that person leaves alone',
              '1 人不成群组：此人单独疏散',
            );
        });
      } else if (sp.unit === undefined) {
        out.warning(
          path,
          'groups.noUnit',
          `space "${sp.id}" has no \`unit\`: its own occupants form the household`,
          `空间“${sp.id}”没有 \`unit\`（户）：以本空间的人员为一户`,
        );
      }
    }),
  );
}
