/**
 * The water engine's one call: a building (a scenario already applied with applyScenario) and what
 * to ask → per-hydrant results for the fire storey, pumps, tanks, the GB 50974 checks, and
 * optionally the sweep (the pressure ladder). With no fire storey nothing flows: the static state.
 */
import type { Building } from '../../models/schema/building.ts';
import type { LocalizedText } from '../../models/validation/issue.ts';
import type { Workspace } from './epanet-engine.ts';
import { loadEpanet } from './epanet-engine.ts';
import {
  dynamicMaximumCheck,
  dynamicMinimumCheck,
  inletCheck,
  pressureRatingCheck,
  staticPressureCheck,
  tankVolumeCheck,
  workingPressureCheck,
  zoningCheck,
  type Check,
} from './checks.ts';
import { highestPassing, hydrantStoreys, ladder, ladderStates, type LadderCell } from './ladder.ts';
import { WaterModel, type CaseResult, type SupplyState } from './model.ts';
import type { EngineConnection } from './network.ts';
import { stairLay } from './stair-lay.ts';
import { resolveSupply, type SupplyOptions, type SupplyResolution } from './supply.ts';

export interface WaterOptions {
  fireStorey?: string;
  /** Jockey pump only: fire and booster pumps not yet started. */
  jockeyOnly?: boolean;
  /** Connect a fire engine at a pump inlet (building pumps stay as they are). */
  supply?: SupplyOptions;
  /** Vehicle ids of the scenario, to pick the engine from. */
  vehicles?: readonly string[];
  sweep?: boolean;
}

/** One way a fire engine can get water up, and how high it reaches (building pumps off, tanks empty). */
export interface SupplyOptionResult {
  option: 'inlet' | 'relay' | 'stair-lay';
  /** Vehicles, pumping order (the relay engine first). */
  vehicles: string[];
  /** Highest storey whose flowing hydrants (or the stair lay's nozzle) give the required solid jet. */
  highestEffectiveStorey: string | null;
  /** Also meeting 7.4.12's outlet minimum; null for the stair lay (no hydrant outlet). */
  highestAdequateStorey: string | null;
  /** Pa at the (last) engine's discharge with the fire on the highest storey tried. */
  enginePressure: number;
  /** The hose / pump-inlet pressure rating against the highest engine discharge (checks.ts; UNVERIFIED). */
  ratingCheck: Check;
}

export interface WaterAnalysis extends CaseResult {
  fireStorey: string | null;
  /** Highest fire storey whose flowing hydrants meet 7.4.12's minimum, in the current state. */
  highestAdequateStorey: string | null;
  /** Highest fire storey whose flowing hydrants give the required solid jet, in the current state. */
  highestEffectiveStorey: string | null;
  checks: Check[];
  notes: LocalizedText[];
  vehicle?: string;
  /** With a supply: the inlet, relay (if asked) and stair-lay options side by side. */
  supplies?: SupplyOptionResult[];
  sweep?: {
    states: {
      id: string;
      label: LocalizedText;
      highestAdequateStorey: string | null;
      highestEffectiveStorey: string | null;
    }[];
    cells: LadderCell[];
  };
}

export class WaterInputError extends Error {
  readonly text: LocalizedText;
  constructor(en: string, zh: string) {
    super(en);
    this.text = { en, 'zh-CN': zh };
  }
}

const WARNING_TEXT: Record<number, LocalizedText> = {
  1: { en: 'system hydraulically unbalanced', 'zh-CN': '系统水力不平衡' },
  2: { en: 'system may be hydraulically unstable', 'zh-CN': '系统水力可能不稳定' },
  3: { en: 'system disconnected', 'zh-CN': '系统不连通' },
  4: { en: 'pumps cannot deliver enough flow or head', 'zh-CN': '水泵无法提供足够的流量或扬程' },
  5: { en: 'valves cannot deliver enough flow', 'zh-CN': '阀门无法提供足够的流量' },
  6: { en: 'system has negative pressures', 'zh-CN': '系统存在负压' },
};

