/** Storeys, their spaces, doors and obstacles (spec "Storeys, spaces, doors, obstacles"). */
import { z } from 'zod';
import { Id, Num, NonNegative, Point, Polygon, Positive, Segment, Text } from './common.ts';

export const SPACE_KINDS = [
  'room',
  'corridor',
  'lobby',
  'stair',
  'elevator-lobby',
  'shop',
  'refuge',
  'other',
] as const;

/** Where a mix of profiles is given, fractions must sum to 1 (validation/rules/occupants.ts). */
export const ProfileShare = z.strictObject({ profile: Id, fraction: z.number().min(0).max(1) });

/**
 * Lifeline extension: a target people know (the stair or exit they use every day) and its weight.
 * Exactly one of `exit` (a final exit door), `stair` or `refuge` (a refuge space): rules/familiar.ts.
 */
export const FamiliarTarget = z.strictObject({
  exit: Id.optional(),
  stair: Id.optional(),
  refuge: Id.optional(),
  weight: Positive,
});

/**
 * People in a space: `count` persons or `density` persons/m², of one `profile` or a `mix`.
 * `positions` places people exactly (then `count`, if given, must equal their number).
 * Neither `profile` nor `mix` means the built-in `adult` profile (a documented default).
 */
export const Occupants = z.strictObject({
  count: z.number().int().nonnegative().optional(),
  density: NonNegative.optional(),
  profile: Id.optional(),
  mix: z.array(ProfileShare).min(1).optional(),
  positions: z.array(Point).optional(),
  groups: z
    .union([
      z.literal('unit'),
      z.strictObject({ share: z.number().min(0).max(1) }),
      z.array(z.number().int().min(1)).min(1),
    ])
    .optional()
    .describe(
      'Lifeline extension: who leaves together. "unit": everyone of the same unit (household) on this storey is one group; { "share": f }: that share of the units; [n1, n2, …]: the first n1 persons of this space are one group, the next n2 another',
    ),
  familiar: z
    .array(FamiliarTarget)
    .min(1)
    .optional()
    .describe(
      'Lifeline extension: the exits, stairs or refuges these people use every day; each person is familiar with one, drawn in proportion to the weights, and prefers it in route choice',
    ),
});

export const Space = z.strictObject({
  id: Id,
  kind: z.enum(SPACE_KINDS),
  name: Text.optional(),
  unit: Text.optional(),
  polygon: Polygon,
  occupants: Occupants.optional(),
});

export const DOOR_KINDS = ['door', 'fire-door', 'opening'] as const;

/** A door joins two spaces; `spaces[1]` may be `"outside"` (a final exit). Width = segment length. */
export const Door = z.strictObject({
  id: Id,
  spaces: z.tuple([Id, Id]),
  segment: Segment,
  kind: z.enum(DOOR_KINDS).optional(),
  passable: z.boolean().optional(),
  name: Text.optional(),
});

/** An obstacle inside a storey (column, fixed furniture); people walk around it. */
export const StoreyObstacle = z.strictObject({
  id: Id,
  polygon: Polygon,
  name: Text.optional(),
});

export const Storey = z.strictObject({
  id: Id,
  name: Text.optional(),
  elevation: Num.describe('Floor level z (m)'),
  height: Positive.describe('Floor-to-floor height (m)'),
  refuge: z.boolean().optional(),
  spaces: z.array(Space).min(1),
  doors: z.array(Door).optional(),
  obstacles: z.array(StoreyObstacle).optional(),
});

export type Occupants = z.infer<typeof Occupants>;
export type FamiliarTarget = z.infer<typeof FamiliarTarget>;
export type Space = z.infer<typeof Space>;
export type SpaceKind = (typeof SPACE_KINDS)[number];
export type Door = z.infer<typeof Door>;
export type StoreyObstacle = z.infer<typeof StoreyObstacle>;
export type Storey = z.infer<typeof Storey>;
