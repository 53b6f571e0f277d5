/**
 * Familiar targets on a space's occupants (Lifeline extension `occupants.familiar`: the exits,
 * stairs or refuges people use every day, preferred in route choice,
 * sim-core/evacuation/navigation/choose-goal.ts):
 *   - each entry names exactly one of `exit`, `stair`, `refuge` (error `familiar.target`);
 *   - `exit` is a door to `"outside"` (ref.missing / ref.wrongKind; error `familiar.notExit`);
 *   - `stair` is a stair (ref.missing / ref.wrongKind);
 *   - `refuge` is a space of kind `refuge` (ref.missing / ref.wrongKind; error `familiar.notRefuge`);
 *   - a target listed twice (warning `familiar.duplicate`);
 *   - a target that is blocked (`passable: false`) is never used (warning `familiar.blocked`).
 */
import type { ValidationContext } from '../context.ts';
import { pointer, type IssueList } from '../issue.ts';
import { checkRef } from '../refs.ts';

export function checkFamiliar(ctx: ValidationContext, out: IssueList): void {
  const b = ctx.building;
  const doors = new Map(b.storeys.flatMap((st) => (st.doors ?? []).map((d) => [d.id, d] as const)));
  const spaces = new Map(b.storeys.flatMap((st) => st.spaces.map((sp) => [sp.id, sp] as const)));
  const stairs = new Map(b.stairs.map((s) => [s.id, s]));
  b.storeys.forEach((st, si) =>
    st.spaces.forEach((sp, pi) => {
      const list = sp.occupants?.familiar;
      if (!list) return;
      const base = pointer('storeys', si, 'spaces', pi, 'occupants', 'familiar');
      const seen = new Map<string, number>();
      list.forEach((f, k) => {
        const path = `${base}/${k}`;
        const given = (['exit', 'stair', 'refuge'] as const).filter((key) => f[key] !== undefined);
        if (given.length !== 1) {
          out.error(
            path,
            'familiar.target',
            given.length === 0
              ? 'name one familiar target: `exit`, `stair` or `refuge`'
              : `name only one familiar target, not ${given.map((g) => `\`${g}\``).join(' and ')}`,
            given.length === 0
              ? '请指定一个熟悉的目标：`exit`、`stair` 或 `refuge`'
              : `只能指定一个熟悉的目标，不能同时指定 ${given.map((g) => `\`${g}\``).join(' 和 ')}`,
          );
          return;
        }
        const key = given[0]!;
        const id = f[key]!;
        const first = seen.get(`${key}:${id}`);
        if (first !== undefined) {
          out.warning(
            `${path}/${key}`,
            'familiar.duplicate',
            `"${id}" is already listed at ${base}/${first}`,
            `“${id}”已在 ${base}/${first} 列出`,
          );
          return;
        }
        seen.set(`${key}:${id}`, k);
        const at = `${path}/${key}`;
        if (key === 'exit') {
          if (!checkRef(ctx, out, at, id, ['door'])) return;
          const d = doors.get(id)!;
          if (d.spaces[1] !== 'outside' && d.spaces[0] !== 'outside') {
            out.error(
              at,
              'familiar.notExit',
              `door "${id}" is not an exit (neither of its spaces is "outside")`,
              `门“${id}”不是安全出口（两侧都不是 "outside"）`,
            );
            return;
          }
          if (d.passable === false) blocked(out, at, id);
        } else if (key === 'stair') {
          if (!checkRef(ctx, out, at, id, ['stair'])) return;
          if (stairs.get(id)!.passable === false) blocked(out, at, id);
        } else {
          if (!checkRef(ctx, out, at, id, ['space'])) return;
          if (spaces.get(id)!.kind !== 'refuge')
            out.error(
              at,
              'familiar.notRefuge',
              `space "${id}" is not a refuge (kind "${spaces.get(id)!.kind}")`,
              `空间“${id}”不是避难区（类型为“${spaces.get(id)!.kind}”）`,
            );
        }
      });
    }),
  );
}

function blocked(out: IssueList, path: string, id: string): void {
  out.warning(
    path,
    'familiar.blocked',
    `"${id}" is impassable: nobody can use this familiar target`,
    `“${id}”不可通行：无人能使用这个熟悉的目标`,
  );
}
