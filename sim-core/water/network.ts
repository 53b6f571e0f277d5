/**
 * A building's fire-water system as one EPANET network, built in code once and solved many times.
 *
 * Mapping (SI outside, EPANET's LPS units inside — flows L/s, heads and pressures m, pipe and valve
 * diameters mm, tank diameters m; converted here and nowhere else):
 * - junctions, reservoirs, tanks, pipes (Hazen–Williams C), check pipes (CVPipe), pumps (head
 *   curves), valves and statuses one to one;
 * - each hydrant: riser junction → [reducing orifice → outlet node] → loss pipe → nozzle node with an
 *   emitter q = K·√p. The loss is the hose's n·S·Q² (hose.ts) plus the hydrant valve's local loss
 *   H_k, so the pressure at the riser junction (or after the hydrant's reducing orifice, the format
 *   extension `reducer`) is the outlet pressure the code checks, Hxh = Hq + h_d + H_k (§3.2). The
 *   nozzle is held
 *   at the outlet's height. Emitter backflow is off, so a nozzle never draws water in;
 * - optionally a fire engine at a pump inlet: suction reservoir at the inlet's elevation → pump (the
 *   vehicle's curve) → loss pipe (hose lay + inlet loss) → the inlet's junction; closed unless used.
 *
 * Node and link ids inside EPANET are generated (`n12`, `l7`): building ids may be longer than
 * EPANET's 31 characters or hold characters its input format forbids.
 *
 * Dry zones: a part of the network no source can feed (every tank feeding it empty, its pumps off)
 * makes EPANET 2.3.5 fail with error 110 when a PRV sits at its edge, and where it does solve it
 * reports the head of a source behind a closed link. So before each solve a graph search from the
 * live sources marks the nodes water can reach; pumps and pressure valves whose inlet is dry are
 * closed for that solve, and dry nodes are reported with zero pressure and flow and a warning.
 * A hydrant the search reaches but whose riser junction (or outlet) EPANET puts at a negative
 * pressure sits above the hydraulic grade line of every source that reaches it (the old tower's riser
 * above the city main's 20 m head with the roof tank empty): it is reported dry the same way.
 */
import type { Pump, Water } from '../../models/schema/water.ts';

type PumpCurve = Pump['curve'];
import { PASCALS_PER_METRE_HEAD } from '../../models/units.ts';
import {
  FlowUnits,
  HeadLossType,
  InitHydOption,
  LinkProperty,
  LinkStatusType,
  LinkType,
  NodeProperty,
  NodeType,
  Option,
  StatusReport,
  TimeParameter,
} from 'epanet-js';
import { Project, collectEngineWarnings, type EngineWarning, type Workspace } from './epanet-engine.ts';
import { hoseResistance, hoseS } from './hose.ts';
import { nozzleK } from './nozzle.ts';

/** EPANET 2.3 option EN_EMITBACKFLOW (not in epanet-js's Option enum, which stops at 2.2; §1.3). */
const EN_EMITBACKFLOW = 24;

/**
 * Hydrant valve local loss H_k ≈ 2 m (0.02 MPa) in the Chinese design budget (§3.2, UNVERIFIED),
 * taken as quadratic through 2 m at 5.4 L/s, the flow of a 13 m jet from a 19 mm nozzle (derived).
 */
export const HYDRANT_VALVE_LOSS = { head: 2, flow: 0.0054 } as const;
const VALVE_RESISTANCE = HYDRANT_VALVE_LOSS.head / HYDRANT_VALVE_LOSS.flow ** 2;

/**
 * Loss in a pump inlet and its check valve: 5 m at 15 L/s, the assumption of the supply-ceiling
 * derivation in water-and-access.md §3.3 (UNVERIFIED), as a quadratic loss.
 */
export const INLET_LOSS = { head: 5, flow: 0.015 } as const;

/** A hose lay: length (m), diameter (m), S per 20 m (hose.ts's table unless given). */
export interface HoseLay {
  hoseLength: number;
  hoseDiameter: number;
  hoseS?: number;
}

/**
 * A fire engine at a pump inlet: its pump curve and the hose lay to the inlet. With `relay`, a
 * second engine drafts at ground level and feeds this one's suction through its own lay (relay
 * pumping: two pumps in series).
 */
export interface EngineConnection extends HoseLay {
  inlet: string;
  curve: PumpCurve;
  relay?: HoseLay & { curve: PumpCurve };
}

/** m³/s → L/s, m → mm: EPANET's SI units (LPS). */
const LPS = 1000;
const MM = 1000;

