/**
 * Scenarios: what to change on a copy of the building, and who responds (spec "Scenarios").
 * Each change object carries exactly one kind key; ../scenario/apply-scenario.ts applies them.
 */
import { z } from 'zod';
import { Distribution, Id, Num, Positive, Text } from './common.ts';
import { ProfileShare } from './storey.ts';
import { SiteObstacle } from './site.ts';

/**
 * `at` (extension): seconds after the alarm when it becomes impassable, during the run (a closure,
 * NIST TN 1822 4.1); absent or 0: from the start. Any number here, so a negative one gets the
 * closures rule's message with its path (models/validation/rules/closures.ts).
 */
export const BlockChange = z.strictObject({
  block: Id.describe('Door, stair or elevator id'),
  at: Num.optional().describe(
    'Lifeline extension: seconds after the alarm when it closes during the run; default from the start',
  ),
});

/** `mode` (extension) says how a valve fails: `closed` (default) or stuck `open`. */
export const FailChange = z.strictObject({
  fail: Id.describe('Pump, tank (empty) or valve id'),
  mode: z.enum(['closed', 'open']).optional(),
});

export const RemoveChange = z.strictObject({ remove: Id.describe('Obstacle id') });

/** Adds site obstacles; with `storey` (extension) they are obstacles inside that storey. */
export const AddChange = z.strictObject({
  add: z.strictObject({ obstacles: z.array(SiteObstacle).min(1), storey: Id.optional() }),
});

export const OccupantsChange = z.strictObject({
  occupants: z.strictObject({
    storey: Id.optional(),
    space: Id.optional(),
    count: z.number().int().nonnegative().optional(),
    density: z.number().nonnegative().optional(),
    scale: z
      .number()
      .nonnegative()
      .max(10)
      .optional()
      .describe(
        'Lifeline extension: multiply the present number of people in the targeted spaces (0.8 = 80 % at home)',
      ),
    profile: Id.optional(),
    mix: z.array(ProfileShare).min(1).optional(),
  }),
});

/** `profile` (extension) limits the override to one profile; default: every profile. */
export const PremovementChange = z.strictObject({ premovement: Distribution, profile: Id.optional() });

export const SetChange = z.strictObject({
  set: z.strictObject({ path: z.string().describe('JSON pointer into the building'), value: z.unknown() }),
});

/**
 * `smoke` (extension): a place full of smoke from `from` seconds after the alarm (default 0): a space,
 * a stair (its flights and landings) or a storey (all its spaces). `extinction` is the smoke's
 * extinction coefficient K_s (1/m), which slows walkers (Frantzich & Nilsson 2003, as in FDS+Evac);
 * `co` (ppm), `co2` and `o2` (% by volume) feed Purser's fractional effective dose, and FED ≥ 1
 * incapacitates (sim-core/evacuation/smoke/). Plain numbers here, so a negative or absurd one gets
 * the smoke rule's message with its path (models/validation/rules/smoke.ts).
 */
export const SmokeChange = z.strictObject({
  smoke: z.strictObject({
    target: Id.describe('Space, stair or storey id'),
    extinction: Num.describe('Extinction coefficient K_s of the smoke (1/m); 0 = clear'),
    from: Num.optional().describe('Seconds after the alarm when the smoke arrives; default 0'),
    co: Num.optional().describe('Carbon monoxide, ppm by volume; default 0'),
    co2: Num.optional().describe('Carbon dioxide, % by volume; default 0'),
    o2: Num.optional().describe('Oxygen, % by volume; default 20.9 (fresh air)'),
  }),
});

export const Change = z.union([
  BlockChange,
  FailChange,
  RemoveChange,
  AddChange,
  OccupantsChange,
  PremovementChange,
  SetChange,
  SmokeChange,
]);

export const Firefighters = z.strictObject({
  count: z.number().int().positive(),
  enter: Id.describe('Door they enter by'),
  to: Id.describe('Storey they climb to'),
  start: z.number().nonnegative().describe('Seconds after the alarm'),
  profile: Id.optional().describe('Lifeline extension; default the built-in firefighter'),
});

/**
 * `fireLifts` (extension): mobility-impaired occupants use the fire lifts in this scenario's
 * evacuation runs (sim-core/evacuation/lifts/fire-lifts.ts). `true`: every usable fire lift;
 * a list: only these lifts (each an elevator with `fire: true`); `false` or absent: nobody uses them.
 * Checked by models/validation/rules/fire-lifts.ts.
 */
export const ScenarioFireLifts = z
  .union([z.boolean(), z.array(Id).min(1)])
  .describe(
    'Lifeline extension: mobility-impaired occupants use the fire lifts (true: all usable fire lifts; a list: these lift ids)',
  );

export const Scenario = z.strictObject({
  id: Id,
  name: Text.optional(),
  seed: z.number().int().nonnegative().optional(),
  duration: Positive.optional().describe('Lifeline extension: longest simulated time (s)'),
  fire: z.strictObject({ storey: Id, space: Id.optional() }).optional(),
  changes: z.array(Change).optional(),
  firefighters: z.array(Firefighters).optional(),
  vehicles: z.array(Id).optional(),
  fireLifts: ScenarioFireLifts.optional(),
});

export type Change = z.infer<typeof Change>;
export type SmokeChange = z.infer<typeof SmokeChange>;
export type Firefighters = z.infer<typeof Firefighters>;
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioFireLifts = z.infer<typeof ScenarioFireLifts>;
