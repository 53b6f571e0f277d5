/**
 * GB 50974-2014 compliance checks on a building's water system, each with its clause, the measured
 * value, the limit, whether the threshold is confirmed (gb50974.ts) and a sentence in both languages.
 * GB 55036-2022 and GB 55037-2022 prevail where they conflict (noted in each message where relevant).
 */
import type { LocalizedText } from '../../models/validation/issue.ts';
import { num } from '../../models/validation/issue.ts';
import {
  INLET_FLOW,
  OUTLET_PRESSURE,
  ZONING_STATIC,
  ZONING_WORKING,
  hydrantDesignFlow,
  staticPressureLimit,
  tankVolumeLimit,
} from '../../models/codes/gb50974.ts';
import type { Vehicle } from '../../models/schema/vehicle.ts';
import type { LadderCell } from './ladder.ts';
import type { WaterModel } from './model.ts';

export interface Check {
  clause: string;
  ok: boolean;
  value: number;
  limit: number;
  /** SI unit of value and limit: Pa, m3, m3/s, count. */
  unit: string;
  /** false where the threshold is UNVERIFIED (gb50974.ts). */
  verified: boolean;
  message: LocalizedText;
}

const mpa = (pa: number): string => num(pa / 1e6);
const SUPERSEDE = {
  en: ' GB 55036-2022 / GB 55037-2022 prevail where they differ.',
  zh: ' 与 GB 55036-2022、GB 55037-2022 不一致时以其为准。',
};
const unverified = (v: boolean): { en: string; zh: string } =>
  v ? { en: '', zh: '' } : { en: ' Threshold UNVERIFIED.', zh: ' 限值未经核实（UNVERIFIED）。' };

/** 5.2.2: static pressure at the most unfavourable hydrant, tank at its lowest effective level, no pump running. */
export function staticPressureCheck(model: WaterModel): Check {
  const t = staticPressureLimit(model.classification);
  const sol = model.solveRaw([], { tanks: 'lowest', noBuildingPumps: true });
  let worst = -1;
  for (let i = 0; i < model.hydrants.length; i++) {
    if (worst < 0 || sol.outletPressure[i]! < sol.outletPressure[worst]!) worst = i;
  }
  const value = worst < 0 || !sol.solved ? 0 : sol.outletPressure[worst]!;
  const id = worst < 0 ? '—' : model.hydrants[worst]!.id;
  const jockey = (model.building.water?.pumps ?? []).some(
    (p) => p.role === 'jockey' && p.status !== 'closed',
  );
  const ok = value >= t.limit || jockey;
  const by = jockey && value < t.limit;
  return {
    clause: t.clause,
    ok,
    value,
    limit: t.limit,
    unit: 'Pa',
    verified: t.verified,
    message: {
      en:
        `Static pressure at the most unfavourable hydrant ${id} from the tank's lowest effective level: ` +
        `${mpa(value)} MPa (≥ ${mpa(t.limit)} MPa required)` +
        (by ? '; below it, so the jockey pump the clause then requires must hold it (present).' : '.'),
      'zh-CN':
        `最不利点消火栓 ${id} 在水箱最低有效水位时的静水压力：${mpa(value)} MPa（要求 ≥ ${mpa(t.limit)} MPa）` +
        (by ? '；不足，须由稳压泵维持（已设）。' : '。'),
    },
  };
}

/** 7.4.12, minimum: the lowest dynamic outlet pressure over the ladder's fire storeys (as built). */
export function dynamicMinimumCheck(model: WaterModel, cells: readonly LadderCell[]): Check {
  const req = model.requirement;
  let worst: LadderCell | undefined;
  for (const c of cells) if (!worst || c.outletPressure < worst.outletPressure) worst = c;
  const value = worst?.outletPressure ?? 0;
  const ok = cells.length > 0 && cells.every((c) => c.ok);
  const failing = cells.filter((c) => !c.ok).map((c) => c.fireStorey);
  return {
    clause: OUTLET_PRESSURE.clause,
    ok,
    value,
    limit: req.minPressure,
    unit: 'Pa',
    verified: OUTLET_PRESSURE.verified,
    message: {
      en:
        `Lowest dynamic hydrant outlet pressure, fire on each storey in turn: ${mpa(value)} MPa on ` +
        `${worst?.fireStorey ?? '—'} (≥ ${mpa(req.minPressure)} MPa with a ${req.jet} m solid jet required)` +
        (failing.length ? `; fails on ${failing.join(', ')}.` : '.') +
        SUPERSEDE.en,
      'zh-CN':
        `各层依次着火时消火栓栓口最低动压：${worst?.fireStorey ?? '—'} ${mpa(value)} MPa（要求 ≥ ` +
        `${mpa(req.minPressure)} MPa，充实水柱 ${req.jet} m）` +
        (failing.length ? `；不满足楼层：${failing.join('、')}。` : '。') +
        SUPERSEDE.zh,
    },
  };
}