/**
 * A quadratic loss h = r·Q² (hose, valve, inlet) is an EPANET pipe whose loss is all minor loss:
 * 1 mm long with C = 150 its friction is under 1e-4 m at 8 L/s through 65 mm. (A TCV carries the
 * same loss, but with zero flow at a dead-end nozzle behind a PRV EPANET 2.3.5 fails with error
 * 110, "cannot solve network hydraulic equations"; a pipe does not.)
 */
export const LOSS_PIPE = { length: 0.001, roughness: 150 } as const;

/**
 * EPANET's minor-loss coefficient K for h = r·Q² (r in m per (m³/s)²) through diameter d (m). EPANET
 * computes a minor loss as 0.02517·K·Q²/d⁴ in ft and cfs (hydcoeffs.c; 0.02517 = 8/(π²·g) with
 * g = 32.2 ft/s²), so K follows from r exactly in its own constants.
 */
export function minorLossK(r: number, d: number): number {
  const FT = 0.3048;
  const CFS = 0.028316846592;
  return (r * CFS * CFS * (d / FT) ** 4) / (FT * 0.02517);
}

export interface NetworkState {
  /** Nozzle emitter coefficient K (m³/s per √m) per hydrant; 0 = not flowing. */
  emitters: Float64Array;
  /** Pumps (by index in `water.pumps`) forced closed. */
  closedPumps: ReadonlySet<number>;
  /**
   * Tank levels: as given in the model; `empty` at their minimum level (EPANET then lets no water
   * out); `lowest` just above it (1 mm), the lowest effective level of GB 50974 5.2.2.
   */
  tanks: 'given' | 'empty' | 'lowest';
  /** Whether the fire engine (if built in) is connected and pumping. */
  engine: boolean;
  /**
   * Pressure valves (by index in `water.valves`) failed: stuck fully `open` (a pipe) or `closed`.
   * Only valves that regulate as built (PRV, PSV, FCV without a fixed status) can fail this way.
   */
  valveModes?: ReadonlyMap<number, 'open' | 'closed'>;
}

/** Raw results of one solve, SI, in typed arrays (per hydrant, pump, tank). */
export interface NetworkSolution {
  /** false if EPANET could not solve (then `error` says why and the values are zeros). */
  solved: boolean;
  error?: string;
  outletPressure: Float64Array;
  nozzlePressure: Float64Array;
  hydrantFlow: Float64Array;
  /**
   * 1 where no source can feed the hydrant: cut from every live source (a dry zone), or above the
   * hydraulic grade line (negative pressure at its riser junction or outlet). Its pressures and flow are 0.
   */
  hydrantDry: Uint8Array;
  pumpFlow: Float64Array;
  pumpHead: Float64Array;
  pumpOpen: Uint8Array;
  tankLevel: Float64Array;
  engineFlow: number;
  /** Pa at the inlet engine's discharge (and at the relay engine's, if any). */
  enginePressure: number;
  relayPressure: number;
  /** Highest pressure (Pa) at any node of the building's system (not the fire engine's): the system working pressure. */
  maxPressure: number;
  warnings: EngineWarning[];
}

/** Height above the minimum level that counts as the lowest effective level (m); EPANET closes a tank's outlets at the minimum itself. */
const LOWEST_LEVEL_MARGIN = 0.001;

/**
 * Most EPANET solves per `solve` call when risers drain (see solve): the first, then one per round of
 * newly drained riser junctions. Each round drains at least one junction, so the bound only caps
 * the cost; a riser that drains storey by storey (rare: the first pass already shows every junction
 * above the grade line) would take one pass per storey.
 */
const MAX_DRAIN_PASSES = 8;

/** EPANET DAMPLIMIT for the retry after error 110 (see solve). */
const DAMP_LIMIT = 0.01;

/** How a link lets water through, for the dry-zone search. */
const BOTH = 0;
const FORWARD = 1;
/** What decides whether a link is open in a given state. */
const FIXED_OPEN = 0;
const FIXED_CLOSED = 1;
const PUMP = 2; // index into water.pumps in linkRef
const ENGINE = 3;
const PRESSURE_VALVE = 4; // a PRV, PSV or FCV: closed for the solve if its inlet is dry
const CHECK_PIPE = 5; // open; EPANET refuses status changes on check pipes (error 207)
/** How a pressure valve is set for a solve (valveApplied; −1 = not yet set). */
const VALVE_ACTIVE = 0;
const VALVE_OPEN = 1;
const VALVE_CLOSED = 2;

let projectCount = 0;

