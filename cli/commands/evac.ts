/**
 * `lifeline evac FILE [--scenario ID] [--seed N] [--mode agent|sfpe] [--dt S] [--experimental]
 * [--fire-lifts] [--trajectories OUT.bin [--trajectory-interval S]] [--json]`:
 * runs the evacuation engine (sim-core/evacuation) on a building, optionally with one of its
 * scenarios applied. Text output: RSET in min:s, counts, exits, stairs; `--json` prints one document
 * in the shape of issue 3 (times in seconds). Exit 0 when the run completed (trapped people are a
 * result), 1 for an invalid model or a run that hit its time limit, 2 for an unreadable file or a
 * usage error (unknown scenario or mode, bad seed). `--mode sfpe` runs the SFPE/IMO hydraulic mode
 * (sim-core/evacuation/hydraulic; `--dt` and `--experimental` do not apply to it; `--trajectories`
 * and timed closures are agent-mode only). Fire lifts: mobility-impaired occupants use them when the
 * scenario says so (`fireLifts`: true or a list of lift ids) or with `--fire-lifts` (every usable
 * fire lift, whatever the scenario says); both modes. Scenario smoke (`smoke` changes) slows and
 * doses people in both modes; `--json` adds `incapacitated` and per agent `fed` / `incapacitatedAt`.
 * `--trajectories`: positions every S s (default 1) written atomically in the binary layout
 * of sim-core/evacuation/record/trajectory-file.ts.
 */
import type { RegisterCommand } from '../command-context.ts';
import type { Locale } from '../../models/validation/issue.ts';
import {
  applyScenario,
  scenarioClosures,
  scenarioFireLifts,
  scenarioSmoke,
  ScenarioError,
} from '../../models/scenario/apply-scenario.ts';
import { formatMinSec, seconds } from '../../models/units.ts';
import {
  runEvacuation,
  type EvacuationResult,
  type FirefighterGroupSpec,
  type SmokeSpec,
} from '../../sim-core/evacuation/index.ts';
import { runHydraulic } from '../../sim-core/evacuation/hydraulic/index.ts';
import { encodeTrajectories } from '../../sim-core/evacuation/record/trajectory-file.ts';
import { writeFileAtomic } from '../../node/atomic-write.ts';
import { EXIT, type CliIo } from '../io.ts';
import { loadBuilding } from '../load-file.ts';

export interface EvacOptions {
  scenario?: string;
  seed?: string;
  mode: string;
  dt?: string;
  experimental: boolean;
  json: boolean;
  lang: Locale;
  fireLifts?: boolean;
  /** Trajectory file to write. */
  trajectories?: string;
  trajectoryInterval?: string;
}

const say = (lang: Locale, en: string, zh: string): string => (lang === 'zh-CN' ? zh : en);

function usage(io: CliIo, lang: Locale, en: string, zh: string): number {
  io.err(`lifeline evac: ${say(lang, en, zh)}`);
  return EXIT.usage;
}

