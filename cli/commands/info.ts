/** `lifeline info FILE`: the building at a glance (see models/metrics/summary.ts). */
import type { RegisterCommand } from '../command-context.ts';
import type { Locale } from '../../models/validation/issue.ts';
import { summarize, type BuildingSummary } from '../../models/metrics/summary.ts';
import { EXIT, type CliIo } from '../io.ts';
import { loadBuilding } from '../load-file.ts';

export async function infoCommand(
  file: string,
  opts: { json: boolean; lang: Locale },
  io: CliIo,
): Promise<number> {
  const loaded = await loadBuilding(file, opts.lang, io);
  if (typeof loaded === 'number') return loaded;
  const s = summarize(loaded);
  if (opts.json) io.out(JSON.stringify(s, null, 2));
  else for (const line of opts.lang === 'zh-CN' ? linesZh(s) : linesEn(s)) io.out(line);
  return EXIT.ok;
}

const m = (v: number): string => v.toFixed(1);
const pct = (v: number): string => `${Math.round(v * 100)} %`;

function classEn(s: BuildingSummary): string {
  const c = s.classification;
  if (!c.highRise) return 'not high-rise';
  return `class ${c.classOne ? 'I' : 'II'} high-rise ${c.residential ? 'residential' : 'public'} (GB 50016 5.1.1)`;
}

function classZh(s: BuildingSummary): string {
  const c = s.classification;
  if (!c.highRise) return '非高层';
  return `${c.classOne ? '一类' : '二类'}高层${c.residential ? '住宅' : '公共建筑'}（GB 50016 第 5.1.1 条）`;
}

function linesEn(s: BuildingSummary): string[] {
  return [
    `${s.name} (${s.use}${s.builtYear ? `, built ${s.builtYear}` : ''})`,
    `Storeys: ${s.storeys.length}, height ${m(s.classification.height)} m, ${classEn(s)}`,
    `Occupants: ${s.occupants}`,
    ...s.storeys
      .filter((x) => x.occupants > 0 || x.refuge)
      .map(
        (x) =>
          `  ${x.name.padEnd(6)} z=${m(x.elevation).padStart(6)} m  ${String(x.occupants).padStart(5)}${x.refuge ? '  refuge' : ''}`,
      ),
    `Stairs: ${s.stairs.length}`,
    ...s.stairs.map(
      (x) =>
        `  ${x.id}: ${x.width} m wide, ${x.enclosure}, ${x.from}–${x.to}${x.scissor ? `, scissor with ${x.scissor}` : ''}`,
    ),
    `Lifts: ${s.elevators.length} (${s.elevators.filter((e) => e.fire).length} fire)`,
    `Exits: ${s.exits.length}`,
    ...s.exits.map((x) => `  ${x.id}: ${x.storey}, ${x.width.toFixed(2)} m`),
    `Hydrants: ${s.hydrants}`,
    `Rescue sites: ${s.rescueSites.length}`,
    ...s.rescueSites.map(
      (x) => `  ${x.id}: ${m(x.area)} m²${x.slope !== undefined ? `, slope ${pct(x.slope)}` : ''}`,
    ),
    `Facade: ${s.facade.openings} openings, combustible canopies ${pct(s.facade.combustibleCanopyShare)} of units, ${s.facade.trappingNets} protruding nets without a hatch`,
    `Scenarios: ${s.scenarios.join(', ') || 'none'}`,
  ];
}

function linesZh(s: BuildingSummary): string[] {
  return [
    `${s.name}（${s.use}${s.builtYear ? `，${s.builtYear} 年建成` : ''}）`,
    `楼层：${s.storeys.length} 层，高 ${m(s.classification.height)} m，${classZh(s)}`,
    `人数：${s.occupants}`,
    ...s.storeys
      .filter((x) => x.occupants > 0 || x.refuge)
      .map(
        (x) =>
          `  ${x.name.padEnd(6)} 标高 ${m(x.elevation).padStart(6)} m  ${String(x.occupants).padStart(5)} 人${x.refuge ? '  避难层' : ''}`,
      ),
    `疏散楼梯：${s.stairs.length} 部`,
    ...s.stairs.map(
      (x) =>
        `  ${x.id}：宽 ${x.width} m，${x.enclosure}，${x.from}–${x.to}${x.scissor ? `，与 ${x.scissor} 组成剪刀梯` : ''}`,
    ),
    `电梯：${s.elevators.length} 部（消防电梯 ${s.elevators.filter((e) => e.fire).length} 部）`,
    `安全出口：${s.exits.length} 个`,
    ...s.exits.map((x) => `  ${x.id}：${x.storey}，${x.width.toFixed(2)} m`),
    `室内消火栓：${s.hydrants} 个`,
    `消防车登高操作场地：${s.rescueSites.length} 处`,
    ...s.rescueSites.map(
      (x) => `  ${x.id}：${m(x.area)} m²${x.slope !== undefined ? `，坡度 ${pct(x.slope)}` : ''}`,
    ),
    `外立面：${s.facade.openings} 个洞口，${pct(s.facade.combustibleCanopyShare)} 的住户有可燃雨棚，${s.facade.trappingNets} 个外凸防盗网无逃生口`,
    `场景：${s.scenarios.join('、') || '无'}`,
  ];
}

export const registerInfo: RegisterCommand = (program, ctx) => {
  program
    .command('info')
    .description('storeys, height, occupants by storey, stairs, exits, hydrants, rescue sites, canopy share')
    .argument('<file>', 'building JSON file')
    .option('--json', 'print the summary as one JSON document')
    .action(async (file: string, opts: { json?: boolean }) => {
      ctx.setExitCode(await infoCommand(file, { json: opts.json === true, lang: ctx.lang() }, ctx.io));
    });
};
