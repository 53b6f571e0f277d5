/**
 * `lifeline access FILE [--scenario ID] [--vehicle ID] [--json]`: can the fire appliances get from
 * the site entrances to the rescue sites and pump inlets; if not, which obstacles must go.
 * Exit 0 when the analysis ran (whatever it found), 1 for an invalid file or an unknown scenario or
 * vehicle, 2 for an unreadable file.
 */
import type { RegisterCommand } from '../command-context.ts';
import { type Locale } from '../../models/validation/issue.ts';
import { applyScenario, findScenario, ScenarioError } from '../../models/scenario/apply-scenario.ts';
import { formatMinSec, seconds } from '../../models/units.ts';
import { EXIT, type CliIo } from '../io.ts';
import { loadBuilding } from '../load-file.ts';
import { loadRapier } from '../../sim-core/access/rapier.ts';
import { analyseAccess, type AccessReport, type VehicleRoute } from '../../sim-core/access/analyse-access.ts';

export interface AccessCommandOptions {
  json: boolean;
  lang: Locale;
  scenario?: string;
  vehicle?: string[];
}

function line(r: VehicleRoute, zh: boolean): string {
  const head = `${r.id} ${r.entrance} → ${r.target}: `;
  if (r.reached) {
    const t = formatMinSec(seconds(r.arrivalTime ?? 0));
    return zh
      ? `${head}可到达，行驶 ${r.length.toFixed(1)} m，倒车换向 ${r.reversals} 次，可开始作业时间 ${t}`
      : `${head}reached, ${r.length.toFixed(1)} m, ${r.reversals} reversal(s), ready at ${t}`;
  }
  const stuck = r.stuckAt ? `[${r.stuckAt.join(', ')}]` : '-';
  const remove = r.removeToPass
    ? r.removeToPass.join(', ') +
      (r.removeToPassMinimal ? '' : zh ? '（未证明最少）' : ' (not proven smallest)')
    : zh
      ? '移除可移动障碍物也无法通过'
      : 'none suffices';
  return zh
    ? `${head}无法到达（${r.outcome}），受阻于 ${stuck}，阻挡物：${r.blockedBy.join(', ') || '-'}；需移除：${remove}`
    : `${head}NOT reached (${r.outcome}), stuck at ${stuck}, blocked by: ${r.blockedBy.join(', ') || '-'}; remove to pass: ${remove}`;
}

function aerialLine(a: AccessReport['aerial'][number], zh: boolean): string {
  // When the outriggers fit nowhere on the site, say so under the line (reach assumes a set-up).
  const pads = a.outriggers?.message ? `\n  ${a.outriggers.message[zh ? 'zh-CN' : 'en']}` : '';
  if (!a.siteReached)
    return zh
      ? `${a.vehicle} @ ${a.site}：无法到达场地，任何楼层均不可达${pads}`
      : `${a.vehicle} @ ${a.site}: cannot get to the site; no storey reachable${pads}`;
  const top = a.highestStorey ?? '-';
  const up = a.unreachableStoreys.length;
  return zh
    ? `${a.vehicle} @ ${a.site}：最高可达楼层 ${top}，可达开口 ${a.reachable.length} 个，不可达楼层 ${up} 个（${a.unreachableStoreys.join(', ')}）${pads}`
    : `${a.vehicle} @ ${a.site}: highest reachable storey ${top}, ${a.reachable.length} openings reachable, ${up} storeys unreachable (${a.unreachableStoreys.join(', ')})${pads}`;
}

