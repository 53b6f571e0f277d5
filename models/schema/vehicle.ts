/** Fire appliances: the shipped catalogue (../vehicles) and a file's own `vehicles` share this shape. */
import { z } from 'zod';
import { Id, NonNegative, Num, Positive, Text } from './common.ts';
import { PumpCurve } from './water.ts';

export const VEHICLE_KINDS = ['pumper', 'tender', 'high-pressure', 'aerial', 'other'] as const;

export const Aerial = z.strictObject({
  envelope: z
    .array(z.tuple([NonNegative, Num]))
    .min(2)
    .describe('[horizontal reach from the turntable m, height above ground m] points'),
  outriggerSpread: Positive.describe(
    'Outrigger spread, side to side across the pads: outer edge to outer edge (m)',
  ),
  outriggerLength: Positive.optional().describe(
    'Distance between the front and rear pad lines, pad centre to pad centre (m); without it the body length',
  ),
  padSize: Positive.optional().describe(
    'Side of the square ground pad under each outrigger jack (m); without it no separate pad check',
  ),
});

export const VehiclePump = z.strictObject({
  curve: PumpCurve.describe('[flow m³/s, head m] points'),
});

export const Vehicle = z.strictObject({
  id: Id,
  kind: z.enum(VEHICLE_KINDS),
  name: Text.optional(),
  length: Positive,
  width: Positive,
  height: Positive,
  wheelbase: Positive,
  frontOverhang: NonNegative,
  maxSteer: z.number().gt(0).lt(90).describe('Bicycle-model steering angle (degrees)'),
  mass: Positive.optional().describe('Gross mass (kg)'),
  setupTime: NonNegative.optional().describe('Outrigger / pump set-up time (s)'),
  aerial: Aerial.optional(),
  pump: VehiclePump.optional(),
  source: Text.optional().describe('Where the figures come from, or "typical"'),
});

export type Vehicle = z.infer<typeof Vehicle>;
