/**
 * Rescue windows (救援窗口), GB 50016-2014 (2018 ed.) 7.2.4–7.2.5 as read in secondary copies
 * (×5): for factories, warehouses and public buildings, on every storey facing the rescue site;
 * clear size ≥ 1.0 × 1.0 m, sill ≤ 1.2 m, spacing ≤ 20 m. Fire compartments are not in the model,
 * so "≥ 2 per compartment" is not checked; "every storey" is checked for non-residential buildings
 * as at least one opening of kind `rescue-window` per storey. Spacing is the largest distance from a
 * rescue window to its nearest neighbour on the same storey (plan distance between `at` points).
 */
import type { Building } from '../../models/schema/building.ts';
import { cm, type AccessCheck } from './code-check.ts';
import * as GB from './gb50016-access.ts';

export function rescueWindowChecks(b: Building): AccessCheck[] {
  const wins = (b.facade?.openings ?? []).filter((o) => o.kind === 'rescue-window');
  const checks: AccessCheck[] = [];
  const clause = 'GB 50016-2014 7.2.5';
  for (const o of wins) {
    const size = Math.min(o.width, o.height);
    if (size < GB.RESCUE_WINDOW_SIZE - 1e-9)
      checks.push({
        clause,
        subject: o.id,
        ok: false,
        value: size,
        limit: GB.RESCUE_WINDOW_SIZE,
        unit: 'm',
        verified: true,
        message: {
          en: `rescue window ${o.id} is ${cm(o.width)} × ${cm(o.height)} m; at least ${GB.RESCUE_WINDOW_SIZE} × ${GB.RESCUE_WINDOW_SIZE} m clear`,
          'zh-CN': `救援窗口 ${o.id} 为 ${cm(o.width)} × ${cm(o.height)} m；净尺寸不应小于 ${GB.RESCUE_WINDOW_SIZE} × ${GB.RESCUE_WINDOW_SIZE} m`,
        },
      });
    if (o.sill > GB.RESCUE_WINDOW_SILL + 1e-9)
      checks.push({
        clause,
        subject: o.id,
        ok: false,
        value: o.sill,
        limit: GB.RESCUE_WINDOW_SILL,
        unit: 'm',
        verified: true,
        message: {
          en: `rescue window ${o.id}: sill ${cm(o.sill)} m, at most ${GB.RESCUE_WINDOW_SILL} m`,
          'zh-CN': `救援窗口 ${o.id}：窗台高 ${cm(o.sill)} m，不应大于 ${GB.RESCUE_WINDOW_SILL} m`,
        },
      });
  }
  // One summary check each for size and sill, so a compliant building still says so.
  const bad = checks.length;
  checks.unshift({
    clause,
    subject: 'rescue-windows',
    ok: bad === 0,
    value: bad,
    limit: 0,
    unit: 'count',
    verified: true,
    message: {
      en: `${wins.length} rescue window(s); ${bad} size or sill failure(s)`,
      'zh-CN': `救援窗口 ${wins.length} 个；尺寸或窗台高度不符 ${bad} 处`,
    },
  });
  for (const s of b.storeys) {
    const here = wins.filter((o) => o.storey === s.id);
    if (here.length === 0) {
      if (b.use !== 'residential' && s.elevation >= 0)
        checks.push({
          clause: 'GB 50016-2014 7.2.4',
          subject: s.id,
          ok: false,
          value: 0,
          limit: 1,
          unit: 'count',
          verified: true,
          message: {
            en: `storey ${s.id} has no rescue window (required on every storey of a non-residential building)`,
            'zh-CN': `${s.id} 层无救援窗口（非住宅建筑每层均应设置）`,
          },
        });
      continue;
    }
    let worst = 0;
    for (const o of here) {
      let near = Infinity;
      for (const p of here)
        if (p !== o) near = Math.min(near, Math.hypot(p.at[0] - o.at[0], p.at[1] - o.at[1]));
      if (Number.isFinite(near)) worst = Math.max(worst, near);
    }
    if (worst > GB.RESCUE_WINDOW_SPACING)
      checks.push({
        clause,
        subject: s.id,
        ok: false,
        value: Math.round(worst * 100) / 100,
        limit: GB.RESCUE_WINDOW_SPACING,
        unit: 'm',
        verified: true,
        message: {
          en: `storey ${s.id}: rescue windows up to ${cm(worst)} m apart; at most ${GB.RESCUE_WINDOW_SPACING} m`,
          'zh-CN': `${s.id} 层：救援窗口间距达 ${cm(worst)} m；不应大于 ${GB.RESCUE_WINDOW_SPACING} m`,
        },
      });
  }
  return checks;
}
