/** The profiles a building can use: the built-ins, each replaced by a file profile of the same id. */
import type { Building } from '../../../models/schema/building.ts';
import type { Profile } from '../../../models/schema/profile.ts';
import { BUILTIN_PROFILES } from '../../../models/profiles/builtin.ts';

export function resolveProfiles(b: Building): Profile[] {
  const out = new Map<string, Profile>();
  for (const p of BUILTIN_PROFILES) out.set(p.id, p);
  for (const p of b.profiles ?? []) out.set(p.id, p);
  return [...out.values()];
}