export async function evacCommand(file: string, opts: EvacOptions, io: CliIo): Promise<number> {
  const lang = opts.lang;
  if (opts.mode !== 'agent' && opts.mode !== 'sfpe') {
    return usage(
      io,
      lang,
      `unknown --mode "${opts.mode}" (agent or sfpe)`,
      `未知的 --mode “${opts.mode}”（agent 或 sfpe）`,
    );
  }
  const seedText = opts.seed;
  if (seedText !== undefined && !/^\d+$/.test(seedText))
    return usage(
      io,
      lang,
      `--seed must be a non-negative integer, not "${seedText}"`,
      `--seed 必须是非负整数，而不是“${seedText}”`,
    );
  let dt: number | undefined;
  if (opts.dt !== undefined) {
    dt = Number(opts.dt);
    if (!(dt >= 0.01 && dt <= 0.1))
      return usage(
        io,
        lang,
        `--dt must be between 0.01 and 0.1 s, not "${opts.dt}"`,
        `--dt 必须在 0.01 到 0.1 秒之间，而不是“${opts.dt}”`,
      );
  }
  let interval = 1;
  if (opts.trajectoryInterval !== undefined) {
    interval = Number(opts.trajectoryInterval);
    if (!(interval > 0 && interval <= 60))
      return usage(
        io,
        lang,
        `--trajectory-interval must be between 0 and 60 s, not "${opts.trajectoryInterval}"`,
        `--trajectory-interval 必须在 0 到 60 秒之间，而不是“${opts.trajectoryInterval}”`,
      );
  }
  if (opts.mode === 'sfpe' && opts.trajectories !== undefined)
    return usage(
      io,
      lang,
      '--trajectories needs --mode agent (the hydraulic mode has no positions)',
      '--trajectories 需要 --mode agent（水力模式没有位置）',
    );
  const loaded = await loadBuilding(file, lang, io);
  if (typeof loaded === 'number') return loaded;
  let b = loaded;
  let seed = seedText !== undefined ? Number(seedText) : undefined;
  let maxTime: number | undefined;
  let firefighters: FirefighterGroupSpec[] | undefined;
  let closures: { id: string; at: number }[] = [];
  let fireLifts: true | string[] | undefined;
  let smoke: SmokeSpec[] = [];
  if (opts.scenario !== undefined) {
    const k = (b.scenarios ?? []).findIndex((s) => s.id === opts.scenario);
    const ids = (b.scenarios ?? []).map((s) => s.id).join(', ') || '-';
    if (k < 0)
      return usage(
        io,
        lang,
        `there is no scenario "${opts.scenario}" in ${file} (scenarios: ${ids})`,
        `${file} 中没有场景“${opts.scenario}”（场景：${ids}）`,
      );
    const sc = b.scenarios![k]!;
    try {
      b = applyScenario(b, sc);
    } catch (e) {
      if (e instanceof ScenarioError) {
        io.err(`/scenarios/${k}${e.path}: ${lang === 'zh-CN' ? e.zh : e.en}`);
        return EXIT.invalid;
      }
      throw e;
    }
    seed ??= sc.seed;
    maxTime = sc.duration;
    firefighters = sc.firefighters;
    closures = scenarioClosures(sc);
    fireLifts = scenarioFireLifts(sc);
    smoke = scenarioSmoke(sc);
  }
  // The flag turns every usable fire lift on, whatever the scenario says.
  if (opts.fireLifts) fireLifts = true;
  // Timed blocks (`{ "block": id, "at": s }`) are events during a run; the hydraulic mode's flows are
  // allocated once at the start and cannot re-route, so it refuses them rather than ignore them.
  if (opts.mode === 'sfpe' && closures.length > 0)
    return usage(
      io,
      lang,
      `scenario "${opts.scenario}" closes ${closures.map((c) => `${c.id} at ${c.at} s`).join(', ')} during the run; the sfpe mode cannot re-route (use --mode agent)`,
      `场景“${opts.scenario}”在疏散过程中关闭 ${closures.map((c) => `${c.id}（${c.at} 秒）`).join('、')}；sfpe 模式无法重新选择路线（请使用 --mode agent）`,
    );
  const result: EvacuationResult =
    opts.mode === 'sfpe'
      ? runHydraulic(b, {
          seed: seed ?? 1,
          ...(maxTime !== undefined ? { maxTime } : {}),
          ...(firefighters ? { firefighters } : {}),
          ...(fireLifts ? { useFireLifts: fireLifts } : {}),
          ...(smoke.length > 0 ? { smoke } : {}),
        })
      : runEvacuation(b, {
          seed: seed ?? 1,
          ...(dt !== undefined ? { dt } : {}),
          limiter: !opts.experimental,
          ...(maxTime !== undefined ? { maxTime } : {}),
          ...(firefighters ? { firefighters } : {}),
          ...(closures.length > 0 ? { closures } : {}),
          ...(fireLifts ? { useFireLifts: fireLifts } : {}),
          ...(smoke.length > 0 ? { smoke } : {}),
          ...(opts.trajectories !== undefined ? { record: { interval, densityMaps: false } } : {}),
        });
  if (opts.trajectories !== undefined && result.trajectories) {
    const bytes = encodeTrajectories(
      result.trajectories,
      result.agents.map((p) => p.id),
    );
    try {
      await writeFileAtomic(opts.trajectories, bytes);
    } catch (e) {
      io.err(
        `lifeline evac: ${say(lang, `cannot write ${opts.trajectories}`, `无法写入 ${opts.trajectories}`)}: ${(e as Error).message}`,
      );
      return EXIT.unreadable;
    }
    if (!opts.json)
      io.out(
        say(
          lang,
          `trajectories: ${result.trajectories.frames.length} frames × ${result.trajectories.agents} persons every ${result.trajectories.interval} s → ${opts.trajectories}`,
          `轨迹：${result.trajectories.frames.length} 帧 × ${result.trajectories.agents} 人，每 ${result.trajectories.interval} 秒 → ${opts.trajectories}`,
        ),
      );
  }
  if (opts.json) io.out(JSON.stringify(jsonDocument(result, closures), null, 2));
  else {
    printText(result, io, lang);
    for (const c of closures)
      io.out(
        say(
          lang,
          `  closed during the run: ${c.id} at ${formatMinSec(seconds(c.at))}`,
          `  疏散过程中关闭：${c.id}（${formatMinSec(seconds(c.at))}）`,
        ),
      );
  }
  return result.status === 'complete' ? EXIT.ok : EXIT.invalid;
}

