/**
 * The drill plan: a timeline trainers run the drill against — alarm, expected pre-movement, each
 * storey's clear target, firefighters on the fire storey, water on the fire storey — from the
 * simulated results, as rows (for the report) and CSV (`lifeline drill --plan`).
 */
import type { DrillScenarioResult } from './summary-types.ts';
import { both, minSec, type Bilingual } from './format.ts';
import { formatCsv } from './csv.ts';

export interface PlanRow {
  scenario: string;
  /** s after the alarm; null when the event cannot be timed (not modelled, not achieved). */
  time: number | null;
  event:
    | 'alarm'
    | 'premovement-median'
    | 'premovement-p95'
    | 'storey-clear'
    | 'stair-jam'
    | 'firefighters-on-fire-storey'
    | 'water-on-fire-storey';
  subject: string;
  note: Bilingual;
}

export function drillPlan(r: DrillScenarioResult): PlanRow[] {
  const p = r.people;
  const rows: PlanRow[] = [
    { scenario: r.scenario, time: 0, event: 'alarm', subject: '', note: both('alarm sounds', '报警') },
  ];
  const pre = p.base.premovement;
  if (pre) {
    rows.push({
      scenario: r.scenario,
      time: pre.p50,
      event: 'premovement-median',
      subject: '',
      note: both('half the occupants have started to move', '半数人员已开始疏散'),
    });
    rows.push({
      scenario: r.scenario,
      time: pre.p95,
      event: 'premovement-p95',
      subject: '',
      note: both('95 % of occupants have started to move', '95% 人员已开始疏散'),
    });
  }
  // Top storey first: the order a trainer walks the stair checking storeys are clear.
  for (const s of [...p.storeyClear].reverse()) {
    if (s.occupants === 0) continue;
    const t = s.p95 ?? s.clearTime;
    rows.push({
      scenario: r.scenario,
      time: t,
      event: 'storey-clear',
      subject: s.id,
      note:
        s.p95 !== null
          ? both(
              `clear target: 95th pct of ${p.runs} runs (run 1: ${minSec(s.clearTime)})`,
              `清空目标：${p.runs} 次模拟第 95 百分位（第 1 次：${minSec(s.clearTime)}）`,
            )
          : t === null
            ? both('not cleared in the simulation', '模拟中未清空')
            : both('clear target (1 run)', '清空目标（1 次模拟）'),
    });
  }
  // Where a marshal is needed first: the stair that jams first (run 1) and where.
  const jam = p.worstStair;
  if (jam && jam.jamStart !== undefined && jam.jamStart !== null) {
    const at = jam.jamStorey ?? '?';
    rows.push({
      scenario: r.scenario,
      time: jam.jamStart,
      event: 'stair-jam',
      subject: jam.id,
      note: both(
        `stair ${jam.id} starts to jam at ${at} (queue up to ${jam.maxQueue}): post a marshal there`,
        `楼梯 ${jam.id} 在 ${at} 开始拥堵（排队最多 ${jam.maxQueue} 人）：在此安排疏导员`,
      ),
    });
  }
  const fire = r.water?.fireStorey ?? null;
  rows.push({
    scenario: r.scenario,
    time: p.firefighterArrival,
    event: 'firefighters-on-fire-storey',
    subject: fire ?? '',
    note: p.firefightersModelled
      ? both('first firefighter group on the fire storey', '首批消防员到达着火层')
      : both(
          'none in this scenario (add firefighters to the scenario to plan their arrival)',
          '本场景未安排消防员（在场景中加入消防员即可计划其到达时间）',
        ),
  });
  rows.push({
    scenario: r.scenario,
    ...waterOnFireStorey(r),
    event: 'water-on-fire-storey',
    subject: fire ?? '',
  });
  return rows;
}

/**
 * When the fire storey's hydrants first give the required outlet pressure and jet: at the alarm if
 * the building's own supply does; else when the pumper that feeds the inlet is ready (access engine)
 * if it alone gets there; else never. Hose laying and climbing by firefighters are not modelled.
 */
function waterOnFireStorey(r: DrillScenarioResult): { time: number | null; note: Bilingual } {
  const w = r.water;
  if (!w || w.fireStorey === null)
    return { time: null, note: both('no fire storey / no hydrants', '无着火层或无消火栓') };
  if (w.fireHydrants.length > 0 && w.fireHydrants.every((h) => h.ok))
    return {
      time: 0,
      note: both('building supply meets 7.4.12 from the alarm', '建筑自身供水自报警起即满足 7.4.12'),
    };
  const e = w.engine;
  const order = w.hydrantStoreys;
  if (
    e &&
    e.highestAdequateStorey !== null &&
    order.indexOf(e.highestAdequateStorey) >= order.indexOf(w.fireStorey)
  ) {
    const v = r.access.vehicles.find((x) => x.id === e.vehicle);
    const t =
      v?.best?.arrivalTime ?? r.access.towing?.vehicles.find((x) => x.id === e.vehicle)?.arrivalTime ?? null;
    return t === null
      ? {
          time: null,
          note: both(
            `${e.vehicle} would restore it but cannot reach the inlets`,
            `${e.vehicle} 可恢复供水但无法到达水泵接合器`,
          ),
        }
      : {
          time: t,
          note: both(
            `when ${e.vehicle} is ready at the inlet (hose laying not modelled)`,
            `${e.vehicle} 在水泵接合器就位时（未模拟铺设水带）`,
          ),
        };
  }
  return {
    time: null,
    note: both(
      'not achieved: neither the building supply nor the pumper alone',
      '无法满足：建筑供水和消防车单独供水均不足',
    ),
  };
}

export const PLAN_HEADER = [
  'scenario',
  'time_s',
  'time_min_s',
  'event',
  'subject',
  'note_en',
  'note_zh',
] as const;

export function planCsv(rows: readonly PlanRow[]): string {
  return formatCsv([
    [...PLAN_HEADER],
    ...rows.map((r) => [
      r.scenario,
      r.time === null ? '' : r.time,
      r.time === null ? '' : minSec(r.time),
      r.event,
      r.subject,
      r.note.en,
      r.note['zh-CN'],
    ]),
  ]);
}