export async function accessCommand(file: string, opts: AccessCommandOptions, io: CliIo): Promise<number> {
  const loaded = await loadBuilding(file, opts.lang, io);
  if (typeof loaded === 'number') return loaded;
  let building = loaded;
  let vehicles = opts.vehicle;
  if (opts.scenario !== undefined) {
    const s = findScenario(building, opts.scenario);
    if (!s) {
      io.err(
        `/scenarios: ${opts.lang === 'zh-CN' ? `不存在场景“${opts.scenario}”` : `there is no scenario "${opts.scenario}"`}`,
      );
      return EXIT.invalid;
    }
    try {
      building = applyScenario(building, s);
    } catch (e) {
      if (e instanceof ScenarioError) {
        io.err(`${e.path}: ${opts.lang === 'zh-CN' ? e.zh : e.en}`);
        return EXIT.invalid;
      }
      throw e;
    }
    vehicles ??= s.vehicles;
  }
  const rapier = await loadRapier();
  const report = analyseAccess(rapier, building, vehicles ? { vehicles } : {});
  const unknown = report.problems.filter((p) => p.path === '/vehicles');
  if (unknown.length > 0) {
    for (const p of unknown) io.err(`${p.path}: ${p.message[opts.lang]}`);
    return EXIT.invalid;
  }
  if (opts.json) {
    io.out(
      JSON.stringify(
        {
          vehicles: report.vehicles,
          rescueSites: report.rescueSites,
          openings: report.openings,
          aerial: report.aerial,
          facade: report.facade,
          checks: report.checks,
          problems: report.problems.map((p) => ({ path: p.path, message: p.message[opts.lang] })),
        },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  const zh = opts.lang === 'zh-CN';
  for (const v of report.vehicles) io.out(line(v, zh));
  for (const a of report.aerial) io.out(aerialLine(a, zh));
  const failed = report.checks.filter((c) => !c.ok);
  io.out(
    zh
      ? `规范检查：${report.checks.length} 项，不符合 ${failed.length} 项`
      : `code checks: ${report.checks.length}, failed: ${failed.length}`,
  );
  for (const c of failed)
    io.out(`  ✗ ${c.clause}${c.verified ? '' : ' (UNVERIFIED)'}: ${c.message[opts.lang]}`);
  const f = report.facade;
  io.out(
    zh
      ? `外立面：可燃雨棚占比 ${(f.canopyShare * 100).toFixed(0)}%（风险 ${f.riskClass}），无逃生口的外凸防盗网 ${f.netsWithoutHatch} 处`
      : `facade: combustible canopies ${(f.canopyShare * 100).toFixed(0)} % (risk ${f.riskClass}), protruding nets without hatch: ${f.netsWithoutHatch}`,
  );
  for (const s of f.bySide)
    io.out(
      zh
        ? `  ${s.side} 面：开口 ${s.openings} 个，可燃雨棚 ${(s.canopyShare * 100).toFixed(0)}%（${s.riskClass}），无逃生口防盗网 ${s.netsWithoutHatch}`
        : `  side ${s.side}: ${s.openings} openings, combustible canopies ${(s.canopyShare * 100).toFixed(0)} % (${s.riskClass}), nets without hatch ${s.netsWithoutHatch}`,
    );
  for (const p of report.problems) io.err(`${p.path}: ${p.message[opts.lang]}`);
  return EXIT.ok;
}

export const registerAccess: RegisterCommand = (program, ctx) => {
  program
    .command('access')
    .description(
      'fire-appliance access: routes from the gates to rescue sites and pump inlets, blocking obstacles',
    )
    .argument('<file>', 'building JSON file')
    .option('--scenario <id>', 'apply this scenario of the file first')
    .option(
      '--vehicle <id...>',
      "vehicle ids (default: the scenario's, the file's, else the default pumper and aerial)",
    )
    .option('--json', 'print one JSON document')
    .action(async (file: string, o: { json?: boolean; scenario?: string; vehicle?: string[] }) => {
      const opts: AccessCommandOptions = { json: o.json === true, lang: ctx.lang() };
      if (o.scenario !== undefined) opts.scenario = o.scenario;
      if (o.vehicle !== undefined) opts.vehicle = o.vehicle;
      ctx.setExitCode(await accessCommand(file, opts, ctx.io));
    });
};