export class WaterNetwork {
  readonly water: Water;
  readonly hydrantCount: number;
  readonly nozzleK: Float64Array;
  private readonly project: Project;
  // Own node numbering 0…nodeCount−1 (the `n` in EPANET id `n{k+1}`) and its EPANET index.
  private readonly epanetNode: Int32Array;
  private readonly riserNode: Int32Array;
  /** Where the outlet pressure is read: the riser junction, or the node after a reducing orifice. */
  private readonly outletNode: Int32Array;
  private readonly nozzleNode: Int32Array;
  private readonly hydrantLink: Int32Array;
  private readonly pumpLink: Int32Array;
  private readonly pumpFrom: Int32Array;
  private readonly pumpTo: Int32Array;
  private readonly pumpInitiallyOpen: Uint8Array;
  private readonly tankNode: Int32Array;
  private readonly tankMin: Float64Array;
  private readonly tankMax: Float64Array;
  private readonly buildingNodes: number;
  private readonly engineLink: number;
  /** The relay engine's pump link (EPANET index), 0 if none. */
  private relayLink = 0;
  private readonly engineOut: number;
  private readonly engineSource: number;
  // Dry-zone search: links (own numbering = EPANET index − 1), their ends, direction and kind.
  private readonly linkFrom: Int32Array;
  private readonly linkTo: Int32Array;
  private readonly linkDir: Uint8Array;
  private readonly linkKind: Uint8Array;
  private readonly linkRef: Int32Array;
  private readonly reservoirNodes: Int32Array;
  private readonly wet: Uint8Array;
  /**
   * Per node: 1 where a solve of this call found a hydrant's riser junction at negative pressure:
   * the riser is drained there, and the next pass's search treats the node as a dead end (solve).
   */
  private readonly drained: Uint8Array;
  /** Per hydrant, from the last pass: its riser junction was wet but at negative pressure. */
  private readonly suction: Uint8Array;
  private readonly linkOpenNow: Uint8Array;
  private readonly adjStart: Int32Array;
  private readonly adjLink: Int32Array;
  private readonly queue: Int32Array;
  private readonly closedForSolve: Uint8Array;
  private readonly statusSet: Uint8Array;
  private readonly valveApplied: Int8Array;
  private readonly lastEmitter: Float64Array;
  private readonly lastTankLevel: Float64Array;
  private isOpen = true;

