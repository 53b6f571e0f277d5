/** Occupant profiles (spec "Profiles and distributions"); built-ins live in ../profiles. */
import { z } from 'zod';
import { Distribution, Id, Positive, Text } from './common.ts';

export const Profile = z.strictObject({
  id: Id,
  name: Text.optional(),
  speed: Distribution.describe('Free walking speed on level ground (m/s)'),
  radius: Positive.describe('Body radius (m)'),
  premovement: Distribution.describe('Time from alarm to starting to move (s)'),
  stairFactor: Positive.optional().describe('Multiplier on the engine stair speed (default 1)'),
});

export type Profile = z.infer<typeof Profile>;