/** The issue's JSON shape (plus status, remaining, the scenario's closures and a few per-stair / per-agent extras). */
function jsonDocument(r: EvacuationResult, closures: readonly { id: string; at: number }[]): object {
  return {
    status: r.status,
    evacuationTime: r.evacuationTime,
    occupants: r.occupants,
    evacuated: r.evacuated,
    trapped: r.trapped,
    // Overcome by scenario smoke (FED ≥ 1); per agent `fed` and `incapacitatedAt` when there is smoke.
    incapacitated: r.incapacitated ?? 0,
    ...(r.incapacitatedBy ? { incapacitatedBy: r.incapacitatedBy } : {}),
    remaining: r.remaining,
    mode: r.mode,
    seed: r.seed,
    dt: r.dt,
    limiter: r.limiter,
    exits: r.exits,
    storeys: r.storeys,
    stairs: r.stairs,
    curve: r.curve,
    firefighters: r.firefighters,
    ...(closures.length > 0 ? { closures } : {}),
    ...(r.lifts ? { lifts: r.lifts } : {}),
    trappedBySpace: r.trappedBySpace,
    agents: r.agents,
  };
}

function printText(r: EvacuationResult, io: CliIo, lang: Locale): void {
  const t = (v: number | null): string => (v === null ? '--:--' : formatMinSec(seconds(v)));
  if (r.status === 'timeout')
    io.out(
      say(
        lang,
        `TIMEOUT at ${t(r.endTime)}: ${r.remaining} of ${r.occupants} still inside`,
        `超时（${t(r.endTime)}）：${r.occupants} 人中仍有 ${r.remaining} 人在楼内`,
      ),
    );
  io.out(
    say(
      lang,
      `RSET ${t(r.evacuationTime)} (${r.evacuationTime ?? '-'} s): ${r.evacuated} of ${r.occupants} safe, ${r.trapped} trapped${r.incapacitated ? `, ${r.incapacitated} incapacitated by smoke` : ''} (mode ${r.mode}, seed ${r.seed})`,
      `疏散时间 ${t(r.evacuationTime)}（${r.evacuationTime ?? '-'} 秒）：${r.occupants} 人中 ${r.evacuated} 人安全，${r.trapped} 人被困${r.incapacitated ? `，${r.incapacitated} 人因烟气失能` : ''}（模式 ${r.mode}，种子 ${r.seed}）`,
    ),
  );
  for (const s of r.incapacitatedBy ?? [])
    io.out(
      say(
        lang,
        `  incapacitated by smoke: ${s.count} ${s.kind === 'stair' ? `on stair ${s.place}` : `in ${s.place}`}`,
        `  烟气致失能：${s.kind === 'stair' ? `楼梯 ${s.place}` : s.place} ${s.count} 人`,
      ),
    );
  for (const s of r.trappedBySpace)
    io.out(
      say(
        lang,
        `  trapped: ${s.count} in ${s.space} (${s.path})`,
        `  被困：${s.space}（${s.path}）${s.count} 人`,
      ),
    );
  for (const e of r.exits.filter((x) => x.count > 0))
    io.out(
      say(
        lang,
        `  exit ${e.id}: ${e.count} persons, ${t(e.firstTime)}–${t(e.lastTime)}${e.flow !== null ? `, ${e.flow} p/s` : ''}`,
        `  出口 ${e.id}：${e.count} 人，${t(e.firstTime)}–${t(e.lastTime)}${e.flow !== null ? `，${e.flow} 人/秒` : ''}`,
      ),
    );
  for (const s of r.stairs.filter((x) => x.maxDensity > 0 || x.maxQueue > 0))
    io.out(
      say(
        lang,
        `  stair ${s.id}: max density ${s.maxDensity} p/m², max queue ${s.maxQueue}${s.maxQueueStorey ? ` (worst at ${s.maxQueueStorey})` : ''}, ${s.timeAtFruinEF} s at Fruin E–F${typeof s.jamStart === 'number' ? `; jams at ${s.jamStorey ?? '?'} from ${t(s.jamStart)}` : ''}`,
        `  楼梯 ${s.id}：最大密度 ${s.maxDensity} 人/m²，最大排队 ${s.maxQueue} 人${s.maxQueueStorey ? `（最严重在 ${s.maxQueueStorey}）` : ''}，Fruin E–F 级 ${s.timeAtFruinEF} 秒${typeof s.jamStart === 'number' ? `；${t(s.jamStart)} 起在 ${s.jamStorey ?? '?'} 拥堵` : ''}`,
      ),
    );
  for (const l of r.lifts ?? [])
    io.out(
      say(
        lang,
        `  fire lift ${l.id}: ${l.trips} trips, ${l.carried} persons carried${l.lastArrival !== null ? `, last arrival ${t(l.lastArrival)}` : ''}${l.waiting > 0 ? `, ${l.waiting} still waiting` : ''}`,
        `  消防电梯 ${l.id}：${l.trips} 趟，运送 ${l.carried} 人${l.lastArrival !== null ? `，最后到达 ${t(l.lastArrival)}` : ''}${l.waiting > 0 ? `，仍有 ${l.waiting} 人等候` : ''}`,
      ),
    );
  for (const f of r.firefighters)
    io.out(
      say(
        lang,
        `  firefighters #${f.group + 1}${f.to ? ` to ${f.to}` : ''}: ${f.arrivalTime === null ? 'not arrived' : `arrive ${t(f.arrivalTime)}`}${f.delay !== undefined && f.delay !== null ? `, ${f.delay} s later than on an empty stair` : ''}`,
        `  消防员第 ${f.group + 1} 组${f.to ? `（至 ${f.to}）` : ''}：${f.arrivalTime === null ? '未到达' : `到达 ${t(f.arrivalTime)}`}${f.delay !== undefined && f.delay !== null ? `，比空楼梯晚 ${f.delay} 秒` : ''}`,
      ),
    );
}

