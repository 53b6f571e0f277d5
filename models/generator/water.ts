/**
 * The indoor fire-water system of a tower, as an EPANET-like network sized to GB 50974-2014:
 *
 *   pool ──P1/P2 (duty/standby), JP1 (jockey)──▶ J-S1 ──main──▶ riser J-F1 … J-Fn ◀──check── roof tank
 *                                                  ▲
 *                                         pump inlets (水泵接合器)
 *
 * A tower too tall for one pump lift is split into stages: the lower stage's transfer pumps (TP…)
 * fill a transfer tank on a refuge floor, which also feeds the lower stage by gravity, and the
 * upper stage's pumps draw from it. Inside a stage, storeys whose static pressure from the tank
 * above, or with the duty pump at shut-off, would exceed 1.0 MPa form lower zones, fed from the
 * stage main through a PRV. Pumped systems give every hydrant whose dynamic outlet pressure would
 * exceed 0.50 MPa a reducing orifice (GB 50974 7.4.12); a city-fed system (the generator's "old
 * tower" supply) gets neither pumps nor reducers.
 */
import type { Point } from '../schema/common.ts';
import type { Storey } from '../schema/storey.ts';
import type { Hydrant, Inlet, Junction, Pipe, Pump, Reservoir, Tank, Valve, Water } from '../schema/water.ts';
import { PASCALS_PER_METRE_HEAD } from '../units.ts';
import {
  HYDRANT_DESIGN_PRESSURE_MPA,
  HYDRANT_HEIGHT,
  hydrantFlow,
  roofTankVolume,
  tankStaticPressure,
  TRANSFER_TANK_VOLUME,
  type BuildingClass,
} from './codes.ts';
import { r3 } from './geometry.ts';
import { curveHead, firePumpCurve, hazenWilliamsLoss, hydrantFlowAt, jockeyPumpCurve } from './hydraulics.ts';
import type { WaterSupply } from './options.ts';

/** Fire pool water surface (m): a basement pool 3 m below the entrance level (typical). */
export const POOL_HEAD = -3;
/** The ground pump room's discharge header, at the entrance level (a simplification). */
const PUMP_ROOM_ELEVATION = 0;
/** DN100 risers: GB 50974-2014 8.1.? (recalled, UNVERIFIED) high-rise risers ≥ DN100. */
const RISER_DIAMETER = 0.1;
/** DN150 mains and transfer pipes (typical). */
const MAIN_DIAMETER = 0.15;
/** Hazen–Williams C for steel pipe in service (typical). */
const ROUGHNESS = 120;
/** Hose and nozzle of every indoor hydrant: 25 m of DN65 hose and a 19 mm nozzle (GB 50974 7.4.2, recalled). */
const HOSE = { length: 25, diameter: 0.065 } as const;
const NOZZLE = { diameter: 0.019 } as const;
/** GB 50974-2014 6.2.1: zone the system where a hydrant's static pressure would exceed 1.0 MPa. */
export const MAX_HYDRANT_STATIC_MPA = 1.0;
/** GB 50974-2014 7.4.12 (secondary): hydrant outlet dynamic pressure ≤ 0.50 MPa; above it, reduce. */
export const MAX_OUTLET_DYNAMIC_MPA = 0.5;
/**
 * Outlet pressure a reducing orifice is sized to leave (MPa): midway in 7.4.12's 0.35–0.50 MPa band,
 * so the hand estimate's few metres of error keep it inside (typical).
 */
const REDUCED_OUTLET_MPA = 0.42;
/**
 * Margin under 0.50 MPa from which an orifice is fitted (MPa): the hand estimate reads a few metres
 * low against the network solve (up to 0.03 MPa on the samples), typical.
 */
const REDUCTION_MARGIN_MPA = 0.04;
/**
 * Highest lift of one stage (m). Pump rated head ≈ lift + 35 m + friction and shut-off ≈ 1.3 × that;
 * 140 m keeps the system working pressure under GB 50974 6.2.1's 2.40 MPa.
 */
const STAGE_MAX_LIFT = 140;
/** A PRV zone spans at most 50 m (typical), and less where its lowest hydrant would pass the static limit. */
const LOWER_ZONE_SPAN = 50;
/** PRV outlet setting (Pa): 0.35 MPa at the zone's top hydrant plus margin (typical). */
const PRV_SETTING = 450000;
/** Tanks sit 0.3 m above their floor and keep 0.3 m of water below the outlet (typical). */
const TANK_PLINTH = 0.3;
const TANK_MIN_LEVEL = 0.3;
/** Municipal main pressure for a city-fed system (m): 0.2 MPa, typical (GB 55036 3.0.3 asks ≥ 0.14 MPa). */
const CITY_MAIN_HEAD = 20;
/** Each pump inlet carries 10–15 L/s (GB 50974-2014 5.4.3, secondary ×3); at least two. */
const INLET_FLOW = 15;

