/** Stairs and elevators: the vertical routes (spec "Stairs and elevators"). */
import { z } from 'zod';
import { Id, Positive, Text } from './common.ts';

/** One stop of a stair or lift: a space on a storey. */
export const Landing = z.strictObject({ storey: Id, space: Id });

export const STAIR_ENCLOSURES = ['open', 'enclosed', 'smokeproof'] as const;

/**
 * A stair: dog-leg flights between consecutive landings (bottom to top), each flight `width` wide.
 * `passable: false` is a Lifeline extension (what a scenario's `block` sets).
 */
export const Stair = z.strictObject({
  id: Id,
  name: Text.optional(),
  width: Positive.describe('Clear width of each flight (m)'),
  riser: Positive.describe('Riser height (m)'),
  tread: Positive.describe('Tread depth (m)'),
  enclosure: z.enum(STAIR_ENCLOSURES),
  scissor: Id.optional().describe('Id of the twin stair of a scissor pair'),
  landings: z.array(Landing).min(2),
  passable: z.boolean().optional(),
});

/** A lift; `fire: true` is a fire (firefighters') lift. `passable: false` is a Lifeline extension. */
export const Elevator = z.strictObject({
  id: Id,
  name: Text.optional(),
  fire: z.boolean(),
  speed: Positive.describe('Car speed (m/s)'),
  capacity: z.number().int().positive().describe('Persons per trip'),
  doorTime: z.number().nonnegative().describe('Door open + close time per stop (s)'),
  stops: z.array(Landing).min(2),
  passable: z.boolean().optional(),
});

export type Landing = z.infer<typeof Landing>;
export type Stair = z.infer<typeof Stair>;
export type Elevator = z.infer<typeof Elevator>;