/** 7.4.12, maximum: no flowing outlet above 0.50 MPa; above 0.70 MPa reduction is mandatory. */
export function dynamicMaximumCheck(cells: readonly LadderCell[]): Check {
  let worst: LadderCell | undefined;
  for (const c of cells) if (!worst || c.maxOutletPressure > worst.maxOutletPressure) worst = c;
  const value = worst?.maxOutletPressure ?? 0;
  const over = value > OUTLET_PRESSURE.reductionPressure;
  return {
    clause: OUTLET_PRESSURE.clause,
    ok: value <= OUTLET_PRESSURE.maxPressure,
    value,
    limit: OUTLET_PRESSURE.maxPressure,
    unit: 'Pa',
    verified: OUTLET_PRESSURE.verified,
    message: {
      en:
        `Highest dynamic hydrant outlet pressure: ${mpa(value)} MPa (fire on ${worst?.fireStorey ?? '—'}); ` +
        `must not exceed 0.5 MPa` +
        (over ? '; above 0.7 MPa, so a pressure-reducing device is mandatory.' : '.'),
      'zh-CN':
        `消火栓栓口最高动压：${mpa(value)} MPa（${worst?.fireStorey ?? '—'} 着火）；不应大于 0.5 MPa` +
        (over ? '；已超过 0.7 MPa，必须设置减压装置。' : '。'),
    },
  };
}

/** 5.2.1: the roof (highest) tank's effective volume, between its minimum and maximum levels. */
export function tankVolumeCheck(model: WaterModel): Check | undefined {
  const t = tankVolumeLimit(model.classification);
  if (!t) return undefined;
  const tanks = model.building.water?.tanks ?? [];
  let roof = tanks[0];
  for (const k of tanks) if (roof && k.elevation > roof.elevation) roof = k;
  const value = roof ? (Math.PI / 4) * roof.diameter ** 2 * (roof.maxLevel - roof.minLevel) : 0;
  return {
    clause: t.clause,
    ok: value >= t.limit,
    value,
    limit: t.limit,
    unit: 'm3',
    verified: t.verified,
    message: {
      en: `Roof tank ${roof?.id ?? '(none)'} effective volume ${num(value)} m³ (≥ ${t.limit} m³ required for this class).`,
      'zh-CN': `高位消防水箱 ${roof?.id ?? '（无）'} 有效容积 ${num(value)} m³（本类建筑要求 ≥ ${t.limit} m³）。`,
    },
  };
}

/** 6.2.1: static outlet pressure with the pumps as built at shut-off (no flow) above 1.0 MPa requires zoning. */
export function zoningCheck(model: WaterModel): Check {
  const sol = model.solveRaw([], {});
  let value = 0;
  let id = '—';
  model.hydrants.forEach((h, i) => {
    if (sol.outletPressure[i]! > value) {
      value = sol.outletPressure[i]!;
      id = h.id;
    }
  });
  const u = unverified(ZONING_STATIC.verified);
  return {
    clause: ZONING_STATIC.clause,
    ok: value <= ZONING_STATIC.limit,
    value,
    limit: ZONING_STATIC.limit,
    unit: 'Pa',
    verified: ZONING_STATIC.verified,
    message: {
      en: `Highest static hydrant outlet pressure (pumps as built, no flow): ${mpa(value)} MPa at ${id}; above ${mpa(ZONING_STATIC.limit)} MPa the system must be zoned.${u.en}`,
      'zh-CN': `消火栓栓口最高静压（水泵按设计状态、零流量）：${id} ${mpa(value)} MPa；超过 ${mpa(ZONING_STATIC.limit)} MPa 应分区供水。${u.zh}`,
    },
  };
}

/**
 * 6.2.1: a system working pressure above 2.40 MPa requires zoning. Working pressure per 8.2.3
 * (secondary ×2): for a temporary high-pressure system, pump shut-off head plus the static head at
 * the suction, i.e. the highest pressure anywhere in the system with the pumps as built at no flow.
 */