const metresOf = (mpa: number): number => (mpa * 1e6) / PASCALS_PER_METRE_HEAD;
export const junctionId = (storey: Storey): string => `J-${storey.id}`;

export interface WaterInput {
  /** Bottom to top. */
  storeys: readonly Storey[];
  cls: BuildingClass;
  /** Where the hydrants are on a storey. */
  hydrantsAt: (storey: Storey) => readonly Point[];
  /** Where `count` pump inlets go, outdoors at ground level. */
  inletsAt: (count: number) => readonly Point[];
  supply: WaterSupply;
  roofTankVolume?: number;
  cityMainHead?: number;
  /** Highest static pressure at a hydrant (MPa) before a zone is split off; default 1.0. */
  maxHydrantStatic?: number;
}

interface Range {
  first: number;
  last: number;
}

/** A cylindrical tank of `volume` m³ between its min and max levels. */
function tank(id: string, volume: number, elevation: number): Tank {
  const depth = volume > 36 ? 2.5 : 2;
  const diameter = Math.ceil(Math.sqrt((4 * volume) / (Math.PI * depth)) * 10) / 10;
  const maxLevel = r3(TANK_MIN_LEVEL + depth);
  return { id, elevation: r3(elevation), level: maxLevel, minLevel: TANK_MIN_LEVEL, maxLevel, diameter };
}

