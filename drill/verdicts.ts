/**
 * One sentence per failure mode, in both languages, built only from the engines' results: people
 * (evacuation), water (hydraulics), trucks (site access). Thresholds and clause numbers come from the
 * engines (the water requirement from models/codes/gb50974.ts, the access checks' own clauses).
 */
import type { AccessSummary, PeopleSummary, Verdict, WaterSummary } from './summary-types.ts';
import { both, count, duration, mpa, storeyRanges, type Bilingual } from './format.ts';

const join = (parts: readonly Bilingual[], sepEn: string, sepZh: string): Bilingual =>
  both(parts.map((p) => p.en).join(sepEn), parts.map((p) => p['zh-CN']).join(sepZh));

/** "A and B" / "A、B". */
function list(ids: readonly string[]): Bilingual {
  if (ids.length <= 1) return both(ids.join(''), ids.join(''));
  return both(`${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`, ids.join('、'));
}

/**
 * Storeys as "above F27" when they are exactly every storey of `order` above one that passes, else as
 * ranges ("F9–F25").
 */
function storeySet(ids: readonly string[], order: readonly string[]): Bilingual {
  const sorted = [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const first = sorted[0];
  const k = first === undefined ? -1 : order.indexOf(first);
  const topBlock =
    k > 0 && sorted.length === order.length - k && sorted.every((id, i) => order[k + i] === id);
  if (topBlock) return both(`above ${order[k - 1]}`, `${order[k - 1]} 以上`);
  const r = storeyRanges(sorted, order);
  return both(`on ${r}`, `${r}`);
}

/** For engine results without jam onsets: a stair "jams" when it spends at least this long (s) above
 * Fruin LoS E–F in total (a Lifeline choice). Newer results carry the onset (stairPhrase). */
export const JAM_SECONDS = 60;

export function peopleVerdict(p: PeopleSummary): Verdict {
  const b = p.base;
  const parts: Bilingual[] = [];
  if (b.status === 'timeout') {
    parts.push(
      both(
        `People: after ${duration(b.endTime).en} (the time limit) ${count(b.remaining).en} of ${count(b.occupants).en} occupants still inside`,
        `人员：${duration(b.endTime)['zh-CN']}（时间上限）后 ${b.occupants} 人中仍有 ${b.remaining} 人在楼内`,
      ),
    );
  } else if (b.rset === null) {
    parts.push(both(`People: nobody reached safety`, `人员：无人到达安全地点`));
  } else {
    parts.push(
      both(
        `People: ${count(b.evacuated).en} occupants safe in ${duration(b.rset).en}`,
        `人员：${b.evacuated} 人在 ${duration(b.rset)['zh-CN']}内全部到达安全地点`,
      ),
    );
  }
  const d = p.distribution;
  const runsNote: Bilingual = d
    ? both(
        ` (95th pct of ${p.runs} runs: ${duration(d.p95).en}${p.timeouts > 0 ? `; ${p.timeouts} run(s) hit the time limit` : ''})`,
        `（${p.runs} 次模拟的第 95 百分位：${duration(d.p95)['zh-CN']}${p.timeouts > 0 ? `；${p.timeouts} 次达到时间上限` : ''}）`,
      )
    : p.runs > 1
      ? both(` (all ${p.runs} runs hit the time limit)`, `（${p.runs} 次模拟均达到时间上限）`)
      : both(` (1 run, seed ${p.baseSeed})`, `（1 次模拟，种子 ${p.baseSeed}）`);
  parts[0] = join([parts[0]!, runsNote], '', '');
  if (p.variant)
    parts[0] = join(
      [
        parts[0]!,
        both(
          ` [each run smoke-logs one of stairs ${p.variant.stairs.join(', ')} at random]`,
          `［每次模拟随机一部楼梯（${p.variant.stairs.join('、')}）烟气封堵］`,
        ),
      ],
      '',
      '',
    );
  if (b.trapped > 0) {
    const where = b.trappedBySpace.map((t) => t.space);
    parts.push(
      both(
        `${b.trapped} trapped with no route (${where.slice(0, 3).join(', ')}${where.length > 3 ? ', …' : ''})`,
        `${b.trapped} 人无路可走被困（${where.slice(0, 3).join('、')}${where.length > 3 ? '等' : ''}）`,
      ),
    );
  }
  if (b.incapacitated) parts.push(smokePhrase(b.incapacitated, b.incapacitatedBy ?? []));
  const s = p.worstStair;
  if (s) parts.push(stairPhrase(p, s));
  // Run 1 did not jam, but other runs of the batch did: say how often, for the stair jamming most.
  const mc = p.stairJams[0];
  if (p.runs > 1 && mc && !(s && typeof s.jamStart === 'number'))
    parts.push(
      both(
        `stair ${mc.id} jams in ${mc.runs} of ${p.runs} runs (median onset ${duration(mc.medianStart).en}${mc.storey ? `, mostly at ${mc.storey}` : ''})`,
        `楼梯 ${mc.id} 在 ${p.runs} 次模拟中有 ${mc.runs} 次拥堵（起始时间中位数 ${duration(mc.medianStart)['zh-CN']}${mc.storey ? `，多在 ${mc.storey}` : ''}）`,
      ),
    );
  if (p.firefightersModelled && p.fireStorey !== null) {
    const t = p.firefighterArrival;
    const late =
      p.firefighterDelay !== null && Math.round(p.firefighterDelay) > 0
        ? both(
            ` (${duration(p.firefighterDelay).en} later than on an empty stair)`,
            `（比空楼梯晚 ${duration(p.firefighterDelay)['zh-CN']}）`,
          )
        : both('', '');
    parts.push(
      t === null
        ? both(`firefighters do not reach ${p.fireStorey}`, `消防员未能到达 ${p.fireStorey}`)
        : both(
            `firefighters reach ${p.fireStorey} at ${duration(t).en}${late.en}`,
            `消防员于 ${duration(t)['zh-CN']}到达 ${p.fireStorey}${late['zh-CN']}`,
          ),
    );
  }
  // "Firefighters can't get up" is this failure mode too: a modelled group that never arrives fails it.
  const ok =
    p.perRun.every((r) => r.status === 'complete' && r.trapped === 0 && !r.incapacitated) &&
    !(p.firefightersModelled && p.fireStorey !== null && p.firefighterArrival === null);
  return { mode: 'people', ok, text: terminate(join(parts, '; ', '；')) };
}

/**
 * Run 1's people overcome by scenario smoke (fractional effective dose ≥ 1, sim-core/evacuation/smoke/):
 * "3 occupants incapacitated by smoke in stair B" (places: stairs, then spaces, most first).
 */
function smokePhrase(n: number, by: NonNullable<PeopleSummary['base']['incapacitatedBy']>): Bilingual {
  const places = by.map((w) =>
    w.kind === 'stair' ? both(`stair ${w.place}`, `楼梯 ${w.place}`) : both(w.place, w.place),
  );
  const where = places.length > 0 ? join(places, ' and ', '、') : both('?', '?');
  return both(
    `${count(n).en} occupant${n === 1 ? '' : 's'} incapacitated by smoke in ${where.en}`,
    `${n} 人因烟气失能（${where['zh-CN']}）`,
  );
}

/**
 * The worst stair of run 1. A stair "jams" where the engine recorded a jam onset (a landing above
 * Fruin LoS E, > 1.08 p/m², for JAM_HOLD = 30 s: sim-core/evacuation/record/stair-jams.ts): "stair B
 * jams at F9 from 6 min 10 s", with, for a batch, how many runs jam and their median onset. Results
 * without onsets (older engines) fall back to at least JAM_SECONDS in total above LoS E.
 */
function stairPhrase(p: PeopleSummary, s: NonNullable<PeopleSummary['worstStair']>): Bilingual {
  const at = s.storey ?? '?';
  const crowded = both(
    `${duration(s.timeAtFruinEF).en} above 1.08 p/m², Fruin E–F`,
    `${duration(s.timeAtFruinEF)['zh-CN']}密度超过 1.08 人/m²，Fruin E–F 级`,
  );
  if (typeof s.jamStart === 'number') {
    const where = s.jamStorey ?? at;
    const queue =
      s.storey !== null && s.storey !== where
        ? both(`longest queue ${s.maxQueue} at ${s.storey}`, `最长排队 ${s.maxQueue} 人在 ${s.storey}`)
        : both(`queue of ${s.maxQueue}`, `排队 ${s.maxQueue} 人`);
    const mc = p.runs > 1 ? p.stairJams.find((j) => j.id === s.id) : undefined;
    const batch = mc
      ? both(
          `; jams in ${mc.runs} of ${p.runs} runs, median onset ${duration(mc.medianStart).en}`,
          `；${p.runs} 次模拟中 ${mc.runs} 次拥堵，起始时间中位数 ${duration(mc.medianStart)['zh-CN']}`,
        )
      : both('', '');
    return both(
      `stair ${s.id} jams at ${where} from ${duration(s.jamStart).en} (${queue.en}; ${crowded.en}${batch.en})`,
      `楼梯 ${s.id} 在 ${where} 自 ${duration(s.jamStart)['zh-CN']}起拥堵（${queue['zh-CN']}；${crowded['zh-CN']}${batch['zh-CN']}）`,
    );
  }
  // "Jams" where the engine saw the stair crowded (Fruin LoS E–F, > 1.08 p/m²) for at least a minute
  // (JAM_SECONDS, a Lifeline choice) — only for results without jam onsets; a short queue or a
  // moment of crowding is just a queue.
  if (s.jamStart === undefined && s.timeAtFruinEF >= JAM_SECONDS)
    return both(
      `stair ${s.id} jams at ${at} (queue of ${s.maxQueue}; ${crowded.en})`,
      `楼梯 ${s.id} 在 ${at} 拥堵（排队 ${s.maxQueue} 人；${crowded['zh-CN']}）`,
    );
  return s.timeAtFruinEF > 0
    ? both(
        `longest stair queue ${s.maxQueue} (stair ${s.id} at ${at}), ${duration(s.timeAtFruinEF).en} above Fruin D`,
        `楼梯最长排队 ${s.maxQueue} 人（楼梯 ${s.id}，${at}），${duration(s.timeAtFruinEF)['zh-CN']}超过 Fruin D 级`,
      )
    : both(
        `longest stair queue ${s.maxQueue} (stair ${s.id} at ${at}), no crowding above Fruin D`,
        `楼梯最长排队 ${s.maxQueue} 人（楼梯 ${s.id}，${at}），未超过 Fruin D 级`,
      );
}

function failedPhrase(w: WaterSummary): Bilingual | null {
  if (w.failed.length === 0) return null;
  const en = w.failed.map((f) =>
    f.mode === 'empty' ? `${f.id} empty` : f.mode === 'open' ? `${f.id} stuck open` : `${f.id} failed`,
  );
  const zh = w.failed.map((f) =>
    f.mode === 'empty' ? `${f.id} 无水` : f.mode === 'open' ? `${f.id} 卡死全开` : `${f.id} 故障`,
  );
  return both(`with ${en.join(', ')}, `, `${zh.join('、')}时，`);
}

/** `why`: the water engine's reason for not analysing (its WaterInputError text), when w is null. */
export function waterVerdict(
  w: WaterSummary | null,
  order: readonly string[],
  why: Bilingual | null = null,
): Verdict {
  if (w === null)
    return {
      mode: 'water',
      ok: false,
      text: why
        ? terminate(both(`Water: not analysed: ${why.en}`, `供水：未分析：${why['zh-CN']}`))
        : both('Water: not analysed.', '供水：未分析。'),
    };
  const req = w.requirement;
  const need = both(
    `${mpa(req.minPressure)} MPa / ${req.jet} m jet (${req.clause})`,
    `${mpa(req.minPressure)} MPa、充实水柱 ${req.jet} m（${req.clause}）`,
  );
  const pre = failedPhrase(w) ?? both('', '');
  const parts: Bilingual[] = [];
  const order2 = order.filter((id) => w.hydrantStoreys.includes(id));
  if (w.failingStoreys.length === 0) {
    const top = w.hydrantStoreys[w.hydrantStoreys.length - 1] ?? '-';
    parts.push(
      both(
        `Water: ${pre.en}hydrants reach ${need.en} with the fire on any storey up to ${top}`,
        `供水：${pre['zh-CN']}任一层着火（至 ${top}）消火栓均满足 ${need['zh-CN']}`,
      ),
    );
  } else {
    const where = storeySet(w.failingStoreys, order2);
    parts.push(
      both(
        `Water: ${pre.en}hydrants ${where.en} below ${need.en}`,
        `供水：${pre['zh-CN']}${where['zh-CN']}消火栓达不到 ${need['zh-CN']}`,
      ),
    );
  }
  if (w.fireStorey !== null && w.fireHydrants.length > 0) {
    const low = [...w.fireHydrants].sort((a, b) => a.outletPressure - b.outletPressure)[0]!;
    const okFire = w.fireHydrants.every((h) => h.ok);
    parts.push(
      both(
        `fire storey ${w.fireStorey}: ${mpa(low.outletPressure)} MPa, ${low.jet.toFixed(1)} m jet${okFire ? '' : ' — not enough'}`,
        `着火层 ${w.fireStorey}：${mpa(low.outletPressure)} MPa，充实水柱 ${low.jet.toFixed(1)} m${okFire ? '' : '，不满足'}`,
      ),
    );
  }
  const e = w.engine;
  if (e && w.failingStoreys.length > 0) {
    const top = e.highestAdequateStorey;
    parts.push(
      top === null
        ? both(
            `the pumper ${e.vehicle} via ${e.inlet} alone meets it on no storey`,
            `消防车 ${e.vehicle} 单独经 ${e.inlet} 供水时任何楼层均不满足`,
          )
        : both(
            `the pumper ${e.vehicle} via ${e.inlet} restores up to ${top}`,
            `消防车 ${e.vehicle} 经 ${e.inlet} 供水可恢复至 ${top}`,
          ),
    );
  }
  const ok = w.failingStoreys.length === 0 && w.fireHydrants.every((h) => h.ok);
  return { mode: 'water', ok, text: terminate(join(parts, '; ', '；')) };
}

export function trucksVerdict(a: AccessSummary, order: readonly string[]): Verdict {
  const parts: Bilingual[] = [];
  for (const v of a.vehicles) {
    if (v.best) {
      const blockedGates = v.blocked.filter((x) => x.entrance !== v.best!.entrance);
      const gates = [...new Set(blockedGates.map((x) => x.entrance))];
      const by = [...new Set(blockedGates.flatMap((x) => x.blockedBy))];
      const note =
        gates.length > 0 && by.length > 0
          ? both(
              ` (${gates.join(', ')} blocked by ${list(by).en})`,
              `（${gates.join('、')} 被 ${list(by)['zh-CN']} 阻挡）`,
            )
          : both('', '');
      parts.push(
        both(
          `${v.id} ready at ${duration(v.best.arrivalTime).en} via ${v.best.entrance}${note.en}`,
          `${v.id} 经 ${v.best.entrance} 于 ${duration(v.best.arrivalTime)['zh-CN']}可开始作业${note['zh-CN']}`,
        ),
      );
      continue;
    }
    const by = [...new Set(v.blocked.flatMap((x) => x.blockedBy))];
    const towed = a.towing?.vehicles.find((t) => t.id === v.id);
    const head = both(
      by.length > 0 ? `${v.id} blocked by ${list(by).en}` : `${v.id} cannot get in (no route)`,
      by.length > 0 ? `${v.id} 被 ${list(by)['zh-CN']} 阻挡` : `${v.id} 无法进入（无路线）`,
    );
    const tail =
      a.towing && towed && towed.arrivalTime !== null
        ? both(
            ` — tow ${list(a.towing.removed).en} and it arrives at ${duration(towed.arrivalTime).en}`,
            `——拖走 ${list(a.towing.removed)['zh-CN']} 后 ${duration(towed.arrivalTime)['zh-CN']}到达`,
          )
        : a.towing
          ? both(
              ` — even after towing ${list(a.towing.removed).en} it cannot get in`,
              `——即使拖走 ${list(a.towing.removed)['zh-CN']} 也无法进入`,
            )
          : both(' — nothing removable clears the way', '——移除可移动障碍物也无法通行');
    parts.push(join([head, tail], '', ''));
  }
  const out = outOfReach(a);
  if (out.length > 0 && out.length >= order.length) {
    const after = a.towing?.highestReachableStorey ?? null;
    parts.push(
      after !== null
        ? both(
            `as found no storey is in aerial reach (after towing: up to ${after})`,
            `现状下云梯车无法到达任何楼层（拖走后可达 ${after}）`,
          )
        : both('no storey is in aerial reach', '云梯车无法到达任何楼层'),
    );
  } else if (out.length > 0) {
    const where = storeySet(out, order);
    const en = where.en.replace(/^on /, '');
    const after = a.towing?.highestReachableStorey ?? null;
    const better =
      after !== null &&
      (a.highestReachableStorey === null || order.indexOf(after) > order.indexOf(a.highestReachableStorey));
    const tail = better ? both(` (after towing: up to ${after})`, `（拖走后可达 ${after}）`) : both('', '');
    parts.push(
      both(
        `storeys ${en} out of aerial reach${tail.en}`,
        `${where['zh-CN']}楼层云梯车无法到达${tail['zh-CN']}`,
      ),
    );
  } else if (a.aerial.length > 0 && a.highestReachableStorey !== null) {
    parts.push(
      both(`aerial reach up to ${a.highestReachableStorey}`, `云梯可达 ${a.highestReachableStorey}`),
    );
  }
  const failed = a.checks.filter((c) => !c.ok);
  if (failed.length > 0) {
    const clauses = [...new Set(failed.map((c) => c.clause))];
    parts.push(
      both(
        `${failed.length} code check(s) fail (${clauses.join('; ')})`,
        `${failed.length} 项规范检查不符合（${clauses.join('；')}）`,
      ),
    );
  }
  if (a.canopy.riskClass !== 'low')
    parts.push(
      both(
        `combustible canopies ${Math.round(a.canopy.share * 100)} % (${a.canopy.riskClass} risk)`,
        `可燃雨棚 ${Math.round(a.canopy.share * 100)}%（${riskZh(a.canopy.riskClass)}风险）`,
      ),
    );
  if (parts.length === 0) parts.push(both('no vehicles analysed', '未分析任何车辆'));
  const text = join(parts, '; ', '；');
  const ok = a.vehicles.every((v) => v.best !== null) && out.length === 0 && failed.length === 0;
  return { mode: 'trucks', ok, text: terminate(both(`Trucks: ${text.en}`, `车辆：${text['zh-CN']}`)) };
}

export const riskZh = (c: string): string => ({ high: '高', medium: '中', low: '低' })[c] ?? c;

/** Storeys no aerial appliance reaches (the intersection of each appliance's unreachable storeys). */
export function outOfReach(a: AccessSummary): string[] {
  if (a.aerial.length === 0) return [];
  let set = new Set(a.aerial[0]!.unreachableStoreys);
  for (const x of a.aerial.slice(1)) set = new Set(x.unreachableStoreys.filter((id) => set.has(id)));
  return [...set];
}

function terminate(t: Bilingual): Bilingual {
  return both(
    t.en.endsWith('.') ? t.en : t.en + '.',
    t['zh-CN'].endsWith('。') ? t['zh-CN'] : t['zh-CN'] + '。',
  );
}

export function verdicts(
  p: PeopleSummary,
  w: WaterSummary | null,
  a: AccessSummary,
  storeyOrder: readonly string[],
  waterWhy: Bilingual | null = null,
): Verdict[] {
  return [peopleVerdict(p), waterVerdict(w, storeyOrder, waterWhy), trucksVerdict(a, storeyOrder)];
}
