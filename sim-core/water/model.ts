/**
 * The water engine's working object: a building's network (network.ts) plus what the code asks of
 * it — which hydrants flow for a fire storey, the outlet requirement for this building class — and
 * one solve turned into per-hydrant results. Built once per building (and supply option), then
 * solved for as many states as the caller needs (the sweep solves hundreds).
 */
import type { Building } from '../../models/schema/building.ts';
import type { Classification } from '../../models/metrics/classification.ts';
import { classify } from '../../models/metrics/classification.ts';
import { PASCALS_PER_METRE_HEAD } from '../../models/units.ts';
import type { Workspace } from './epanet-engine.ts';
import { flowingHydrants } from './fire-flow.ts';
import { OUTLET_PRESSURE, ZONING_STATIC, outletRequirement } from '../../models/codes/gb50974.ts';
import { WaterNetwork, type EngineConnection, type NetworkSolution, type NetworkState } from './network.ts';
import { jetForNozzleHead } from './nozzle.ts';

/** A supply state of the building: which pumps run, tank levels, whether the fire engine pumps. */
export interface SupplyState {
  /** Pump ids forced off (failed). */
  failedPumps?: readonly string[];
  /** Fire and booster pumps off, jockey pumps on: the first minutes before the fire pumps start. */
  jockeyOnly?: boolean;
  /** Every building pump off (the fire engine is the only pump). */
  noBuildingPumps?: boolean;
  tanks?: NetworkState['tanks'];
  engine?: boolean;
  /** Pressure valves failed, by id: stuck fully `open` or `closed`. */
  failedValves?: Readonly<Record<string, 'open' | 'closed'>>;
}

export interface HydrantResult {
  id: string;
  storey: string;
  flowing: boolean;
  /** No source can feed it in this state. */
  dry: boolean;
  /** Pa: at the hydrant outlet (riser side of the valve: Hxh = Hq + h_d + H_k). */
  outletPressure: number;
  /** Pa, at the nozzle. */
  nozzlePressure: number;
  /** m³/s. */
  flow: number;
  /** Solid-jet length (m), 0 if not flowing. */
  jet: number;
  /** Flowing with at least the required solid jet (13 m high-rise, 10 m other). */
  effective: boolean;
  /**
   * Flowing: effective and outlet pressure ≥ the 7.4.12 minimum (`okClause` "7.4.12"). Not flowing:
   * its static check — wet, a positive outlet pressure, and not above 6.2.1's 1.0 MPa (`okClause`
   * "6.2.1"). Every hydrant is listed; `flowing` says which test `ok` is.
   */
  ok: boolean;
  okClause: '7.4.12' | '6.2.1';
  /** Flowing above 0.50 MPa (7.4.12 maximum) / above 0.70 MPa (reduction mandatory). */
  overPressure: boolean;
  needsReduction: boolean;
}

export interface PumpResult {
  id: string;
  role: string;
  /** m³/s and m of head added. */
  flow: number;
  head: number;
  status: 'open' | 'closed';
}

export interface CaseResult {
  solved: boolean;
  error?: string;
  hydrants: HydrantResult[];
  pumps: PumpResult[];
  tanks: { id: string; level: number }[];
  engine?: { flow: number; pressure: number };
  warnings: { code: number; text: string }[];
}

export class WaterModel {
  readonly building: Building;
  readonly classification: Classification;
  readonly requirement: { minPressure: number; jet: number };
  readonly network: WaterNetwork;
  private readonly pumpIndex: Map<string, number>;
  private readonly valveIndex: Map<string, number>;
  private readonly emitters: Float64Array;

  constructor(ws: Workspace, building: Building, engine?: EngineConnection) {
    this.building = building;
    this.classification = classify(building);
    this.requirement = outletRequirement(this.classification);
    this.network = new WaterNetwork(ws, building.water ?? {}, engine);
    this.pumpIndex = new Map((building.water?.pumps ?? []).map((p, i) => [p.id, i]));
    this.valveIndex = new Map((building.water?.valves ?? []).map((v, i) => [v.id, i]));
    this.emitters = new Float64Array(this.network.hydrantCount);
  }

  get hydrants(): NonNullable<NonNullable<Building['water']>['hydrants']> {
    return this.building.water?.hydrants ?? [];
  }

  /** Indices of the hydrants that flow for a fire on this storey (fire-flow.ts). */
  flowingFor(storey: string): number[] {
    return flowingHydrants(this.building, storey);
  }