export function workingPressureCheck(model: WaterModel): Check {
  const sol = model.solveRaw([], {});
  const value = sol.solved ? sol.maxPressure : 0;
  const u = unverified(ZONING_WORKING.verified);
  return {
    clause: ZONING_WORKING.clause,
    ok: sol.solved && value <= ZONING_WORKING.limit,
    value,
    limit: ZONING_WORKING.limit,
    unit: 'Pa',
    verified: ZONING_WORKING.verified,
    message: {
      en: `System working pressure (highest pressure anywhere, pumps as built at shut-off): ${mpa(value)} MPa; above ${mpa(ZONING_WORKING.limit)} MPa the system must be zoned (working pressure per 8.2.3).${u.en}`,
      'zh-CN': `系统工作压力（水泵按设计状态零流量时系统内最高压力）：${mpa(value)} MPa；超过 ${mpa(ZONING_WORKING.limit)} MPa 应分区供水（工作压力按 8.2.3）。${u.zh}`,
    },
  };
}

/** 5.4.1 / 5.4.3: pump inlets present on a high-rise, and enough of them (15 L/s each) for the design flow. */
export function inletCheck(model: WaterModel): Check {
  const design = hydrantDesignFlow(model.classification);
  const count = (model.building.water?.inlets ?? []).length;
  const value = count * INLET_FLOW.perInlet;
  const required = model.classification.highRise ? Math.max(design.flow, INLET_FLOW.perInlet) : design.flow;
  const u = unverified(design.verified);
  return {
    clause: INLET_FLOW.clause,
    ok: value >= required && (count > 0 || !model.classification.highRise),
    value,
    limit: required,
    unit: 'm3/s',
    verified: INLET_FLOW.verified && design.verified,
    message: {
      en: `${count} pump inlet(s) × 15 L/s = ${num(value * 1000)} L/s for an indoor hydrant design flow of ${num(design.flow * 1000)} L/s (Table 3.5.2).${u.en}`,
      'zh-CN': `水泵接合器 ${count} 个 × 15 L/s = ${num(value * 1000)} L/s，室内消火栓设计流量 ${num(design.flow * 1000)} L/s（表 3.5.2）。${u.zh}`,
    },
  };
}

/**
 * Typical working-pressure ratings of fire-service equipment (Pa): lay-flat hose and the pump inlet
 * (水泵接合器) PN 1.6 MPa, high-pressure hose PN 2.5 MPa ("typically PN 1.6 or 2.5 MPa",
 * water-and-access.md §3.3, UNVERIFIED). Not code thresholds: the checks carry `verified: false`.
 */
export const PRESSURE_RATING = { layFlat: 1.6e6, highPressure: 2.5e6, inlet: 1.6e6 } as const;

/**
 * A supply option's equipment rating: the highest engine discharge (Pa) against the weakest rating
 * on its path. Through the pump inlet (one engine or a relay) the inlet's PN 1.6 governs whatever the
 * hose; up the stairs it is the hose alone, high-pressure hose (PN 2.5) behind a `high-pressure`
 * engine, lay-flat hose (PN 1.6) behind any other.
 */
export function pressureRatingCheck(
  option: 'inlet' | 'relay' | 'stair-lay',
  value: number,
  vehicle: Pick<Vehicle, 'id' | 'kind'>,
  /** Vehicle ids in pumping order, for the message (default: this vehicle). */
  vehicles: readonly string[] = [vehicle.id],
): Check {
  const highHose = vehicle.kind === 'high-pressure';
  const limit =
    option === 'stair-lay'
      ? highHose
        ? PRESSURE_RATING.highPressure
        : PRESSURE_RATING.layFlat
      : PRESSURE_RATING.inlet;
  const what =
    option === 'stair-lay'
      ? highHose
        ? { en: 'high-pressure hose', zh: '高压水带' }
        : { en: 'lay-flat hose', zh: '有衬里水带' }
      : { en: 'pump inlet and hose', zh: '水泵接合器及水带' };
  const name = {
    inlet: { en: 'one engine via the pump inlet', zh: '单车经水泵接合器' },
    relay: { en: 'two engines in relay via the inlet', zh: '双车接力经水泵接合器' },
    'stair-lay': { en: 'hose laid up the stairs', zh: '沿楼梯铺设水带' },
  }[option];
  const ok = value <= limit;
  const u = unverified(false);
  return {
    clause: `pressure rating (${option})`,
    ok,
    value,
    limit,
    unit: 'Pa',
    verified: false,
    message: {
      en:
        `${name.en} (${vehicles.join(' → ')}): highest engine discharge ${mpa(value)} MPa against the ${what.en} ` +
        `rating PN ${mpa(limit)} MPa (typical)` +
        (ok ? '.' : '; above it: the lay or fittings may burst.') +
        u.en,
      'zh-CN':
        `${name.zh}（${vehicles.join(' → ')}）：消防车最高出口压力 ${mpa(value)} MPa，${what.zh}常见额定压力 PN ${mpa(limit)} MPa` +
        (ok ? '。' : '；已超过，水带或接口可能爆裂。') +
        u.zh,
    },
  };
}