  constructor(ws: Workspace, water: Water, engine?: EngineConnection) {
    this.water = water;
    const p = new Project(ws);
    this.project = p;
    // A report file of its own in the engine's in-memory file system (with '' EPANET reports to
    // stdout); status reports off.
    p.init(`water-${++projectCount}.rpt`, '', FlowUnits.LPS, HeadLossType.HW);
    p.setStatusReport(StatusReport.NoReport);
    p.setOption(Option.Emitexpon, 0.5);
    p.setOption(EN_EMITBACKFLOW as Option, 0);
    // One steady state (duration 0): the fire's first minutes, tank levels as given.
    p.setTimeParameter(TimeParameter.Duration, 0);

    const node = new Map<string, number>();
    let nodeCount = 0;
    const addNode = (id: string | undefined, type: NodeType): number => {
      const k = nodeCount++;
      if (id !== undefined) node.set(id, k);
      p.addNode(`n${k + 1}`, type);
      return k;
    };
    // Indices shift as nodes are added (EPANET keeps junctions before tanks): look them up by id.
    const setNode = (k: number, prop: NodeProperty, v: number): void =>
      p.setNodeValue(p.getNodeIndex(`n${k + 1}`), prop, v);
    const nodeOf = (id: string): number => {
      const k = node.get(id);
      // Validation (models/validation/rules/water.ts) refuses links to missing nodes; this is a guard.
      if (k === undefined) throw new Error(`water network: no node "${id}"`);
      return k;
    };
    const from: number[] = [];
    const to: number[] = [];
    const dir: number[] = [];
    const kind: number[] = [];
    const ref: number[] = [];
    const addLink = (type: LinkType, a: number, b: number, d: number, k: number, r = 0): number => {
      from.push(a);
      to.push(b);
      dir.push(d);
      kind.push(k);
      ref.push(r);
      return p.addLink(`l${from.length}`, type, `n${a + 1}`, `n${b + 1}`);
    };

    const junctionElevation = new Map<string, number>();
    for (const j of water.junctions ?? []) {
      const k = addNode(j.id, NodeType.Junction);
      p.setJunctionData(p.getNodeIndex(`n${k + 1}`), j.elevation, (j.demand ?? 0) * LPS, '');
      junctionElevation.set(j.id, j.elevation);
    }
    const reservoirs: number[] = [];
    for (const r of water.reservoirs ?? []) {
      const k = addNode(r.id, NodeType.Reservoir);
      setNode(k, NodeProperty.Elevation, r.head);
      reservoirs.push(k);
    }
    const tanks = water.tanks ?? [];
    const tankOwn = tanks.map((t) => {
      const k = addNode(t.id, NodeType.Tank);
      p.setTankData(
        p.getNodeIndex(`n${k + 1}`),
        t.elevation,
        t.level,
        t.minLevel,
        t.maxLevel,
        t.diameter,
        0,
        '',
      );
      return k;
    });
    for (const pipe of water.pipes ?? []) {
      const closed = pipe.status === 'closed';
      const i = addLink(
        pipe.check ? LinkType.CVPipe : LinkType.Pipe,
        nodeOf(pipe.from),
        nodeOf(pipe.to),
        pipe.check ? FORWARD : BOTH,
        closed ? FIXED_CLOSED : pipe.check ? CHECK_PIPE : FIXED_OPEN,
      );
      p.setPipeData(i, pipe.length, pipe.diameter * MM, pipe.roughness, 0);
      if (closed) p.setLinkValue(i, LinkProperty.InitStatus, LinkStatusType.Closed);
    }
    let curves = 0;
    const addCurve = (curve: PumpCurve): number => {
      const id = `c${++curves}`;
      p.addCurve(id);
      const index = p.getCurveIndex(id);
      p.setCurve(
        index,
        curve.map(([q]) => q * LPS),
        curve.map(([, h]) => h),
      );
      return index;
    };
    const pumps = water.pumps ?? [];
    this.pumpLink = new Int32Array(pumps.length);
    this.pumpInitiallyOpen = new Uint8Array(pumps.length);
    pumps.forEach((pump, k) => {
      const i = addLink(LinkType.Pump, nodeOf(pump.from), nodeOf(pump.to), FORWARD, PUMP, k);
      p.setHeadCurveIndex(i, addCurve(pump.curve));
      this.pumpLink[k] = i;
      this.pumpInitiallyOpen[k] = pump.status === 'closed' ? 0 : 1;
    });
    let valveIndex = 0;
    for (const v of water.valves ?? []) {
      const type = {
        PRV: LinkType.PRV,
        PSV: LinkType.PSV,
        PBV: LinkType.PBV,
        FCV: LinkType.FCV,
        TCV: LinkType.TCV,
      }[v.type];
      const oneWay = v.type === 'PRV' || v.type === 'PSV' || v.type === 'FCV';
      const k =
        v.status === 'closed' ? FIXED_CLOSED : oneWay && v.status !== 'open' ? PRESSURE_VALVE : FIXED_OPEN;
      // PRVs and PSVs let no flow back (EPANET manual, "Valves"); a valve stuck open is a pipe.
      const i = addLink(
        type,
        nodeOf(v.from),
        nodeOf(v.to),
        oneWay && v.status !== 'open' ? FORWARD : BOTH,
        k,
        valveIndex++,
      );
      const setting =
        v.type === 'FCV'
          ? v.setting * LPS
          : v.type === 'TCV'
            ? v.setting
            : v.setting / PASCALS_PER_METRE_HEAD;
      p.setLinkValue(i, LinkProperty.Diameter, v.diameter * MM);
      p.setLinkValue(i, LinkProperty.InitSetting, setting);
      // A fixed status overrides the setting: `open` is a valve stuck fully open, `closed` shut.
      if (v.status === 'open') p.setLinkValue(i, LinkProperty.InitStatus, LinkStatusType.Open);
      if (v.status === 'closed') p.setLinkValue(i, LinkProperty.InitStatus, LinkStatusType.Closed);
    }

    const hydrants = water.hydrants ?? [];
    this.hydrantCount = hydrants.length;
    this.hydrantLink = new Int32Array(hydrants.length);
    this.nozzleK = new Float64Array(hydrants.length);
    const riser: number[] = [];
    const nozzles: number[] = [];
    const outlets: number[] = [];
    hydrants.forEach((h, k) => {
      const r = nodeOf(h.junction);
      const z = junctionElevation.get(h.junction) ?? 0;
      // A reducing orifice (format extension `reducer`) sits between the riser and the outlet: the
      // outlet pressure GB 50974 7.4.12 limits is taken after it, so it gets a node of its own.
      let o = r;
      if (h.reducer) {
        o = addNode(undefined, NodeType.Junction);
        p.setJunctionData(p.getNodeIndex(`n${o + 1}`), z, 0, '');
        const ro = h.reducer.drop / PASCALS_PER_METRE_HEAD / h.reducer.flow ** 2;
        const orifice = addLink(LinkType.Pipe, r, o, FORWARD, FIXED_OPEN);
        p.setPipeData(
          orifice,
          LOSS_PIPE.length,
          h.hose.diameter * MM,
          LOSS_PIPE.roughness,
          minorLossK(ro, h.hose.diameter),
        );
      }
      const n = addNode(undefined, NodeType.Junction);
      p.setJunctionData(p.getNodeIndex(`n${n + 1}`), z, 0, '');
      riser.push(r);
      outlets.push(o);
      nozzles.push(n);
      const s = h.hose.friction ?? hoseS(h.hose.diameter).s;
      const resistance = hoseResistance(h.hose.length, s) + VALVE_RESISTANCE;
      const link = addLink(LinkType.Pipe, o, n, FORWARD, FIXED_OPEN);
      p.setPipeData(
        link,
        LOSS_PIPE.length,
        h.hose.diameter * MM,
        LOSS_PIPE.roughness,
        minorLossK(resistance, h.hose.diameter),
      );
      this.hydrantLink[k] = link;
      this.nozzleK[k] = nozzleK(h.nozzle.diameter);
    });

    // Nodes added so far are the building's; the fire engine's come after.
    this.buildingNodes = nodeCount;
    this.engineLink = 0;
    this.engineOut = -1;
    this.engineSource = -1;
    if (engine) {
      const inlet = (water.inlets ?? []).find((i) => i.id === engine.inlet);
      if (!inlet) throw new Error(`water network: no pump inlet "${engine.inlet}"`);
      const ground = junctionElevation.get(inlet.junction) ?? 0;
      // Suction from a reservoir at the inlet's level: drafting with no residual pressure (conservative).
      const source = addNode(undefined, NodeType.Reservoir);
      setNode(source, NodeProperty.Elevation, ground);
      const junction = (): number => {
        const k = addNode(undefined, NodeType.Junction);
        p.setJunctionData(p.getNodeIndex(`n${k + 1}`), ground, 0, '');
        return k;
      };
      const layPipe = (a: number, b: number, lay: HoseLay, extra: number): void => {
        const s = lay.hoseS ?? hoseS(lay.hoseDiameter).s;
        const r = hoseResistance(lay.hoseLength, s) + extra;
        const i = addLink(LinkType.Pipe, a, b, FORWARD, FIXED_OPEN);
        p.setPipeData(
          i,
          LOSS_PIPE.length,
          lay.hoseDiameter * MM,
          LOSS_PIPE.roughness,
          minorLossK(r, lay.hoseDiameter),
        );
      };
      let suction = source;
      if (engine.relay) {
        // The relay engine: drafting → its pump → its lay → the inlet engine's suction.
        const relayOut = junction();
        this.relayLink = addLink(LinkType.Pump, source, relayOut, FORWARD, ENGINE);
        p.setHeadCurveIndex(this.relayLink, addCurve(engine.relay.curve));
        suction = junction();
        layPipe(relayOut, suction, engine.relay, 0);
      }
      const out = junction();
      const pump = addLink(LinkType.Pump, suction, out, FORWARD, ENGINE);
      p.setHeadCurveIndex(pump, addCurve(engine.curve));
      layPipe(out, nodeOf(inlet.junction), engine, INLET_LOSS.head / INLET_LOSS.flow ** 2);
      this.engineLink = pump;
      this.engineOut = out;
      this.engineSource = source;
    }

    // EPANET indices, read only now that every node is in.
    this.epanetNode = Int32Array.from({ length: nodeCount }, (_, k) => p.getNodeIndex(`n${k + 1}`));
    this.riserNode = Int32Array.from(riser);
    this.outletNode = Int32Array.from(outlets);
    this.nozzleNode = Int32Array.from(nozzles);
    this.tankNode = Int32Array.from(tankOwn);
    this.pumpFrom = Int32Array.from(pumps, (pump) => nodeOf(pump.from));
    this.pumpTo = Int32Array.from(pumps, (pump) => nodeOf(pump.to));
    // Levels as EPANET holds them (elevation + level − elevation, rounded): setting a level outside
    // them, even by 4e-15 m, is error 225.
    this.tankMin = Float64Array.from(tankOwn, (k) =>
      p.getNodeValue(this.epanetNode[k]!, NodeProperty.MinLevel),
    );
    this.tankMax = Float64Array.from(tankOwn, (k) =>
      p.getNodeValue(this.epanetNode[k]!, NodeProperty.MaxLevel),
    );
    this.linkFrom = Int32Array.from(from);
    this.linkTo = Int32Array.from(to);
    this.linkDir = Uint8Array.from(dir);
    this.linkKind = Uint8Array.from(kind);
    this.linkRef = Int32Array.from(ref);
    this.reservoirNodes = Int32Array.from(reservoirs);
    this.wet = new Uint8Array(nodeCount);
    this.drained = new Uint8Array(nodeCount);
    this.suction = new Uint8Array(hydrants.length);
    this.linkOpenNow = new Uint8Array(from.length);
    // Node → incident links, compressed (CSR): adjLink[adjStart[k] … adjStart[k+1]).
    this.adjStart = new Int32Array(nodeCount + 1);
    for (let i = 0; i < from.length; i++) {
      this.adjStart[from[i]! + 1]!++;
      this.adjStart[to[i]! + 1]!++;
    }
    for (let k = 0; k < nodeCount; k++) this.adjStart[k + 1]! += this.adjStart[k]!;
    this.adjLink = new Int32Array(2 * from.length);
    const fill = this.adjStart.slice(0, nodeCount);
    for (let i = 0; i < from.length; i++) {
      this.adjLink[fill[from[i]!]!++] = i;
      this.adjLink[fill[to[i]!]!++] = i;
    }
    this.queue = new Int32Array(nodeCount);
    this.closedForSolve = new Uint8Array(from.length);
    this.statusSet = new Uint8Array(from.length);
    this.valveApplied = new Int8Array(from.length).fill(-1);
    this.lastEmitter = new Float64Array(hydrants.length);
    this.lastTankLevel = new Float64Array(tanks.length).fill(NaN);
    p.openH();
  }

