/**
 * `lifeline water FILE [--scenario ID|FILE] [--fire-storey ID] [--jockey-only] [--supply VEHICLE
 * --hose-length m --hose-diameter m --inlet ID] [--relay VEHICLE --relay-hose-length m
 * --relay-hose-diameter m] [--sweep] [--json]`: the fire-water engine
 * (sim-core/water). Text in en or zh-CN; `--json` prints one document in SI units. Exit 0 when the
 * analysis ran (whatever it found), 1 for invalid input, 2 for an unreadable file or usage error.
 */
import type { RegisterCommand } from '../command-context.ts';
import type { LocalizedText, Locale } from '../../models/validation/issue.ts';
import { validateBuilding } from '../../models/load/load-building.ts';
import type { Scenario } from '../../models/schema/scenario.ts';
import { readUserFile } from '../../node/read-file.ts';
import { applyScenario, findScenario, ScenarioError } from '../../models/scenario/apply-scenario.ts';
import type { Building } from '../../models/schema/building.ts';
import {
  analyseWater,
  WaterInputError,
  type RelayOptions,
  type WaterAnalysis,
  type WaterOptions,
} from '../../sim-core/water/index.ts';
import { EXIT, type CliIo } from '../io.ts';
import { loadBuilding } from '../load-file.ts';

export interface WaterCommandOptions {
  scenario?: string;
  fireStorey?: string;
  jockeyOnly?: boolean;
  supply?: string;
  hoseLength?: string;
  hoseDiameter?: string;
  inlet?: string;
  relay?: string;
  relayHoseLength?: string;
  relayHoseDiameter?: string;
  sweep?: boolean;
  json?: boolean;
}

const mpa = (pa: number): string => (pa / 1e6).toFixed(3);
const lps = (q: number): string => (q * 1000).toFixed(2);

function positive(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0)
    throw new WaterInputError(
      `${name} must be a number > 0, not "${v}"`,
      `${name} 必须是大于 0 的数，实际为“${v}”`,
    );
  return n;
}

function toJson(r: WaterAnalysis, lang: Locale): object {
  return {
    fireStorey: r.fireStorey,
    solved: r.solved,
    hydrants: r.hydrants.map((h) => ({
      id: h.id,
      storey: h.storey,
      flowing: h.flowing,
      dry: h.dry,
      outletPressure: h.outletPressure,
      nozzlePressure: h.nozzlePressure,
      flow: h.flow,
      jet: h.jet,
      ok: h.ok,
      okClause: h.okClause,
      overPressure: h.overPressure,
      needsReduction: h.needsReduction,
    })),
    pumps: r.pumps,
    tanks: r.tanks,
    ...(r.engine ? { engine: { vehicle: r.vehicle, ...r.engine } } : {}),
    ...(r.supplies
      ? {
          supplies: r.supplies.map((o) => ({
            ...o,
            ratingCheck: {
              ...o.ratingCheck,
              message: o.ratingCheck.message[lang],
              text: o.ratingCheck.message,
            },
          })),
        }
      : {}),
    highestAdequateStorey: r.highestAdequateStorey,
    highestEffectiveStorey: r.highestEffectiveStorey,
    checks: r.checks.map((c) => ({ ...c, message: c.message[lang], text: c.message })),
    warnings: r.notes.map((n) => n[lang]),
    ...(r.sweep
      ? {
          sweepStates: r.sweep.states.map((s) => ({ ...s, label: s.label[lang] })),
          sweep: r.sweep.cells.map((c) => ({
            fireStorey: c.fireStorey,
            scenario: c.state,
            ok: c.ok,
            effective: c.effective,
            outletPressure: c.outletPressure,
            jet: c.jet,
          })),
        }
      : {}),
  };
}

