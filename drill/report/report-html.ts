/**
 * The drill report: one self-contained HTML file (inline CSS, inline SVG, a few lines of script for
 * the language toggle), printable to PDF. Every text is in both languages (`<span lang>` pairs); the
 * toggle shows English, Chinese or both, and printing prints what is shown. Labels come from one
 * dictionary; a missing key throws, so a report never shows an untranslated key.
 */
import type { Building } from '../../models/schema/building.ts';
import type { BuildingSummary } from '../../models/metrics/summary.ts';
import type { DrillScenarioResult } from '../summary-types.ts';
import type { PlanRow } from '../plan.ts';
import { both, minSec, mpa, type Bilingual } from '../format.ts';
import { accessMap, esc, evacuationCurve, rsetHistogram, stairDensities } from './charts.ts';
import { riskZh } from '../verdicts.ts';

export interface ReportInput {
  building: Building;
  summary: BuildingSummary;
  file: string;
  results: readonly DrillScenarioResult[];
  plans: readonly PlanRow[][];
  /** Outer walls of the ground storey per scenario is the same: segments in world metres. */
  groundOutline: [number, number][][];
  /** runtime: "Node v22…" from the CLI, the browser or Electron/Chrome versions from the app. */
  versions: { lifeline: string; epanet: string; runtime: string };
  /** ISO time the report was made. */
  generated: string;
}

const LABELS = {
  title: both('Drill report', '演练报告'),
  building: both('Building', '建筑概况'),
  height: both('Height', '建筑高度'),
  storeys: both('Storeys', '层数'),
  occupants: both('Occupants', '人数'),
  stairs: both('Stairs', '楼梯'),
  hydrants: both('Hydrants', '消火栓'),
  classification: both('Class', '分类'),
  scenario: both('Scenario', '场景'),
  verdicts: both('Verdicts', '结论'),
  ok: both('OK', '满足'),
  fail: both('ATTENTION', '需关注'),
  people: both('People', '人员疏散'),
  water: both('Water', '消防供水'),
  trucks: both('Trucks', '消防车通行'),
  curve: both('Evacuation curve (run 1)', '疏散曲线（第 1 次模拟）'),
  time: both('time after alarm (min:s)', '报警后时间（分:秒）'),
  safe: both('people safe', '已安全人数'),
  histogram: both('RSET distribution', '疏散时间分布'),
  runsCount: both('runs', '模拟次数'),
  rset: both('RSET (min:s)', '疏散时间（分:秒）'),
  stairDensity: both('Highest density on each stair (run 1)', '各楼梯最大密度（第 1 次模拟）'),
  density: both('persons per m²', '人/m²'),
  stairTable: both('Stairs', '楼梯'),
  stair: both('Stair', '楼梯'),
  maxQueue: both('Max queue', '最大排队'),
  worstAt: both('Worst at', '最严重楼层'),
  timeEF: both('Time at Fruin E–F', 'Fruin E–F 级时长'),
  mc: both('Monte Carlo', '蒙特卡洛模拟'),
  mean: both('mean', '平均'),
  max: both('max', '最大'),
  imoMet: both(
    'IMO MSC.1/Circ.1533 practice: ≥ 50 runs, 95th percentile — met.',
    'IMO MSC.1/Circ.1533 做法：≥ 50 次模拟，取第 95 百分位——已满足。',
  ),
  imoNot: both(
    'IMO MSC.1/Circ.1533 practice asks for ≥ 50 runs (≥ 10 populations × 5 repetitions) and the 95th percentile; this report has fewer.',
    'IMO MSC.1/Circ.1533 要求 ≥ 50 次模拟（≥ 10 组人员 × 5 次重复）并取第 95 百分位；本报告次数不足。',
  ),
  ladder: both(
    'Pressure ladder: lowest outlet pressure on the fire storey (MPa)',
    '压力阶梯：着火层最低栓口压力（MPa）',
  ),
  fireStorey: both('Fire storey', '着火层'),
  highestAdequate: both('Highest adequate storey', '满足要求的最高层'),
  legend: both('✓ meets 7.4.12, j solid jet only, ✗ fails', '✓ 满足 7.4.12，j 仅充实水柱达标，✗ 不满足'),
  map: both('Site access: planned paths (dashed: did not get there)', '场地通行：规划路线（虚线：未能到达）'),
  vehicle: both('Vehicle', '车辆'),
  arrival: both('Ready at', '可作业时间'),
  via: both('Via', '入口'),
  blocked: both('Blocked by', '阻挡物'),
  checks: both('Code checks', '规范校核'),
  clause: both('Clause', '条款'),
  result: both('Result', '结果'),
  pass: both('pass', '通过'),
  failShort: both('FAIL', '不通过'),
  unverified: both('threshold unverified', '限值未核实'),
  message: both('Finding', '说明'),
  plan: both('Drill plan', '演练计划'),
  event: both('Event', '事项'),
  subject: both('Where', '位置'),
  note: both('Note', '说明'),
  seeds: both('Seeds of every run', '各次模拟的种子'),
  assumptions: both('Assumptions and model versions', '假设与模型版本'),
  canopy: both('Combustible canopies', '可燃雨棚'),
  none: both('none', '无'),
} as const satisfies Record<string, Bilingual>;

