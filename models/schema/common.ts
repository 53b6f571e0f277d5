/**
 * Building blocks shared by every section of the building model schema: ids, points, polygons and
 * the five probability distributions. Units are SI (see ../units.ts); the schema checks shape and
 * simple ranges only, and semantic rules (../validation) check everything that needs the whole model.
 */
import { z } from 'zod';
import { LIMITS } from '../load/limits.ts';

/** A non-empty id; unique within the whole file (checked by validation/rules/ids.ts). */
export const Id = z
  .string()
  .min(1)
  .max(LIMITS.maxStringLength)
  .describe('Non-empty id, unique within the whole file');

/** Free text (names, notes). */
export const Text = z.string().max(LIMITS.maxStringLength);

/** A finite number; zod 4 numbers reject NaN and ±Infinity. */
export const Num = z.number();
export const Positive = z.number().positive();
export const NonNegative = z.number().nonnegative();

/** `[x, y]` in metres, in the building's one world frame (x east, y north). */
export const Point = z.tuple([Num, Num]).describe('[x, y] in metres (x east, y north)');

/** At least 3 vertices, simple, not closed, either winding (simplicity: validation/rules/polygons.ts). */
export const Polygon = z
  .array(Point)
  .min(3)
  .max(LIMITS.maxPolygonVertices)
  .describe('Simple polygon: at least 3 [x, y] vertices, not closed, either winding');

/** A straight segment `[[x1, y1], [x2, y2]]`. */
export const Segment = z.tuple([Point, Point]);

const ConstantDistribution = z.strictObject({ type: z.literal('constant'), value: Num });
const UniformDistribution = z.strictObject({ type: z.literal('uniform'), min: Num, max: Num });
const NormalDistribution = z.strictObject({
  type: z.literal('normal'),
  mean: Num,
  sd: NonNegative,
  min: Num.optional(),
  max: Num.optional(),
});
/** `mean` and `sd` are those of the variable itself, not of its logarithm. */
const LognormalDistribution = z.strictObject({
  type: z.literal('lognormal'),
  mean: Positive,
  sd: NonNegative,
});
const TriangularDistribution = z.strictObject({
  type: z.literal('triangular'),
  min: Num,
  mode: Num,
  max: Num,
});

/** The five distributions of the format (spec "Profiles and distributions"). */
export const Distribution = z
  .discriminatedUnion('type', [
    ConstantDistribution,
    UniformDistribution,
    NormalDistribution,
    LognormalDistribution,
    TriangularDistribution,
  ])
  .describe('A probability distribution: constant, uniform, normal (truncated), lognormal or triangular');

export type Point = z.infer<typeof Point>;
export type Polygon = z.infer<typeof Polygon>;
export type Segment = z.infer<typeof Segment>;
export type Distribution = z.infer<typeof Distribution>;
