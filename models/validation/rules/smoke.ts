/**
 * Smoke in scenarios (Lifeline extension: `{ "smoke": { target, extinction, from?, co?, co2?, o2? } }`,
 * read by the evacuation engine, sim-core/evacuation/smoke/). Checked here:
 *   - `target` names a space, stair or storey (errors `ref.missing` / `ref.wrongKind`);
 *   - `extinction` (1/m) is 0–30 (error): the walking-speed data in smoke reach K_s of a few per metre
 *     (Jin 1978; Frantzich & Nilsson 2003); at 30 /m a lit sign is lost at ≈ 0.3 m (visibility ≈ 8/K_s,
 *     Jin), so a larger value is a unit slip (a percentage or optical density per metre) rather than smoke;
 *   - `from` ≥ 0 s (error), and before the scenario's `duration` (warning: else it never arrives);
 *   - `co` 0–100 000 ppm (error; 10 % CO is already fatal within breaths, so more is a unit slip);
 *   - `co2` 0–21 % and `o2` 0–21 % (errors): fire gases are made from air, which holds 20.9 % O2, so
 *     neither the oxygen nor the CO2 made from it can exceed that.
 */
import type { ValidationContext } from '../context.ts';
import { pointer, type IssueList } from '../issue.ts';
import { checkRef } from '../refs.ts';

/** Largest extinction coefficient accepted (1/m); see the file comment. */
export const MAX_EXTINCTION = 30;
/** Largest CO concentration accepted (ppm). */
export const MAX_CO_PPM = 100_000;
/** Largest O2 or CO2 volume fraction accepted (%): that of air's oxygen, rounded up. */
export const MAX_AIR_PERCENT = 21;

interface Bound {
  /** The field, its maximum, and what it is (zh starts with a space before a Latin symbol). */
  key: 'extinction' | 'from' | 'co' | 'co2' | 'o2';
  max: number;
  en: string;
  zh: string;
}

const BOUNDS: readonly Bound[] = [
  { key: 'extinction', max: MAX_EXTINCTION, en: 'the extinction coefficient (1/m)', zh: '消光系数（1/m）' },
  { key: 'from', max: Infinity, en: 'seconds after the alarm', zh: '报警后的秒数' },
  { key: 'co', max: MAX_CO_PPM, en: 'CO in ppm', zh: ' CO 浓度（ppm）' },
  { key: 'co2', max: MAX_AIR_PERCENT, en: 'CO2 in % by volume', zh: ' CO2 体积分数（%）' },
  { key: 'o2', max: MAX_AIR_PERCENT, en: 'O2 in % by volume', zh: ' O2 体积分数（%）' },
];

export function checkSmoke(ctx: ValidationContext, out: IssueList): void {
  (ctx.building.scenarios ?? []).forEach((s, i) => {
    (s.changes ?? []).forEach((c, k) => {
      if (!('smoke' in c)) return;
      const p = `${pointer('scenarios', i)}/changes/${k}/smoke`;
      const sm = c.smoke;
      checkRef(ctx, out, p + '/target', sm.target, ['space', 'stair', 'storey']);
      for (const b of BOUNDS) {
        const v = sm[b.key];
        if (v === undefined) continue;
        if (v < 0) {
          out.error(
            `${p}/${b.key}`,
            'smoke.negative',
            `"${b.key}" is ${b.en} and must be ≥ 0, not ${v}`,
            `“${b.key}”是${b.zh}，必须 ≥ 0，而不是 ${v}`,
          );
        } else if (v > b.max) {
          out.error(
            `${p}/${b.key}`,
            'smoke.outOfRange',
            `"${b.key}" is ${b.en} and must be at most ${b.max}, not ${v} (a unit slip?)`,
            `“${b.key}”是${b.zh}，不得超过 ${b.max}，而不是 ${v}（单位错误？）`,
          );
        }
      }
      const from = sm.from ?? 0;
      if (s.duration !== undefined && from >= s.duration) {
        out.warning(
          p + '/from',
          'smoke.afterDuration',
          `the smoke arrives at ${from} s, not before the scenario's time limit (${s.duration} s): it never does`,
          `烟气在 ${from} 秒到达，不早于场景的时间上限（${s.duration} 秒）：不会发生`,
        );
      }
    });
  });
}