export type LabelKey = keyof typeof LABELS;

export function label(key: string): Bilingual {
  const t = (LABELS as Record<string, Bilingual>)[key];
  if (!t) throw new Error(`report: no translation for "${key}"`);
  return t;
}

/** Both languages of a text, as spans the toggle shows or hides. */
const bi = (t: Bilingual): string =>
  `<span lang="en">${esc(t.en)}</span><span lang="zh-CN">${esc(t['zh-CN'])}</span>`;
const L = (key: LabelKey): string => bi(label(key));
/** Both languages in one plain string, for SVG text (the toggle does not reach inside the charts). */
const both2 = (key: LabelKey): string => `${label(key).en} / ${label(key)['zh-CN']}`;

const EVENT: Record<PlanRow['event'], Bilingual> = {
  alarm: both('Alarm', '报警'),
  'premovement-median': both('Pre-movement (median)', '疏散准备时间（中位数）'),
  'premovement-p95': both('Pre-movement (95 %)', '疏散准备时间（95%）'),
  'storey-clear': both('Storey clear', '楼层清空'),
  'stair-jam': both('Stair jam begins', '楼梯开始拥堵'),
  'firefighters-on-fire-storey': both('Firefighters on the fire storey', '消防员到达着火层'),
  'water-on-fire-storey': both('Water on the fire storey', '着火层出水'),
};

