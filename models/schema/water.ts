/**
 * Fire-water network (spec "Fire-water system"), named as in EPANET so it maps one to one.
 * Heads and elevations in m, flows in m³/s, pressures in Pa, diameters and lengths in m.
 */
import { z } from 'zod';
import { Id, Num, NonNegative, Point, Positive, Text } from './common.ts';

export const LINK_STATUSES = ['open', 'closed'] as const;
const Status = z.enum(LINK_STATUSES).optional();

export const Junction = z.strictObject({
  id: Id,
  elevation: Num,
  demand: NonNegative.optional().describe('Base demand (m³/s), Lifeline extension; default 0'),
});

export const Reservoir = z.strictObject({ id: Id, head: Num.describe('Hydraulic head (m)') });

/** A cylindrical tank; levels are measured from `elevation` (its bottom). */
export const Tank = z.strictObject({
  id: Id,
  elevation: Num,
  level: NonNegative.describe('Initial water level (m)'),
  minLevel: NonNegative,
  maxLevel: Positive,
  diameter: Positive,
});

export const Pipe = z.strictObject({
  id: Id,
  from: Id,
  to: Id,
  length: Positive,
  diameter: Positive,
  roughness: Positive.describe('Hazen–Williams C'),
  check: z.boolean().optional().describe('Check valve: flow only from → to'),
  status: Status,
});

export const PUMP_ROLES = ['fire', 'jockey', 'booster'] as const;

/** Pump head curve: `[flow m³/s, head m]` points, flow increasing and head decreasing. */
export const PumpCurve = z.array(z.tuple([NonNegative, Num])).min(1);

export const Pump = z.strictObject({
  id: Id,
  from: Id,
  to: Id,
  role: z.enum(PUMP_ROLES),
  curve: PumpCurve,
  status: Status,
});

export const VALVE_TYPES = ['PRV', 'PSV', 'PBV', 'FCV', 'TCV'] as const;

/** `setting` is in Pa for PRV/PSV/PBV, m³/s for FCV and a loss coefficient for TCV. */
export const Valve = z.strictObject({
  id: Id,
  from: Id,
  to: Id,
  type: z.enum(VALVE_TYPES),
  diameter: Positive,
  setting: NonNegative,
  status: Status,
});

export const Hose = z.strictObject({
  length: Positive,
  diameter: Positive,
  friction: Positive.optional().describe(
    'Lifeline extension: loss coefficient S per 20 m length, head m = n·S·(Q in L/s)²',
  ),
});

/**
 * Lifeline extension: a pressure-reducing orifice plate (减压孔板) in the hydrant's branch, before
 * the outlet, as GB 50974-2014 7.4.12 asks above 0.70 MPa. A quadratic loss: Δp = drop·(Q/flow)².
 */
export const Reducer = z.strictObject({
  type: z.enum(['orifice']),
  drop: Positive.describe('Pressure drop (Pa) at `flow`'),
  flow: Positive.describe('Flow (m³/s) at which the drop is `drop`'),
});

/** An indoor hydrant valve with its hose and nozzle, on a junction of the network. */
export const Hydrant = z.strictObject({
  id: Id,
  junction: Id,
  storey: Id,
  at: Point,
  hose: Hose,
  nozzle: z.strictObject({ diameter: Positive }),
  reducer: Reducer.optional().describe(
    'Lifeline extension: pressure-reducing orifice before the outlet; Δp = drop·(Q/flow)²',
  ),
});

/** A pump inlet (水泵接合器) where a fire engine connects. */
export const Inlet = z.strictObject({
  id: Id,
  junction: Id,
  at: Point,
  name: Text.optional(),
});

export const Water = z.strictObject({
  junctions: z.array(Junction).optional(),
  reservoirs: z.array(Reservoir).optional(),
  tanks: z.array(Tank).optional(),
  pipes: z.array(Pipe).optional(),
  pumps: z.array(Pump).optional(),
  valves: z.array(Valve).optional(),
  hydrants: z.array(Hydrant).optional(),
  inlets: z.array(Inlet).optional(),
});

export type Junction = z.infer<typeof Junction>;
export type Reservoir = z.infer<typeof Reservoir>;
export type Tank = z.infer<typeof Tank>;
export type Pipe = z.infer<typeof Pipe>;
export type Pump = z.infer<typeof Pump>;
export type Valve = z.infer<typeof Valve>;
export type Hydrant = z.infer<typeof Hydrant>;
export type Reducer = z.infer<typeof Reducer>;
export type Inlet = z.infer<typeof Inlet>;
export type Water = z.infer<typeof Water>;