function toText(r: WaterAnalysis, lang: Locale, io: CliIo): void {
  const zh = lang === 'zh-CN';
  io.out(
    r.fireStorey === null
      ? zh
        ? '未指定着火层：静态（无出流）'
        : 'no fire storey: static state (nothing flows)'
      : zh
        ? `着火层 ${r.fireStorey}：出流消火栓`
        : `fire on ${r.fireStorey}: flowing hydrants`,
  );
  for (const h of r.hydrants.filter((x) => x.flowing)) {
    const verdict = h.ok ? (zh ? '满足' : 'ok') : zh ? '不满足' : 'FAILS';
    io.out(
      zh
        ? `  ${h.id}（${h.storey}）栓口 ${mpa(h.outletPressure)} MPa，枪口 ${mpa(h.nozzlePressure)} MPa，${lps(h.flow)} L/s，充实水柱 ${h.jet.toFixed(1)} m：${verdict}${h.dry ? '（无水）' : ''}`
        : `  ${h.id} (${h.storey}) outlet ${mpa(h.outletPressure)} MPa, nozzle ${mpa(h.nozzlePressure)} MPa, ${lps(h.flow)} L/s, jet ${h.jet.toFixed(1)} m: ${verdict}${h.dry ? ' (dry)' : ''}`,
    );
  }
  for (const p of r.pumps)
    io.out(
      zh
        ? `  水泵 ${p.id}：${p.status === 'open' ? '运行' : '停止'}，${lps(p.flow)} L/s，扬程 ${p.head.toFixed(1)} m`
        : `  pump ${p.id}: ${p.status}, ${lps(p.flow)} L/s, head ${p.head.toFixed(1)} m`,
    );
  if (r.engine)
    io.out(
      zh
        ? `  消防车 ${r.vehicle}：${lps(r.engine.flow)} L/s，出口 ${mpa(r.engine.pressure)} MPa`
        : `  fire engine ${r.vehicle}: ${lps(r.engine.flow)} L/s at ${mpa(r.engine.pressure)} MPa`,
    );
  const optionName = {
    inlet: { en: 'one engine via the pump inlet', 'zh-CN': '单车经水泵接合器' },
    relay: { en: 'two engines in relay via the inlet', 'zh-CN': '双车接力经水泵接合器' },
    'stair-lay': { en: 'hose laid up the stairs', 'zh-CN': '沿楼梯铺设水带' },
  } as const;
  if (r.supplies) {
    io.out(
      zh
        ? '消防车供水方式（建筑水泵停运、水箱无水）：'
        : 'fire-engine supply options (building pumps off, tanks empty):',
    );
    for (const o of r.supplies) {
      // The hose / inlet rating check (checks.ts, UNVERIFIED); also listed under the checks.
      const c = o.ratingCheck;
      const rating = c.ok
        ? ''
        : zh
          ? `（超过常见额定压力 PN ${c.limit / 1e6} MPa，未经核实）`
          : ` (above the typical PN ${c.limit / 1e6} MPa rating, UNVERIFIED)`;
      io.out(
        zh
          ? `  ${optionName[o.option][lang]}（${o.vehicles.join(' → ')}）：充实水柱达标最高层 ${o.highestEffectiveStorey ?? '无'}` +
              (o.option === 'stair-lay' ? '' : `，满足 7.4.12 最高层 ${o.highestAdequateStorey ?? '无'}`) +
              `；出口压力 ${mpa(o.enginePressure)} MPa${rating}`
          : `  ${optionName[o.option][lang]} (${o.vehicles.join(' → ')}): highest storey with an effective jet ${o.highestEffectiveStorey ?? 'none'}` +
              (o.option === 'stair-lay' ? '' : `, meeting 7.4.12 ${o.highestAdequateStorey ?? 'none'}`) +
              `; engine discharge ${mpa(o.enginePressure)} MPa${rating}`,
      );
    }
  }
  io.out(
    zh
      ? `满足要求的最高着火层：${r.highestAdequateStorey ?? '无'}（充实水柱达标：${r.highestEffectiveStorey ?? '无'}）`
      : `highest adequate fire storey: ${r.highestAdequateStorey ?? 'none'} (effective jet: ${r.highestEffectiveStorey ?? 'none'})`,
  );
  io.out(zh ? '规范校核：' : 'checks:');
  for (const c of r.checks)
    io.out(
      `  [${c.ok ? (zh ? '通过' : 'pass') : zh ? '不通过' : 'FAIL'}] ${c.clause}${c.verified ? '' : ' (UNVERIFIED)'}: ${c.message[lang]}`,
    );
  for (const n of r.notes) io.out(`${zh ? '警告' : 'warning'}: ${n[lang]}`);
  if (r.sweep) {
    const states = r.sweep.states;
    io.out(
      zh
        ? '压力阶梯（各层着火 × 供水状态；✓ 满足，j 仅水柱达标，✗ 不满足）：'
        : 'pressure ladder (fire storey × supply state; ✓ adequate, j jet only, ✗ fails):',
    );
    io.out(['      ', ...states.map((s) => s.label[lang])].join(' | '));
    const storeys = [...new Set(r.sweep.cells.map((c) => c.fireStorey))].reverse();
    for (const s of storeys) {
      const row = states.map((st) => {
        const c = r.sweep!.cells.find((x) => x.fireStorey === s && x.state === st.id)!;
        return `${c.ok ? '✓' : c.effective ? 'j' : '✗'} ${mpa(c.outletPressure)}`.padEnd(
          st.label[lang].length,
        );
      });
      io.out([s.padEnd(6), ...row].join(' | '));
    }
    for (const st of states)
      io.out(
        zh
          ? `  ${st.label[lang]}：最高满足层 ${st.highestAdequateStorey ?? '无'}`
          : `  ${st.label[lang]}: highest adequate storey ${st.highestAdequateStorey ?? 'none'}`,
      );
  }
}