function table(head: string[], rows: string[][], cls = ''): string {
  return `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function scenarioSection(inp: ReportInput, r: DrillScenarioResult, plan: readonly PlanRow[]): string {
  const p = r.people;
  let s = `<section class="scenario"><h2>${L('scenario')}: ${esc(r.scenario)}${r.scenarioName ? ` — ${esc(r.scenarioName)}` : ''}</h2>`;
  s += `<h3>${L('verdicts')}</h3><ul class="verdicts">${r.verdicts
    .map(
      (v) =>
        `<li class="${v.ok ? 'ok' : 'fail'}" data-mode="${v.mode}"><b>${v.ok ? L('ok') : L('fail')}</b> ${bi(v.text)}</li>`,
    )
    .join('')}</ul>`;
  s += `<h3>${L('people')}</h3><figure>${evacuationCurve(r, both2('time'), both2('safe'))}<figcaption>${L('curve')}</figcaption></figure>`;
  if (p.distribution) {
    const d = p.distribution;
    s += `<h4>${L('mc')}</h4>`;
    s += table(
      [L('runsCount'), L('mean'), 'p50', 'p95', L('max')],
      [[String(d.n), minSec(d.mean), minSec(d.p50), minSec(d.p95), minSec(d.max)]],
    );
    s += `<figure>${rsetHistogram(d.histogram, both2('rset'), both2('runsCount'))}<figcaption>${L('histogram')}</figcaption></figure>`;
  }
  s += `<p class="imo">${p.imo.met ? L('imoMet') : L('imoNot')}</p>`;
  s += `<figure>${stairDensities(r, both2('density'))}<figcaption>${L('stairDensity')}</figcaption></figure>`;
  s += table(
    [L('stair'), L('density'), L('maxQueue'), L('worstAt'), L('timeEF')],
    p.base.stairs.map((x) => [
      esc(x.id),
      String(x.maxDensity),
      String(x.maxQueue),
      esc(x.maxQueueStorey ?? '-'),
      minSec(x.timeAtFruinEF),
    ]),
  );
  const w = r.water;
  s += `<h3>${L('water')}</h3>`;
  if (w && w.ladder.length > 0) {
    const states = w.states;
    const storeys = [...w.hydrantStoreys].reverse();
    const cell = new Map(w.ladder.map((c) => [`${c.fireStorey}|${c.state}`, c]));
    s += `<p>${L('legend')}</p>`;
    s += table(
      [L('fireStorey'), ...states.map((x) => bi(x.label))],
      storeys.map((st) => [
        esc(st) + (st === w.fireStorey ? ' 🔥' : ''),
        ...states.map((x) => {
          const c = cell.get(`${st}|${x.id}`);
          if (!c) return '';
          const mark = c.ok ? '✓' : c.effective ? 'j' : '✗';
          return `<span class="${c.ok ? 'ok' : 'fail'}">${mark} ${mpa(c.outletPressure)}</span>`;
        }),
      ]),
      'ladder',
    );
    s += table(
      ['', L('highestAdequate')],
      states.map((x) => [bi(x.label), esc(x.highestAdequateStorey ?? '-')]),
    );
  }
  if (w) s += `<h4>${L('checks')}</h4>` + checkTable(w.checks);
  s += `<h3>${L('trucks')}</h3><figure>${accessMap(inp.building, r, inp.groundOutline)}<figcaption>${L('map')}</figcaption></figure>`;
  s += table(
    [L('vehicle'), L('via'), L('arrival'), L('blocked')],
    r.access.vehicles.map((v) => [
      esc(v.id),
      esc(v.best?.entrance ?? '-'),
      v.best ? minSec(v.best.arrivalTime) : '-',
      esc([...new Set(v.blocked.flatMap((b) => b.blockedBy))].join(', ') || '-'),
    ]),
  );
  s += `<p>${L('canopy')}: ${Math.round(r.access.canopy.share * 100)} % ${bi(both(`(${r.access.canopy.riskClass} risk)`, `（${riskZh(r.access.canopy.riskClass)}风险）`))}</p>`;
  s += `<h4>${L('checks')}</h4>` + checkTable(r.access.checks);
  s += `<h3>${L('plan')}</h3>`;
  s += table(
    [L('time'), L('event'), L('subject'), L('note')],
    plan.map((row) => [minSec(row.time), bi(EVENT[row.event]), esc(row.subject), bi(row.note)]),
  );
  s += `<h4>${L('seeds')}</h4><p class="seeds">${p.perRun.map((x, i) => `#${i + 1}: ${x.seed} (${minSec(x.rset)}${x.smokeStair ? `, ${esc(x.smokeStair)} ✗` : ''})`).join(' · ')}</p>`;
  return s + '</section>';
}

function checkTable(
  checks: readonly { clause: string; ok: boolean; verified: boolean; text: Bilingual }[],
): string {
  return table(
    [L('clause'), L('result'), L('message')],
    checks.map((c) => [
      esc(c.clause) + (c.verified ? '' : ` <small>(${L('unverified')})</small>`),
      `<span class="${c.ok ? 'ok' : 'fail'}">${c.ok ? L('pass') : L('failShort')}</span>`,
      bi(c.text),
    ]),
    'checks',
  );
}

const ASSUMPTIONS: Bilingual[] = [
  both(
    'Evacuation: sim-core/evacuation agent model (collision-free speed model, SFPE stair lanes, IMO door/stair flow caps); see docs/evacuation.md. Firefighters climb against the flow, fire lifts carry mobility-impaired occupants where the scenario says so, smoke slows walkers and doses them (Purser FED); fire growth and smoke spread are not modelled (smoke is given by the scenario).',
    '疏散：sim-core/evacuation 个体模型（无碰撞速度模型、SFPE 楼梯通道、IMO 门/楼梯流量上限），见 docs/evacuation.md。消防员逆流登高；场景指定时消防电梯运送行动不便者；烟气使步行减速并累计剂量（Purser FED）；不模拟火灾发展和烟气蔓延（烟气由场景给定）。',
  ),
  both(
    'Monte Carlo: each run has its own seed (derived from the base seed), which redraws positions, profiles, walking speeds and pre-movement: every run is a new population. Scenario variants are not varied.',
    '蒙特卡洛：每次模拟使用由基准种子派生的独立种子，重新抽取人员位置、类型、步行速度和疏散准备时间（每次都是新的人员样本）。场景本身不变。',
  ),
  both(
    'Water: sim-core/water with EPANET (epanet-js); GB 50974-2014 thresholds, some marked UNVERIFIED in the tables. The pumper supply state has building pumps off and tanks empty.',
    '供水：sim-core/water，基于 EPANET（epanet-js）；GB 50974-2014 限值，表中注明部分未核实。消防车供水状态假定建筑水泵停运、水箱无水。',
  ),
  both(
    'Access: sim-core/access hybrid A* planner with Rapier collision checks; arrival = station travel + on-site driving + reversals + set-up (typical values, UNVERIFIED).',
    '通行：sim-core/access 混合 A* 路径规划，Rapier 碰撞检测；到达时间 = 出警行驶 + 场内行驶 + 换向 + 架设（典型值，未核实）。',
  ),
];

export function renderReport(inp: ReportInput): string {
  const sm = inp.summary;
  const top = sm.storeys[sm.storeys.length - 1];
  const head = table(
    [L('building'), L('storeys'), L('height'), L('occupants'), L('stairs'), L('hydrants')],
    [
      [
        esc(sm.name),
        String(sm.storeys.length),
        `${sm.classification.height.toFixed(1)} m`,
        String(sm.occupants),
        esc(sm.stairs.map((s) => s.id).join(', ')),
        String(sm.hydrants),
      ],
    ],
  );
  void top;
  const versions = table(
    ['', ''],
    [
      ['Lifeline', esc(inp.versions.lifeline)],
      ['EPANET (epanet-js)', esc(inp.versions.epanet)],
      [bi(both('runtime', '运行环境')), esc(inp.versions.runtime)],
      [bi(both('engines', '引擎')), 'sim-core/evacuation (agent), sim-core/water, sim-core/access'],
      [bi(both('file', '文件')), esc(inp.file)],
      [bi(both('generated', '生成时间')), esc(inp.generated)],
    ],
  );
  const body =
    `<header><h1>${L('title')} — ${esc(sm.name)}</h1>` +
    `<div class="toggle no-print"><button data-lang="en">English</button><button data-lang="zh-CN">中文</button><button data-lang="both">中文 + English</button></div></header>` +
    `<section><h2>${L('building')}</h2>${head}</section>` +
    inp.results.map((r, i) => scenarioSection(inp, r, inp.plans[i] ?? [])).join('') +
    `<section><h2>${L('assumptions')}</h2><ul>${ASSUMPTIONS.map((a) => `<li>${bi(a)}</li>`).join('')}</ul>${versions}</section>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(sm.name)} — Lifeline drill report / 演练报告</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222;max-width:1100px}
table{border-collapse:collapse;margin:8px 0;font-size:12px}th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;vertical-align:top}
.ok{color:#1e8449}.fail{color:#b03a2e}.verdicts li{margin:4px 0}.ladder td{white-space:nowrap;font-family:monospace}
figure{margin:8px 0}figcaption{font-size:12px;color:#555}.seeds{font-family:monospace;font-size:11px}
body.lang-en [lang="zh-CN"]{display:none}body.lang-zh-CN [lang="en"]{display:none}
body.lang-both span[lang="zh-CN"]::before{content:" / "}
@media print{.no-print{display:none}section.scenario{page-break-before:always}}
</style></head>
<body class="lang-both">${body}
<script>
for (const b of document.querySelectorAll('.toggle button'))
  b.addEventListener('click', () => { document.body.className = 'lang-' + b.dataset.lang; });
</script>
</body></html>
`;
}
