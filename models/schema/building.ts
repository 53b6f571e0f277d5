/** The whole building model, format version 1 (../../docs/model-format.md). */
import { z } from 'zod';
import { Text } from './common.ts';
import { Facade } from './facade.ts';
import { Profile } from './profile.ts';
import { Scenario } from './scenario.ts';
import { Site } from './site.ts';
import { Storey } from './storey.ts';
import { Vehicle } from './vehicle.ts';
import { Elevator, Stair } from './vertical.ts';
import { Water } from './water.ts';

export const FORMAT = 'lifeline-building';
export const FORMAT_VERSION = 1;
export const BUILDING_USES = ['residential', 'office', 'commercial', 'mixed', 'other'] as const;

/** The reserved space id for a safe place outside the building. */
export const OUTSIDE = 'outside';

export const Building = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  name: Text,
  use: z.enum(BUILDING_USES),
  builtYear: z.number().int().min(1800).max(2200).optional(),
  address: Text.optional().describe('Lifeline extension'),
  storeys: z.array(Storey).min(1),
  stairs: z.array(Stair),
  elevators: z.array(Elevator).optional(),
  profiles: z.array(Profile).optional(),
  water: Water.optional(),
  site: Site.optional(),
  facade: Facade.optional(),
  vehicles: z.array(Vehicle).optional(),
  scenarios: z.array(Scenario).optional(),
});

export type Building = z.infer<typeof Building>;
export type BuildingUse = (typeof BUILDING_USES)[number];