/** `--scenario` names a file rather than one of the building's scenario ids. */
function looksLikeFile(arg: string): boolean {
  return arg.endsWith('.json') || arg.includes('/') || arg.includes('\\');
}

type ScenarioFile = { ok: true; scenario: Scenario } | { ok: false; code: number; lines: LocalizedText[] };

/**
 * A JSON file holding one scenario object, validated as the building's own scenarios are (schema,
 * references, and the building it yields) by appending it to a copy of the building; errors are
 * reported with paths inside the scenario (`FILE: /changes/0/fail: …`).
 */
async function loadScenarioFile(building: Building, file: string): Promise<ScenarioFile> {
  const read = await readUserFile(file);
  if (!read.ok)
    return {
      ok: false,
      code: EXIT.unreadable,
      lines: [
        { en: `lifeline: ${file} ${read.reason.en}`, 'zh-CN': `lifeline：${file} ${read.reason['zh-CN']}` },
      ],
    };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      code: EXIT.invalid,
      lines: [{ en: `${file}: not valid JSON (${why})`, 'zh-CN': `${file}：不是有效的 JSON（${why}）` }],
    };
  }
  const copy = structuredClone(building);
  const index = (copy.scenarios ?? []).length;
  copy.scenarios = [...(copy.scenarios ?? []), value as Scenario];
  const prefix = `/scenarios/${index}`;
  const errors = validateBuilding(copy, file).errors.filter(
    (e) => e.path === prefix || e.path.startsWith(prefix + '/'),
  );
  if (errors.length > 0)
    return {
      ok: false,
      code: EXIT.invalid,
      lines: errors.map((e) => {
        const path = e.path.slice(prefix.length) || '/';
        return { en: `${file}: ${path}: ${e.text.en}`, 'zh-CN': `${file}：${path}：${e.text['zh-CN']}` };
      }),
    };
  return { ok: true, scenario: value as Scenario };
}

