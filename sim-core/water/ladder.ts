/**
 * The "pressure ladder" engineers draw by hand: every storey with hydrants as the fire storey, in
 * each supply state, and whether the fire storey's flowing hydrants get an adequate jet.
 */
import type { LocalizedText } from '../../models/validation/issue.ts';
import type { SupplyState, WaterModel } from './model.ts';

export interface LadderState {
  id: string;
  label: LocalizedText;
  supply: SupplyState;
}

export interface LadderCell {
  fireStorey: string;
  state: string;
  /** Every flowing hydrant of the fire storey meets 7.4.12's minimum (pressure and jet). */
  ok: boolean;
  /** Every flowing hydrant of the fire storey gives the required solid jet. */
  effective: boolean;
  /** Lowest outlet pressure (Pa) and shortest jet (m) among the fire storey's flowing hydrants. */
  outletPressure: number;
  jet: number;
  /** Highest outlet pressure (Pa) of any flowing hydrant (for the 0.50 MPa maximum). */
  maxOutletPressure: number;
  solved: boolean;
  warnings: number[];
}

/**
 * The states of the sweep: as built; each running fire or booster pump failed (the standby does not
 * start: the worst case); each regulating PRV stuck open and failed closed; tanks empty; jockey
 * pump only; and, if a fire engine is connected, the engine alone (every building pump off, tanks
 * empty).
 */
export function ladderStates(model: WaterModel): LadderState[] {
  const states: LadderState[] = [{ id: 'all', label: { en: 'all pumps', 'zh-CN': '全部水泵' }, supply: {} }];
  for (const p of model.building.water?.pumps ?? []) {
    if (p.status === 'closed' || p.role === 'jockey') continue;
    states.push({
      id: `failed:${p.id}`,
      label: { en: `${p.id} failed`, 'zh-CN': `${p.id} 故障` },
      supply: { failedPumps: [p.id] },
    });
  }
  // Each regulating PRV failed both ways (GB 50974 asks for a PRV per zone; a stuck PRV is the
  // classic over- or no-pressure case): stuck fully open, and shut.
  for (const v of model.building.water?.valves ?? []) {
    if (v.type !== 'PRV' || v.status !== undefined) continue;
    for (const mode of ['open', 'closed'] as const)
      states.push({
        id: `prv-${mode}:${v.id}`,
        label:
          mode === 'open'
            ? { en: `${v.id} stuck open`, 'zh-CN': `${v.id} 卡死全开` }
            : { en: `${v.id} failed closed`, 'zh-CN': `${v.id} 故障关闭` },
        supply: { failedValves: { [v.id]: mode } },
      });
  }
  if ((model.building.water?.tanks ?? []).length > 0)
    states.push({
      id: 'tank-empty',
      label: { en: 'tanks empty', 'zh-CN': '水箱放空' },
      supply: { tanks: 'empty' },
    });
  if ((model.building.water?.pumps ?? []).some((p) => p.role === 'jockey'))
    states.push({
      id: 'jockey-only',
      label: { en: 'jockey only', 'zh-CN': '仅稳压泵' },
      supply: { jockeyOnly: true },
    });
  if (model.network.hasEngine)
    states.push({
      id: 'engine',
      label: { en: 'fire engine via inlet', 'zh-CN': '消防车经水泵接合器' },
      supply: { engine: true, noBuildingPumps: true, tanks: 'empty' },
    });
  return states;
}

/** Storeys that have hydrants, bottom to top. */
export function hydrantStoreys(model: WaterModel): string[] {
  const withHydrants = new Set(model.hydrants.map((h) => h.storey));
  return [...model.building.storeys]
    .sort((a, b) => a.elevation - b.elevation)
    .filter((s) => withHydrants.has(s.id))
    .map((s) => s.id);
}

/** One rung per storey for one state. */
export function ladder(model: WaterModel, state: LadderState, storeys: readonly string[]): LadderCell[] {
  const cells: LadderCell[] = [];
  for (const storey of storeys) {
    const flowing = model.flowingFor(storey);
    const sol = model.solveRaw(flowing, state.supply);
    let ok = sol.solved;
    let effective = sol.solved;
    let outlet = Infinity;
    let jet = Infinity;
    let maxOutlet = 0;
    for (const i of flowing) {
      maxOutlet = Math.max(maxOutlet, sol.outletPressure[i]!);
      if (model.hydrants[i]!.storey !== storey) continue;
      const a = model.adequate(i, sol);
      ok &&= a.ok;
      effective &&= a.effective;
      outlet = Math.min(outlet, sol.outletPressure[i]!);
      jet = Math.min(jet, a.jet);
    }
    cells.push({
      fireStorey: storey,
      state: state.id,
      ok,
      effective,
      outletPressure: Number.isFinite(outlet) ? outlet : 0,
      jet: Number.isFinite(jet) ? jet : 0,
      maxOutletPressure: maxOutlet,
      solved: sol.solved,
      warnings: sol.warnings.map((w) => w.code),
    });
  }
  return cells;
}

/** The highest storey (cells are bottom to top) whose cell passes, or null. */
export function highestPassing(cells: readonly LadderCell[], key: 'ok' | 'effective'): string | null {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]![key]) return cells[i]!.fireStorey;
  return null;
}