export function designWater(input: WaterInput): Water {
  const st = input.storeys;
  const n = st.length;
  const e = st.map((s) => s.elevation + HYDRANT_HEIGHT);
  const flow = hydrantFlow(input.cls);
  const qTotal = flow.total / 1000;
  const qRiser = flow.perRiser / 1000;
  const staticLimit = metresOf(input.maxHydrantStatic ?? MAX_HYDRANT_STATIC_MPA);
  const codeStaticLimit = metresOf(MAX_HYDRANT_STATIC_MPA);
  const zoneSpan = Math.min(LOWER_ZONE_SPAN, staticLimit - PRV_SETTING / PASCALS_PER_METRE_HEAD);
  const junctions: Junction[] = [];
  const reservoirs: Reservoir[] = [];
  const tanks: Tank[] = [];
  const pipes: Pipe[] = [];
  const pumps: Pump[] = [];
  const valves: Valve[] = [];
  const hydrants: Hydrant[] = [];
  const pipe = (
    id: string,
    from: string,
    to: string,
    length: number,
    diameter: number,
    check = false,
  ): void => {
    pipes.push({
      id,
      from,
      to,
      length: r3(Math.max(1, length)),
      diameter,
      roughness: ROUGHNESS,
      ...(check ? { check } : {}),
    });
  };

  st.forEach((s, i) => {
    junctions.push({ id: junctionId(s), elevation: r3(e[i]!) });
    input.hydrantsAt(s).forEach((at, j) => {
      hydrants.push({
        id: `H-${s.id}-${j + 1}`,
        junction: junctionId(s),
        storey: s.id,
        at,
        hose: { ...HOSE },
        nozzle: { ...NOZZLE },
      });
    });
  });

  const top = st[n - 1]!;
  const roofTank = tank(
    'roof-tank',
    input.roofTankVolume ?? roofTankVolume(input.cls),
    top.elevation + top.height + TANK_PLINTH,
  );
  const transferTank = (r: number, k: number): Tank =>
    tank(`T${k}`, TRANSFER_TANK_VOLUME, st[r]!.elevation + TANK_PLINTH);
  const minWater = (t: Tank): number => t.elevation + t.minLevel;
  const maxWater = (t: Tank): number => t.elevation + t.maxLevel;

  // Stages: where one pump lift is too high, cut at a refuge floor that can hold a transfer tank.
  const stages: Range[] = [];
  if (input.supply === 'city-main') {
    stages.push({ first: 0, last: n - 1 });
  } else {
    let start = 0;
    let source = POOL_HEAD;
    for (;;) {
      const lift = e[n - 1]! - source;
      const candidates: number[] = [];
      for (let r = start + 1; r < n; r++)
        if (st[r]!.refuge && e[r - 1]! - source <= STAGE_MAX_LIFT) candidates.push(r);
      if (lift <= STAGE_MAX_LIFT || candidates.length === 0) {
        stages.push({ first: start, last: n - 1 });
        break;
      }
      // The fewest stages, as even as the refuge floors allow: among the cuts that leave the rest
      // within (stages − 1) lifts, the one nearest an even share; else the highest cut possible.
      const needed = Math.ceil(lift / STAGE_MAX_LIFT);
      const target = source + lift / needed;
      const feasible = candidates.filter(
        (c) => e[n - 1]! - minWater(transferTank(c, 0)) <= STAGE_MAX_LIFT * (needed - 1),
      );
      const r =
        feasible.length > 0
          ? feasible.reduce((best, c) =>
              Math.abs(e[c - 1]! - target) < Math.abs(e[best - 1]! - target) ? c : best,
            )
          : candidates[candidates.length - 1]!;
      stages.push({ first: start, last: r - 1 });
      start = r;
      source = minWater(transferTank(r, 0));
    }
  }

  if (input.supply === 'city-main') {
    reservoirs.push({ id: 'city-main', head: input.cityMainHead ?? CITY_MAIN_HEAD });
  } else {
    reservoirs.push({ id: 'pool', head: POOL_HEAD });
  }

  stages.forEach((stage, si) => {
    const k = si + 1;
    const isTop = si === stages.length - 1;
    const base = `J-S${k}`;
    const baseElevation = k === 1 ? PUMP_ROOM_ELEVATION : st[stage.first]!.elevation;
    junctions.push({ id: base, elevation: r3(baseElevation) });
    // The tank that stabilises this stage: the roof tank, or the transfer tank just above it.
    const stageTank = isTop ? roofTank : transferTank(stage.last + 1, k);
    tanks.push(stageTank);
    pipe(
      `${stageTank.id}-out`,
      stageTank.id,
      junctionId(st[stage.last]!),
      stageTank.elevation - e[stage.last]! + 5,
      RISER_DIAMETER,
      true,
    );

    // Supply pumps (sized here, added below): duty and standby (the standby starts when the duty pump
    // fails), sized by hand so the stage's top hydrant gets 0.35 MPa at one riser's design flow
    // (GB 50974 7.4.12, 3.5.2). A city-fed system has none.
    const pumped = input.supply !== 'city-main';
    const source = k === 1 ? 'pool' : `T${k - 1}`;
    const sourceHead = k === 1 ? POOL_HEAD : minWater(tanks[si - 1]!);
    const eTop = e[stage.last]!;
    const friction = hazenWilliamsLoss(qRiser, eTop - baseElevation + 20, RISER_DIAMETER, ROUGHNESS);
    const head = Math.ceil(eTop - sourceHead + 1.2 * friction + metresOf(HYDRANT_DESIGN_PRESSURE_MPA));
    const curve = firePumpCurve(qTotal, head);
    // The highest head the stage main sees: the duty pump at shut-off (no flow), above its source.
    const shutOff = pumped ? sourceHead + curve[0]![1] : -Infinity;

    // Zones, top down: the top zone is fed by the main directly, lower ones through a PRV. A storey
    // joins the top zone only if its static pressure stays within the limits both from the tank
    // (standby) and with the duty pump at shut-off (GB 50974 6.2.1's 1.0 MPa: the check the water
    // engine makes, sim-core/water/checks.ts).
    const zones: Range[] = [];
    let topFirst = stage.last;
    while (
      topFirst - 1 >= stage.first &&
      maxWater(stageTank) - e[topFirst - 1]! <= staticLimit &&
      shutOff - e[topFirst - 1]! <= codeStaticLimit
    )
      topFirst--;
    zones.push({ first: topFirst, last: stage.last });
    for (let j = topFirst - 1; j >= stage.first;) {
      let f = j;
      while (f - 1 >= stage.first && e[j]! - e[f - 1]! <= zoneSpan) f--;
      zones.push({ first: f, last: j });
      j = f - 1;
    }
    zones.reverse(); // bottom up
    const chain = [base];
    zones.forEach((z, zi) => {
      for (let i = z.first + 1; i <= z.last; i++) {
        pipe(
          `riser-${st[i]!.id}`,
          junctionId(st[i - 1]!),
          junctionId(st[i]!),
          st[i]!.elevation - st[i - 1]!.elevation,
          RISER_DIAMETER,
        );
      }
      if (zi === zones.length - 1) {
        chain.push(junctionId(st[z.first]!));
        return;
      }
      const m = `J-S${k}-Z${zi + 1}`;
      junctions.push({ id: m, elevation: r3(e[z.last]!) });
      chain.push(m);
      valves.push({
        id: `PRV-S${k}-Z${zi + 1}`,
        from: m,
        to: junctionId(st[z.last]!),
        type: 'PRV',
        diameter: RISER_DIAMETER,
        setting: PRV_SETTING,
      });
    });
    const elevationOf = (id: string): number => junctions.find((j) => j.id === id)!.elevation;
    for (let i = 0; i + 1 < chain.length; i++) {
      pipe(
        `main-S${k}-${i + 1}`,
        chain[i]!,
        chain[i + 1]!,
        elevationOf(chain[i + 1]!) - elevationOf(chain[i]!) + 5,
        MAIN_DIAMETER,
      );
    }

    if (pumped) {
      // GB 50974-2014 7.4.12: an outlet whose dynamic pressure would exceed 0.50 MPa gets a reducing
      // device. Estimated by hand for a fire on that storey with the duty pump running and one
      // riser's jets (Table 3.5.2: 5 L/s a jet) each flowing what a hydrant gives at
      // REDUCED_OUTLET_MPA: in the top zone the pump's head at that flow less the main's and
      // riser's friction; in a PRV zone the PRV setting at the zone's top plus the fall to the
      // storey less the riser's friction. The orifice takes the excess over REDUCED_OUTLET_MPA.
      const target = metresOf(REDUCED_OUTLET_MPA);
      const qHydrant = hydrantFlowAt(target, HOSE, NOZZLE.diameter);
      // The riser carries its storey's hydrants (up to one riser's jets); a jet drawn on the storey
      // above as well lowers the pressure, so leaving it out errs towards reducing.
      const jets = Math.min(
        Math.max(1, Math.round(flow.perRiser / 5)),
        input.hydrantsAt(st[stage.last]!).length,
      );
      const q = Math.max(1, jets) * qHydrant;
      const pumpHead = sourceHead + curveHead(curve, q);
      const mainLength = e[topFirst]! - baseElevation + 5 * (chain.length - 1);
      for (const z of zones) {
        const prv = z.last !== stage.last;
        for (let i = z.first; i <= z.last; i++) {
          const dynamic = prv
            ? metresOf(PRV_SETTING / 1e6) +
              (e[z.last]! - e[i]!) -
              hazenWilliamsLoss(q, e[z.last]! - e[i]!, RISER_DIAMETER, ROUGHNESS)
            : pumpHead -
              e[i]! -
              hazenWilliamsLoss(q, mainLength, MAIN_DIAMETER, ROUGHNESS) -
              hazenWilliamsLoss(q, e[i]! - e[topFirst]!, RISER_DIAMETER, ROUGHNESS);
          if (dynamic <= metresOf(MAX_OUTLET_DYNAMIC_MPA - REDUCTION_MARGIN_MPA)) continue;
          for (const h of hydrants) {
            if (h.storey !== st[i]!.id) continue;
            h.reducer = {
              type: 'orifice',
              drop: Math.round(((dynamic - target) * PASCALS_PER_METRE_HEAD) / 1000) * 1000,
              flow: Math.round(qHydrant * 1e5) / 1e5,
            };
          }
        }
      }
    }
    if (input.supply === 'city-main') {
      pipe('city-feed', 'city-main', base, 50, RISER_DIAMETER, true);
      return;
    }
    pumps.push({ id: `P${2 * k - 1}`, from: source, to: base, role: 'fire', curve });
    pumps.push({
      id: `P${2 * k}`,
      from: source,
      to: base,
      role: 'fire',
      curve: curve.map((p) => [p[0], p[1]]),
      status: 'closed',
    });
    // GB 50974-2014 5.2.2: where the tank cannot give the top hydrant its static pressure, a jockey pump
    // keeps the stage pressurised; 5.3.3 (recalled, UNVERIFIED): ≥ 0.15 MPa at the top in standby.
    if (minWater(stageTank) - eTop < metresOf(tankStaticPressure(input.cls))) {
      pumps.push({
        id: `JP${k}`,
        from: source,
        to: base,
        role: 'jockey',
        curve: jockeyPumpCurve(Math.ceil(eTop - sourceHead + metresOf(0.15))),
      });
    }
    if (!isTop) {
      // Transfer pumps fill the transfer tank above this stage at the upper stage's design flow.
      const x = `J-X${k}`;
      junctions.push({ id: x, elevation: r3(baseElevation) });
      const length = stageTank.elevation - baseElevation + 10;
      pipe(`xfer-${k}`, x, stageTank.id, length, MAIN_DIAMETER);
      const lift = maxWater(stageTank) - sourceHead;
      const tHead = Math.ceil(lift + 1.2 * hazenWilliamsLoss(qTotal, length, MAIN_DIAMETER, ROUGHNESS) + 5);
      const tCurve = firePumpCurve(qTotal, tHead);
      pumps.push({ id: `TP${2 * k - 1}`, from: source, to: x, role: 'fire', curve: tCurve });
      pumps.push({
        id: `TP${2 * k}`,
        from: source,
        to: x,
        role: 'fire',
        curve: tCurve.map((p) => [p[0], p[1]]),
        status: 'closed',
      });
    }
  });

  const inletCount = Math.max(2, Math.ceil(flow.total / INLET_FLOW));
  const inlets: Inlet[] = input.inletsAt(inletCount).map((at, i) => ({
    id: `inlet-${i + 1}`,
    name: `Pump inlet ${i + 1}`,
    junction: 'J-S1',
    at,
  }));
  return { junctions, reservoirs, tanks, pipes, pumps, valves, hydrants, inlets };
}
