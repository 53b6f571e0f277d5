/** The site around the building: where vehicles may drive and what is in the way (spec "Site"). */
import { z } from 'zod';
import { Id, Num, Point, Polygon, Positive, Text } from './common.ts';

export const DRIVABLE_KINDS = ['road', 'rescue-site', 'plaza'] as const;

export const Drivable = z.strictObject({
  id: Id,
  kind: z.enum(DRIVABLE_KINDS),
  name: Text.optional(),
  polygon: Polygon,
  slope: z.number().min(0).max(1).optional().describe('Gradient as a fraction (0.03 = 3 %)'),
});

export const SITE_OBSTACLE_KINDS = [
  'parked-car',
  'bollard',
  'tree',
  'planter',
  'barrier',
  'gate',
  'kiosk',
  'stall',
  'wall',
  'overhead',
] as const;

/**
 * An obstacle cutting the drivable areas. `overhead` structures have a `clearance` underside (m);
 * everything else has a `height`. `removable`: can be towed or cleared before a drill.
 * `stall` is a Lifeline extension (street stalls encroaching on rescue sites).
 */
export const SiteObstacle = z.strictObject({
  id: Id,
  kind: z.enum(SITE_OBSTACLE_KINDS),
  name: Text.optional(),
  polygon: Polygon,
  height: Positive.optional(),
  clearance: Positive.optional(),
  removable: z.boolean().optional(),
});

export const Entrance = z.strictObject({
  id: Id,
  name: Text.optional(),
  at: Point,
  heading: Num.describe('Direction of travel, degrees from +x counter-clockwise'),
});

export const CityHydrant = z.strictObject({
  id: Id,
  at: Point,
  pressure: Positive.describe('Static pressure (Pa)'),
});

export const Station = z.strictObject({
  name: Text,
  travelTime: z.number().nonnegative().describe('Response time from the station to the gate (s)'),
});

export const Site = z.strictObject({
  boundary: Polygon.optional().describe('Lifeline extension: the site limit; default see docs'),
  drivable: z.array(Drivable).optional(),
  obstacles: z.array(SiteObstacle).optional(),
  entrances: z.array(Entrance).optional(),
  hydrants: z.array(CityHydrant).optional(),
  station: Station.optional(),
});

export type Drivable = z.infer<typeof Drivable>;
export type SiteObstacle = z.infer<typeof SiteObstacle>;
export type Entrance = z.infer<typeof Entrance>;
export type Site = z.infer<typeof Site>;