export const registerEvac: RegisterCommand = (program, ctx) => {
  program
    .command('evac')
    .description(
      'run the evacuation engine on a building; exit 0 done, 1 invalid or timed out, 2 unreadable/usage',
    )
    .argument('<file>', 'building JSON file')
    .option('--scenario <id>', 'apply this scenario of the file first')
    .option('--seed <n>', 'random seed (default: the scenario seed, else 1)')
    .option('--mode <mode>', 'agent (default) or sfpe (SFPE/IMO hydraulic flow model)', 'agent')
    .option('--dt <s>', 'time step in seconds (0.01–0.1, default 0.1)')
    .option('--experimental', 'no door/stair flow limiter (research mode)')
    .option('--fire-lifts', 'mobility-impaired occupants use every usable fire lift (overrides the scenario)')
    .option('--trajectories <file>', 'write the positions to this binary file (agent mode)')
    .option('--trajectory-interval <s>', 'seconds between trajectory frames (default 1)')
    .option('--json', 'print one JSON document (times in seconds)')
    .action(
      async (
        file: string,
        o: {
          scenario?: string;
          seed?: string;
          mode: string;
          dt?: string;
          experimental?: boolean;
          json?: boolean;
          fireLifts?: boolean;
          trajectories?: string;
          trajectoryInterval?: string;
        },
      ) => {
        ctx.setExitCode(
          await evacCommand(
            file,
            {
              ...(o.scenario !== undefined ? { scenario: o.scenario } : {}),
              ...(o.seed !== undefined ? { seed: o.seed } : {}),
              ...(o.dt !== undefined ? { dt: o.dt } : {}),
              mode: o.mode,
              experimental: o.experimental === true,
              json: o.json === true,
              fireLifts: o.fireLifts === true,
              ...(o.trajectories !== undefined ? { trajectories: o.trajectories } : {}),
              ...(o.trajectoryInterval !== undefined ? { trajectoryInterval: o.trajectoryInterval } : {}),
              lang: ctx.lang(),
            },
            ctx.io,
          ),
        );
      },
    );
};