  get hasEngine(): boolean {
    return this.engineLink > 0;
  }

  /** Is link i open in this state, before the dry-zone search? */
  private linkOpen(i: number, state: NetworkState): boolean {
    switch (this.linkKind[i]) {
      case FIXED_CLOSED:
        return false;
      case PUMP: {
        const k = this.linkRef[i]!;
        return this.pumpInitiallyOpen[k] === 1 && !state.closedPumps.has(k);
      }
      case ENGINE:
        return state.engine;
      case PRESSURE_VALVE:
        return state.valveModes?.get(this.linkRef[i]!) !== 'closed';
      default:
        return true;
    }
  }

  /** Marks `wet` the nodes a live source can feed: a breadth-first search over open links (CSR adjacency). */
  private markWet(state: NetworkState): void {
    const wet = this.wet;
    const queue = this.queue;
    const open = this.linkOpenNow;
    for (let i = 0; i < open.length; i++) open[i] = this.linkOpen(i, state) ? 1 : 0;
    wet.fill(0);
    let head = 0;
    let tail = 0;
    const seed = (k: number): void => {
      if (k >= 0 && wet[k] === 0) {
        wet[k] = 1;
        queue[tail++] = k;
      }
    };
    for (let i = 0; i < this.reservoirNodes.length; i++) {
      if (this.reservoirNodes[i] !== this.engineSource) seed(this.reservoirNodes[i]!);
    }
    if (state.engine) seed(this.engineSource);
    const tanks = this.water.tanks ?? [];
    // An empty tank takes water in but lets none out (EPANET closes its outlets at the minimum
    // level), so the search never passes through it: a pump drawing from it is dry.
    // (2 = blocked for the search; back to 0, dry, after it.)
    for (let t = 0; t < tanks.length; t++) {
      const live =
        state.tanks === 'lowest' || (state.tanks === 'given' && tanks[t]!.level > tanks[t]!.minLevel);
      if (!live) wet[this.tankNode[t]!] = 2;
    }
    // A drained riser junction (solve) passes no water on either: what only it connects is dry.
    for (let k = 0; k < this.drained.length; k++) if (this.drained[k] === 1) wet[k] = 2;
    for (let t = 0; t < tanks.length; t++) if (wet[this.tankNode[t]!] === 0) seed(this.tankNode[t]!);
    while (head < tail) {
      const k = queue[head++]!;
      for (let a = this.adjStart[k]!; a < this.adjStart[k + 1]!; a++) {
        const i = this.adjLink[a]!;
        if (open[i] === 0) continue;
        if (this.linkFrom[i] === k) seed(this.linkTo[i]!);
        else if (this.linkDir[i] === BOTH) seed(this.linkFrom[i]!);
      }
    }
    for (let k = 0; k < wet.length; k++) if (wet[k] === 2) wet[k] = 0;
  }