export async function waterCommand(
  file: string,
  opts: WaterCommandOptions,
  lang: Locale,
  io: CliIo,
): Promise<number> {
  const loaded = await loadBuilding(file, lang, io);
  if (typeof loaded === 'number') return loaded;
  try {
    let building: Building = loaded;
    const options: WaterOptions = {};
    if (opts.scenario !== undefined) {
      let scenario = findScenario(building, opts.scenario);
      if (!scenario && looksLikeFile(opts.scenario)) {
        const loaded = await loadScenarioFile(building, opts.scenario);
        if (!loaded.ok) {
          for (const line of loaded.lines) io.err(line[lang]);
          return loaded.code;
        }
        scenario = loaded.scenario;
      }
      if (!scenario)
        throw new WaterInputError(`there is no scenario "${opts.scenario}"`, `不存在场景“${opts.scenario}”`);
      building = applyScenario(building, scenario);
      if (scenario.fire) options.fireStorey = scenario.fire.storey;
      if (scenario.vehicles) options.vehicles = scenario.vehicles;
    }
    if (opts.fireStorey !== undefined) options.fireStorey = opts.fireStorey;
    if (opts.jockeyOnly) options.jockeyOnly = true;
    if (
      opts.supply !== undefined ||
      opts.hoseLength !== undefined ||
      opts.hoseDiameter !== undefined ||
      opts.inlet !== undefined
    ) {
      options.supply = {};
      if (opts.supply !== undefined) options.supply.vehicle = opts.supply;
      const length = positive(opts.hoseLength, '--hose-length');
      const diameter = positive(opts.hoseDiameter, '--hose-diameter');
      if (length !== undefined) options.supply.hoseLength = length;
      if (diameter !== undefined) options.supply.hoseDiameter = diameter;
      if (opts.inlet !== undefined) options.supply.inlet = opts.inlet;
    }
    if (
      opts.relay !== undefined ||
      opts.relayHoseLength !== undefined ||
      opts.relayHoseDiameter !== undefined
    ) {
      options.supply ??= {};
      const relay: RelayOptions = {};
      if (opts.relay !== undefined) relay.vehicle = opts.relay;
      const length = positive(opts.relayHoseLength, '--relay-hose-length');
      const diameter = positive(opts.relayHoseDiameter, '--relay-hose-diameter');
      if (length !== undefined) relay.hoseLength = length;
      if (diameter !== undefined) relay.hoseDiameter = diameter;
      options.supply.relay = relay;
    }
    if (opts.sweep) options.sweep = true;
    const result = await analyseWater(building, options);
    if (opts.json) io.out(JSON.stringify(toJson(result, lang), null, 2));
    else toText(result, lang, io);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof WaterInputError) {
      io.err(`lifeline: ${e.text[lang]}`);
      return EXIT.invalid;
    }
    if (e instanceof ScenarioError) {
      io.err(`/scenarios: ${lang === 'zh-CN' ? e.zh : e.en} (${e.path})`);
      return EXIT.invalid;
    }
    throw e;
  }
}

export const registerWater: RegisterCommand = (program, ctx) => {
  program
    .command('water')
    .description('fire-water hydraulics (EPANET): hydrant pressures, jets, GB 50974 checks, pressure ladder')
    .argument('<file>', 'building JSON file')
    .option(
      '--scenario <id|file>',
      'apply this scenario of the file, or one in a JSON file, first (its fire storey and vehicles too)',
    )
    .option('--fire-storey <id>', 'storey on fire: its hydrants (GB 50974 Table 3.5.2) flow')
    .option('--jockey-only', 'fire pumps not started: jockey pump only')
    .option('--supply <vehicle>', 'a fire engine (vehicle id) pumps into a pump inlet')
    .option('--hose-length <m>', 'hose lay from engine to inlet (m), default 40')
    .option('--hose-diameter <m>', 'hose diameter (m), default 0.08')
    .option('--inlet <id>', 'pump inlet the engine connects to (default: the first)')
    .option('--relay <vehicle>', 'a second engine drafting at ground level feeds the --supply engine (relay)')
    .option('--relay-hose-length <m>', 'hose lay between the two engines (m), default 120')
    .option('--relay-hose-diameter <m>', 'relay hose diameter (m), default 0.08')
    .option('--sweep', 'every storey as fire storey × supply states: the pressure ladder')
    .option('--json', 'print one JSON document (SI units)')
    .action(async (file: string, opts: WaterCommandOptions) => {
      ctx.setExitCode(await waterCommand(file, opts, ctx.lang(), ctx.io));
    });
};
