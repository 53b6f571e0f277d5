/** Facade openings with their canopies and window nets (spec "Facade"). */
import { z } from 'zod';
import { Id, NonNegative, Point, Positive, Text } from './common.ts';

export const OPENING_KINDS = ['window', 'balcony', 'rescue-window'] as const;
export const CANOPY_KINDS = ['none', 'combustible', 'noncombustible'] as const;
export const NET_KINDS = ['none', 'flush', 'protruding'] as const;

export const Opening = z.strictObject({
  id: Id,
  storey: Id,
  unit: Text.optional(),
  at: Point.describe('A point on the outer wall line'),
  width: Positive,
  height: Positive,
  sill: NonNegative.describe('Sill height above the storey floor (m)'),
  kind: z.enum(OPENING_KINDS),
  canopy: z.enum(CANOPY_KINDS).optional(),
  net: z.enum(NET_KINDS).optional(),
  hatch: z.boolean().optional(),
});

export const Facade = z.strictObject({ openings: z.array(Opening).optional() });

export type Opening = z.infer<typeof Opening>;
export type Facade = z.infer<typeof Facade>;
