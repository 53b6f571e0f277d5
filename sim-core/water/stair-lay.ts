/**
 * A direct hose lay carried up the stairwell to floor N, no building system: engine (drafting at
 * ground level, z = 0) → hose along the ground and up the stairs → a hand-line nozzle at the floor.
 * Solved with EPANET like everything else (a three-node network: reservoir → pump → loss pipe →
 * nozzle emitter), once per storey, which gives the highest storey where the jet is still effective.
 *
 * Hose length = approach + STAIR_HOSE_PER_METRE × rise. A dogleg stair lays about 3 m of hose per
 * metre of rise: two flights per storey, each ≈ 0.96·h long at a 0.17/0.28 m riser/tread, plus two
 * landing turns of ≈ 1.5 m (derived; typical, UNVERIFIED).
 */
import type { Building } from '../../models/schema/building.ts';
import type { Pump } from '../../models/schema/water.ts';
import { PASCALS_PER_METRE_HEAD } from '../../models/units.ts';
import {
  FlowUnits,
  HeadLossType,
  InitHydOption,
  LinkProperty,
  LinkType,
  NodeProperty,
  NodeType,
  Option,
  StatusReport,
  TimeParameter,
} from 'epanet-js';
import { Project, collectEngineWarnings, type Workspace } from './epanet-engine.ts';
import { hoseResistance, hoseS } from './hose.ts';
import { LOSS_PIPE, minorLossK } from './network.ts';
import { jetForNozzleHead, nozzleK } from './nozzle.ts';

/** Metres of hose per metre of rise up a dogleg stair (derived above; UNVERIFIED). */
export const STAIR_HOSE_PER_METRE = 3;
/** Nozzle held 1 m above the floor (typical). */
const NOZZLE_HEIGHT = 1;

export interface StairLayOptions {
  curve: Pump['curve'];
  /** Hose from the engine to the stair door (m); default 40. */
  approach?: number;
  /** Hose diameter (m): default 65 mm, the hand-line hose; S per 20 m from hose.ts unless given. */
  hoseDiameter?: number;
  hoseS?: number;
  /** Nozzle diameter (m): default 19 mm (QZ19). */
  nozzle?: number;
  /** Solid jet that counts as effective (m): 13 for high-rise (7.4.12). */
  jet: number;
}

export interface StairLayRung {
  storey: string;
  hoseLength: number;
  /** Pa at the nozzle and at the engine's discharge; m³/s; m. */
  nozzlePressure: number;
  enginePressure: number;
  flow: number;
  jet: number;
  effective: boolean;
  solved: boolean;
}

export interface StairLayResult {
  rungs: StairLayRung[];
  highestEffectiveStorey: string | null;
  warnings: { code: number; text: string }[];
}

const LPS = 1000;
const MM = 1000;

/** Every storey at or above ground, bottom to top, fed by a hose up the stairs. */
export function stairLay(ws: Workspace, building: Building, o: StairLayOptions): StairLayResult {
  const approach = o.approach ?? 40;
  const d = o.hoseDiameter ?? 0.065;
  const s = o.hoseS ?? hoseS(d).s;
  const nozzle = o.nozzle ?? 0.019;
  const p = new Project(ws);
  p.init('stair-lay.rpt', '', FlowUnits.LPS, HeadLossType.HW);
  p.setStatusReport(StatusReport.NoReport);
  p.setOption(Option.Emitexpon, 0.5);
  p.setOption(24 as Option, 0); // EN_EMITBACKFLOW off (network.ts)
  p.setTimeParameter(TimeParameter.Duration, 0);
  const warnings: { code: number; text: string }[] = [];
  try {
    p.addNode('R', NodeType.Reservoir);
    p.setNodeValue(p.getNodeIndex('R'), NodeProperty.Elevation, 0);
    const out = p.addNode('E', NodeType.Junction);
    p.setJunctionData(out, 0, 0, '');
    const tip = p.addNode('N', NodeType.Junction);
    p.setJunctionData(tip, 0, 0, '');
    p.setNodeValue(tip, NodeProperty.Emitter, nozzleK(nozzle) * LPS);
    const pump = p.addLink('P', LinkType.Pump, 'R', 'E');
    p.addCurve('C');
    const c = p.getCurveIndex('C');
    p.setCurve(
      c,
      o.curve.map(([q]) => q * LPS),
      o.curve.map(([, h]) => h),
    );
    p.setHeadCurveIndex(pump, c);
    const hose = p.addLink('H', LinkType.Pipe, 'E', 'N');
    p.setPipeData(hose, LOSS_PIPE.length, d * MM, LOSS_PIPE.roughness, 0);
    p.openH();
    const storeys = [...building.storeys]
      .filter((st) => st.elevation >= 0)
      .sort((a, b) => a.elevation - b.elevation);
    const rungs: StairLayRung[] = [];
    for (const st of storeys) {
      const z = st.elevation + NOZZLE_HEIGHT;
      const length = approach + STAIR_HOSE_PER_METRE * st.elevation;
      p.setNodeValue(tip, NodeProperty.Elevation, z);
      p.setLinkValue(hose, LinkProperty.MinorLoss, minorLossK(hoseResistance(length, s), d));
      const rung: StairLayRung = {
        storey: st.id,
        hoseLength: length,
        nozzlePressure: 0,
        enginePressure: 0,
        flow: 0,
        jet: 0,
        effective: false,
        solved: true,
      };
      try {
        const w = collectEngineWarnings(() => {
          p.initH(InitHydOption.InitFlow);
          p.runH();
        }).warnings;
        warnings.push(...w);
        rung.nozzlePressure =
          Math.max(0, p.getNodeValue(tip, NodeProperty.Pressure)) * PASCALS_PER_METRE_HEAD;
        rung.enginePressure = p.getNodeValue(out, NodeProperty.Pressure) * PASCALS_PER_METRE_HEAD;
        rung.flow = Math.max(0, p.getLinkValue(hose, LinkProperty.Flow)) / LPS;
        rung.jet = jetForNozzleHead(rung.nozzlePressure / PASCALS_PER_METRE_HEAD, nozzle);
        rung.effective = rung.flow > 0 && rung.jet >= o.jet && !w.some((x) => x.code === 1);
      } catch {
        rung.solved = false;
      }
      rungs.push(rung);
    }
    p.closeH();
    let highest: string | null = null;
    for (const r of rungs) if (r.effective) highest = r.storey;
    return { rungs, highestEffectiveStorey: highest, warnings };
  } finally {
    p.close();
  }
}