  /**
   * Solves one steady state. Every call re-initialises flows, so results do not depend on call order.
   *
   * Drained risers: EPANET solves a pipe above the hydraulic grade line as a sealed pipe under
   * suction, so water can "siphon" over a high point no real riser holds water in (it drains; air
   * comes in through the open hydrants) and feed hydrants beyond it. So when a hydrant's riser
   * junction comes out at negative pressure, that junction is taken as drained: the next pass's
   * search stops there (what only it connects is dry and closed) and EPANET solves again, until no
   * new riser junction goes negative (at most MAX_DRAIN_PASSES solves; each pass drains at least
   * one more junction, and the result of the last pass is returned either way).
   */
  solve(state: NetworkState): NetworkSolution {
    if (!this.isOpen) throw new Error('water network is closed');
    this.drained.fill(0);
    let sol = this.solvePass(state);
    for (let pass = 1; pass < MAX_DRAIN_PASSES && sol.solved; pass++) {
      let more = false;
      for (let k = 0; k < this.hydrantCount; k++) {
        const r = this.riserNode[k]!;
        if (this.suction[k] === 1 && this.drained[r] === 0) {
          this.drained[r] = 1;
          more = true;
        }
      }
      if (!more) break;
      sol = this.solvePass(state);
    }
    return sol;
  }

