/**
 * Timed closures in scenarios (Lifeline extension: a `block` change with `at`, seconds after the
 * alarm when the door, stair or elevator becomes impassable during the run; NIST TN 1822 4.1). The
 * id itself is checked with every `block` (scenarios.ts); here the time and what it closes:
 *   - `at` must be ≥ 0 (error);
 *   - the target must still be passable when it closes: not `passable: false` in the building and
 *     not blocked from the start by the same scenario (error: the evacuation engine closes only
 *     passable things, and the closure would mean nothing);
 *   - a closure at or after the scenario's `duration` never happens (warning), nor does the later of
 *     two closures of one id (warning).
 */
import type { ValidationContext } from '../context.ts';
import { pointer, type IssueList } from '../issue.ts';

export function checkClosures(ctx: ValidationContext, out: IssueList): void {
  const b = ctx.building;
  const impassable = new Set<string>();
  for (const st of b.storeys) for (const d of st.doors ?? []) if (d.passable === false) impassable.add(d.id);
  for (const s of b.stairs) if (s.passable === false) impassable.add(s.id);
  for (const e of b.elevators ?? []) if (e.passable === false) impassable.add(e.id);

  (b.scenarios ?? []).forEach((s, i) => {
    const base = pointer('scenarios', i);
    const changes = s.changes ?? [];
    // Blocked from the start by this scenario (a block without `at`, or with `at` ≤ 0).
    const staticBlocks = new Set<string>();
    for (const c of changes) if ('block' in c && !(c.at !== undefined && c.at > 0)) staticBlocks.add(c.block);
    const first = new Map<string, { at: number; path: string }>();
    changes.forEach((c, k) => {
      if (!('block' in c) || c.at === undefined) return;
      const p = `${base}/changes/${k}`;
      if (c.at < 0) {
        out.error(
          p + '/at',
          'closure.negativeTime',
          `"at" is seconds after the alarm and must be ≥ 0, not ${c.at}`,
          `“at”是报警后的秒数，必须 ≥ 0，而不是 ${c.at}`,
        );
        return;
      }
      if (c.at === 0) return; // blocked from the start: a plain block
      if (impassable.has(c.block) || staticBlocks.has(c.block)) {
        const why = impassable.has(c.block)
          ? { en: 'it is impassable in the building already', zh: '它在建筑中已不可通行' }
          : { en: 'this scenario blocks it from the start', zh: '本场景已从一开始封堵它' };
        out.error(
          p + '/at',
          'closure.alreadyImpassable',
          `"${c.block}" cannot close at ${c.at} s: ${why.en}`,
          `“${c.block}”无法在 ${c.at} 秒时关闭：${why.zh}`,
        );
        return;
      }
      if (s.duration !== undefined && c.at >= s.duration) {
        out.warning(
          p + '/at',
          'closure.afterDuration',
          `"${c.block}" closes at ${c.at} s, not before the scenario's time limit (${s.duration} s): it never happens`,
          `“${c.block}”在 ${c.at} 秒关闭，不早于场景的时间上限（${s.duration} 秒）：不会发生`,
        );
      }
      const earlier = first.get(c.block);
      if (earlier) {
        const keep = Math.min(earlier.at, c.at);
        out.warning(
          p,
          'closure.duplicate',
          `"${c.block}" already closes at ${earlier.at} s (${earlier.path}); it closes once, at ${keep} s`,
          `“${c.block}”已在 ${earlier.at} 秒关闭（${earlier.path}）；只关闭一次，在 ${keep} 秒`,
        );
        if (c.at < earlier.at) first.set(c.block, { at: c.at, path: p });
      } else first.set(c.block, { at: c.at, path: p });
    });
  });
}