/** An EPANET warning code as a sentence in both languages. */
export function engineWarningText(code: number, text: string): LocalizedText {
  const t = WARNING_TEXT[code];
  return t
    ? { en: `EPANET warning ${code}: ${t.en}`, 'zh-CN': `EPANET 警告 ${code}：${t['zh-CN']}` }
    : { en: text, 'zh-CN': text };
}

export async function analyseWater(building: Building, options: WaterOptions = {}): Promise<WaterAnalysis> {
  return analyseWaterWith(await loadEpanet(), building, options);
}

export function analyseWaterWith(
  ws: Workspace,
  building: Building,
  options: WaterOptions = {},
): WaterAnalysis {
  if (!building.water || (building.water.hydrants ?? []).length === 0)
    throw new WaterInputError(
      'the building has no water system with hydrants (/water/hydrants)',
      '建筑没有含消火栓的消防给水系统（/water/hydrants）',
    );
  if (options.fireStorey !== undefined && !building.storeys.some((s) => s.id === options.fireStorey))
    throw new WaterInputError(
      `there is no storey "${options.fireStorey}"`,
      `不存在楼层“${options.fireStorey}”`,
    );
  // The engine is built in when asked for, or for the sweep's engine state if the building has inlets.
  const wantsEngine =
    options.supply !== undefined || (options.sweep === true && (building.water.inlets ?? []).length > 0);
  let vehicle: string | undefined;
  let connection: EngineConnection | undefined;
  let resolved: Extract<SupplyResolution, { ok: true }> | undefined;
  if (wantsEngine) {
    const r = resolveSupply(building, options.supply ?? {}, options.vehicles);
    if (!r.ok) {
      if (options.supply !== undefined) throw new WaterInputError(r.en, r.zh);
    } else {
      resolved = r;
      // The main model carries the single engine; the relay is its own option below.
      const { relay: _relay, ...single } = r.connection;
      connection = single;
      vehicle = r.vehicle.id;
    }
  }
  const model = new WaterModel(ws, building, connection);
  try {
    const state: SupplyState = {};
    if (options.jockeyOnly) state.jockeyOnly = true;
    if (options.supply !== undefined) state.engine = true;
    const fire = options.fireStorey ?? null;
    const flowing = fire === null ? [] : model.flowingFor(fire);
    const current = model.solve(flowing, state);
    const storeys = hydrantStoreys(model);
    // The current state's ladder; when it is the as-built state it is the sweep's "all" column too
    // (so its cells carry that state's id).
    const asBuiltState = ladderStates(model)[0]!;
    const here = ladder(
      model,
      Object.keys(state).length === 0
        ? asBuiltState
        : { id: 'current', label: { en: 'current', 'zh-CN': '当前' }, supply: state },
      storeys,
    );
    const asBuilt = Object.keys(state).length === 0 ? here : ladder(model, asBuiltState, storeys);
    const checks: Check[] = [
      staticPressureCheck(model),
      dynamicMinimumCheck(model, asBuilt),
      dynamicMaximumCheck(asBuilt),
    ];
    const tank = tankVolumeCheck(model);
    if (tank) checks.push(tank);
    checks.push(zoningCheck(model), workingPressureCheck(model), inletCheck(model));
    const notes: LocalizedText[] = [];
    const dry = current.hydrants.filter((h) => h.dry).length;
    if (dry > 0)
      notes.push({
        en: `${dry} hydrant(s) are dry in this state: cut from every live source, or above its hydraulic grade line (reported at zero pressure)`,
        'zh-CN': `${dry} 个消火栓在此状态下无水：与所有有效水源隔断，或高于其水力坡度线（按零压力报告）`,
      });
    for (const w of current.warnings) notes.push(engineWarningText(w.code, w.text));
    if (!current.solved)
      notes.push({ en: `not solved: ${current.error}`, 'zh-CN': `无法求解：${current.error}` });
    const out: WaterAnalysis = {
      ...current,
      fireStorey: fire,
      highestAdequateStorey: highestPassing(here, 'ok'),
      highestEffectiveStorey: highestPassing(here, 'effective'),
      checks,
      notes,
    };
    if (vehicle !== undefined) out.vehicle = vehicle;
    if (options.supply !== undefined && resolved) {
      out.supplies = supplyOptions(ws, building, model, resolved);
      // The ratings are checks like the code's: listed with them (also on each option).
      for (const s of out.supplies) checks.push(s.ratingCheck);
    }
    if (options.sweep) {
      const states = ladderStates(model);
      const cells: LadderCell[] = [];
      const summary = states.map((s) => {
        const rungs = s.id === 'all' ? asBuilt : ladder(model, s, storeys);
        cells.push(...rungs);
        return {
          id: s.id,
          label: s.label,
          highestAdequateStorey: highestPassing(rungs, 'ok'),
          highestEffectiveStorey: highestPassing(rungs, 'effective'),
        };
      });
      out.sweep = { states: summary, cells };
    }
    return out;
  } finally {
    model.close();
  }
}