  private solvePass(state: NetworkState): NetworkSolution {
    const p = this.project;
    this.suction.fill(0);
    this.markWet(state);
    const wet = this.wet;
    const warnings: EngineWarning[] = [];
    // Each toolkit call costs ~10 µs through epanet-js: only what changed since the last solve is set.
    for (let k = 0; k < this.hydrantCount; k++) {
      const flowing = wet[this.riserNode[k]!] === 1 ? state.emitters[k]! : 0;
      if (flowing === this.lastEmitter[k]) continue;
      this.lastEmitter[k] = flowing;
      p.setNodeValue(this.epanetNode[this.nozzleNode[k]!]!, NodeProperty.Emitter, flowing * LPS);
    }
    // Statuses for this state: pumps, the engine, and pumps or pressure valves with a dry inlet; and
    // any other link with both ends dry, so a dry zone is a set of closed links EPANET can carry
    // (left open around an empty tank it fails with error 110).
    for (let i = 0; i < this.linkFrom.length; i++) {
      const kind = this.linkKind[i];
      if (kind === FIXED_CLOSED || kind === CHECK_PIPE) continue;
      const plain = kind !== PUMP && kind !== ENGINE && kind !== PRESSURE_VALVE;
      // Every link at a drained riser junction is closed too: no water passes over it.
      const cut = this.drained[this.linkFrom[i]!] === 1 || this.drained[this.linkTo[i]!] === 1;
      const dryLink = cut || (wet[this.linkFrom[i]!] !== 1 && wet[this.linkTo[i]!] !== 1);
      if (plain && !dryLink && this.closedForSolve[i] === 0) continue;
      const open = plain ? !dryLink : this.linkOpen(i, state) && wet[this.linkFrom[i]!] === 1 && !cut;
      if (kind === PRESSURE_VALVE) {
        // As built it regulates (EPANET "active", set by re-applying its setting); failed it is
        // fixed open or closed; with a dry inlet it is closed for the solve.
        const mode = !open
          ? VALVE_CLOSED
          : state.valveModes?.get(this.linkRef[i]!) === 'open'
            ? VALVE_OPEN
            : VALVE_ACTIVE;
        this.closedForSolve[i] = mode === VALVE_CLOSED ? 1 : 0;
        if (this.valveApplied[i] === mode) continue;
        this.valveApplied[i] = mode;
        if (mode === VALVE_ACTIVE)
          p.setLinkValue(i + 1, LinkProperty.InitSetting, p.getLinkValue(i + 1, LinkProperty.InitSetting));
        else
          p.setLinkValue(
            i + 1,
            LinkProperty.InitStatus,
            mode === VALVE_OPEN ? LinkStatusType.Open : LinkStatusType.Closed,
          );
        continue;
      }
      const was = this.closedForSolve[i] === 0;
      this.closedForSolve[i] = open ? 0 : 1;
      if (was === open && this.statusSet[i] === 1) continue;
      this.statusSet[i] = 1;
      p.setLinkValue(i + 1, LinkProperty.InitStatus, open ? LinkStatusType.Open : LinkStatusType.Closed);
    }
    const tanks = this.water.tanks ?? [];
    for (let t = 0; t < tanks.length; t++) {
      const min = this.tankMin[t]!;
      const max = this.tankMax[t]!;
      const level =
        state.tanks === 'empty'
          ? min
          : state.tanks === 'lowest'
            ? Math.min(min + LOWEST_LEVEL_MARGIN, max)
            : // A tank at or below its minimum level is empty (as markWet takes it): EPANET's own
              // minimum, since the given one can sit a rounding step above it (0.3 vs
              // 0.29999999999999244) and EPANET then still lets the "empty" tank feed the riser.
              tanks[t]!.level <= tanks[t]!.minLevel
              ? min
              : Math.min(Math.max(tanks[t]!.level, min), max);
      if (level === this.lastTankLevel[t]) continue;
      this.lastTankLevel[t] = level;
      p.setNodeValue(this.epanetNode[this.tankNode[t]!]!, NodeProperty.TankLevel, level);
    }
    const n = this.hydrantCount;
    const sol: NetworkSolution = {
      solved: true,
      outletPressure: new Float64Array(n),
      nozzlePressure: new Float64Array(n),
      hydrantFlow: new Float64Array(n),
      hydrantDry: new Uint8Array(n),
      pumpFlow: new Float64Array(this.pumpLink.length),
      pumpHead: new Float64Array(this.pumpLink.length),
      pumpOpen: new Uint8Array(this.pumpLink.length),
      tankLevel: new Float64Array(tanks.length),
      engineFlow: 0,
      enginePressure: 0,
      relayPressure: 0,
      maxPressure: 0,
      warnings,
    };
    const run = (): void => {
      p.initH(InitHydOption.InitFlow);
      p.runH();
    };
    try {
      try {
        warnings.push(...collectEngineWarnings(run).warnings);
      } catch (e) {
        if (!(e instanceof Error && /Error 110/.test(e.message))) throw e;
        // Emitters downstream of a PRV can make EPANET 2.3.5 flip the PRV shut and fail with error
        // 110 (the 52-storey sample's zones F23–F25 and F26–F34). Damping flow updates once the
        // relative change is below 1 % (DAMPLIMIT; default 0 = never) avoids it; it changes the path
        // to the solution, not the convergence test. Only on retry: it makes solves ~3× slower.
        p.setOption(Option.DampLimit, DAMP_LIMIT);
        try {
          warnings.push(...collectEngineWarnings(run).warnings);
        } finally {
          p.setOption(Option.DampLimit, 0);
        }
      }
    } catch (e) {
      // Errors ≥ 100 (e.g. 110, an unsolvable network): a result that says so, never a crash.
      sol.solved = false;
      sol.error = e instanceof Error ? e.message : String(e);
      return sol;
    }
    const pressure = p.getNodeValues(NodeProperty.Pressure);
    const flow = p.getLinkValues(LinkProperty.Flow);
    const head = p.getNodeValues(NodeProperty.Head);
    const at = (values: number[], own: number): number => values[this.epanetNode[own]! - 1]!;
    for (let k = 0; k < this.buildingNodes; k++) {
      if (wet[k] === 1) sol.maxPressure = Math.max(sol.maxPressure, at(pressure, k) * PASCALS_PER_METRE_HEAD);
    }
    for (let k = 0; k < n; k++) {
      if (wet[this.riserNode[k]!] === 0) {
        sol.hydrantDry[k] = 1;
        continue;
      }
      // Reachable through open links but above the hydraulic grade line of every live source (a
      // riser drained above the city main's head): EPANET reports the suction a sealed pipe would
      // hold, a negative pressure no open hydrant can have. Water does not get there: dry.
      const riserP = at(pressure, this.riserNode[k]!);
      const outletP = at(pressure, this.outletNode[k]!);
      if (riserP < 0) this.suction[k] = 1;
      if (riserP < 0 || outletP < 0) {
        sol.hydrantDry[k] = 1;
        continue;
      }
      sol.outletPressure[k] = outletP * PASCALS_PER_METRE_HEAD;
      sol.nozzlePressure[k] = Math.max(0, at(pressure, this.nozzleNode[k]!)) * PASCALS_PER_METRE_HEAD;
      sol.hydrantFlow[k] = Math.max(0, flow[this.hydrantLink[k]! - 1]! / LPS);
    }
    for (let k = 0; k < this.pumpLink.length; k++) {
      const link = this.pumpLink[k]!;
      sol.pumpFlow[k] = flow[link - 1]! / LPS;
      sol.pumpHead[k] = at(head, this.pumpTo[k]!) - at(head, this.pumpFrom[k]!);
      sol.pumpOpen[k] = p.getLinkValue(link, LinkProperty.Status) === LinkStatusType.Open ? 1 : 0;
    }
    for (let t = 0; t < tanks.length; t++) {
      sol.tankLevel[t] = p.getNodeValue(this.epanetNode[this.tankNode[t]!]!, NodeProperty.TankLevel);
    }
    if (this.engineLink > 0) {
      sol.engineFlow = flow[this.engineLink - 1]! / LPS;
      sol.enginePressure = at(pressure, this.engineOut) * PASCALS_PER_METRE_HEAD;
      if (this.relayLink > 0)
        sol.relayPressure = pressure[p.getLinkNodes(this.relayLink).node2 - 1]! * PASCALS_PER_METRE_HEAD;
    }
    return sol;
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.project.closeH();
    this.project.close();
  }
}