  /** Solves with the given hydrants flowing (indices) in a supply state; raw typed arrays. */
  solveRaw(flowing: readonly number[], state: SupplyState = {}): NetworkSolution {
    this.emitters.fill(0);
    for (const i of flowing) this.emitters[i] = this.network.nozzleK[i]!;
    const closed = new Set<number>();
    const pumps = this.building.water?.pumps ?? [];
    pumps.forEach((p, i) => {
      if (state.noBuildingPumps) closed.add(i);
      if (state.jockeyOnly && p.role !== 'jockey') closed.add(i);
    });
    for (const id of state.failedPumps ?? []) {
      const i = this.pumpIndex.get(id);
      if (i !== undefined) closed.add(i);
    }
    // A jockey pump stops once a fire pump discharging into the same main runs (its pressure switch
    // cuts out far below the fire pump's head; EPANET would otherwise shut it and warn "pumps cannot
    // deliver enough flow or head", code 4, on every solve).
    const running = new Set<string>();
    pumps.forEach((p, i) => {
      if (p.role !== 'jockey' && p.status !== 'closed' && !closed.has(i)) running.add(p.to);
    });
    pumps.forEach((p, i) => {
      if (p.role === 'jockey' && running.has(p.to)) closed.add(i);
    });
    const net: NetworkState = {
      emitters: this.emitters,
      closedPumps: closed,
      tanks: state.tanks ?? 'given',
      engine: state.engine === true && this.network.hasEngine,
    };
    if (state.failedValves) {
      const modes = new Map<number, 'open' | 'closed'>();
      for (const [id, mode] of Object.entries(state.failedValves)) {
        const i = this.valveIndex.get(id);
        if (i !== undefined) modes.set(i, mode);
      }
      net.valveModes = modes;
    }
    return this.network.solve(net);
  }

  /** Jet length (m) of hydrant i at a nozzle pressure (Pa). */
  jet(i: number, nozzlePressure: number): number {
    const d = this.hydrants[i]!.nozzle.diameter;
    return jetForNozzleHead(nozzlePressure / PASCALS_PER_METRE_HEAD, d);
  }

  /** Is hydrant i, flowing, adequate (jet and minimum pressure of 7.4.12)? */
  adequate(i: number, sol: NetworkSolution): { effective: boolean; ok: boolean; jet: number } {
    // An unbalanced solution (EPANET warning 1) is not a result: nothing in it counts as adequate.
    if (!sol.solved || sol.warnings.some((w) => w.code === 1)) return { effective: false, ok: false, jet: 0 };
    if (sol.hydrantDry[i] === 1 || !(sol.hydrantFlow[i]! > 0)) return { effective: false, ok: false, jet: 0 };
    const jet = this.jet(i, sol.nozzlePressure[i]!);
    const effective = jet >= this.requirement.jet;
    return { effective, ok: effective && sol.outletPressure[i]! >= this.requirement.minPressure, jet };
  }

  /** One solve as a full result. */
  solve(flowing: readonly number[], state: SupplyState = {}): CaseResult {
    const sol = this.solveRaw(flowing, state);
    const isFlowing = new Uint8Array(this.network.hydrantCount);
    for (const i of flowing) isFlowing[i] = 1;
    const hydrants = this.hydrants.map((h, i): HydrantResult => {
      const on = isFlowing[i] === 1;
      const a = on ? this.adequate(i, sol) : { effective: false, ok: false, jet: 0 };
      const p = sol.outletPressure[i]!;
      return {
        id: h.id,
        storey: h.storey,
        flowing: on,
        dry: sol.hydrantDry[i] === 1,
        outletPressure: p,
        nozzlePressure: sol.nozzlePressure[i]!,
        flow: sol.hydrantFlow[i]!,
        jet: a.jet,
        effective: a.effective,
        ok: on ? a.ok : sol.solved && sol.hydrantDry[i] === 0 && p > 0 && p <= ZONING_STATIC.limit,
        okClause: on ? '7.4.12' : '6.2.1',
        overPressure: on && p > OUTLET_PRESSURE.maxPressure,
        needsReduction: on && p > OUTLET_PRESSURE.reductionPressure,
      };
    });
    const pumps = (this.building.water?.pumps ?? []).map((p, i): PumpResult => ({
      id: p.id,
      role: p.role,
      flow: sol.pumpFlow[i]!,
      head: sol.pumpHead[i]!,
      status: sol.pumpOpen[i] === 1 ? 'open' : 'closed',
    }));
    const tanks = (this.building.water?.tanks ?? []).map((t, i) => ({ id: t.id, level: sol.tankLevel[i]! }));
    const out: CaseResult = { solved: sol.solved, hydrants, pumps, tanks, warnings: sol.warnings };
    if (sol.error !== undefined) out.error = sol.error;
    if (this.network.hasEngine && state.engine)
      out.engine = { flow: sol.engineFlow, pressure: sol.enginePressure };
    return out;
  }

  close(): void {
    this.network.close();
  }
}