/** The engine alone: building pumps off, tanks empty (the sweep's "engine" state). */
const ENGINE_ALONE: SupplyState = { engine: true, noBuildingPumps: true, tanks: 'empty' };

/**
 * How high each way of pumping gets an effective jet: one engine at the inlet (the main model), two
 * engines in relay at the inlet (a model of its own), and a hose carried up the stairs.
 */
function supplyOptions(
  ws: Workspace,
  building: Building,
  model: WaterModel,
  r: Extract<SupplyResolution, { ok: true }>,
): SupplyOptionResult[] {
  const storeys = hydrantStoreys(model);
  const viaInlet = (m: WaterModel, option: 'inlet' | 'relay', vehicles: string[]): SupplyOptionResult => {
    const rungs = ladder(m, { id: 'engine', label: { en: '', 'zh-CN': '' }, supply: ENGINE_ALONE }, storeys);
    const top = storeys[storeys.length - 1];
    const sol = top === undefined ? undefined : m.solveRaw(m.flowingFor(top), ENGINE_ALONE);
    const enginePressure = sol?.enginePressure ?? 0;
    // Every lay in the chain is checked: the relay engine's discharge too.
    const highest = Math.max(enginePressure, sol?.relayPressure ?? 0);
    return {
      option,
      vehicles,
      highestEffectiveStorey: highestPassing(rungs, 'effective'),
      highestAdequateStorey: highestPassing(rungs, 'ok'),
      enginePressure,
      ratingCheck: pressureRatingCheck(option, highest, r.vehicle, vehicles),
    };
  };
  const out: SupplyOptionResult[] = [viaInlet(model, 'inlet', [r.vehicle.id])];
  if (r.connection.relay && r.relayVehicle) {
    const relay = new WaterModel(ws, building, r.connection);
    try {
      out.push(viaInlet(relay, 'relay', [r.relayVehicle.id, r.vehicle.id]));
    } finally {
      relay.close();
    }
  }
  const lay = stairLay(ws, building, { curve: r.vehicle.pump!.curve, jet: model.requirement.jet });
  let layMax = 0;
  for (const rung of lay.rungs) if (rung.solved) layMax = Math.max(layMax, rung.enginePressure);
  out.push({
    option: 'stair-lay',
    vehicles: [r.vehicle.id],
    highestEffectiveStorey: lay.highestEffectiveStorey,
    highestAdequateStorey: null,
    enginePressure: lay.rungs[lay.rungs.length - 1]?.enginePressure ?? 0,
    ratingCheck: pressureRatingCheck('stair-lay', layMax, r.vehicle),
  });
  return out;
}
