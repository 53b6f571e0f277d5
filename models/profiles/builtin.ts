/**
 * Built-in occupant profiles. A file may redefine any of them under `profiles` (same id).
 * Every constant carries its source; "UNVERIFIED" marks a typical value not yet checked against a
 * primary source (see ../../../shared/reference/evacuation-verification.md) — override it per building.
 */
import type { Profile } from '../schema/profile.ts';

export const BUILTIN_PROFILES: readonly Profile[] = [
  {
    id: 'adult',
    name: 'Adult',
    // Weidmann (1993): free speed N(1.34, 0.26) m/s; truncated to [0.5, 2.2] as in Vadere's RiMEA
    // scenarios (pedestrian-dynamics-HM/vadere, Scenarios/ModelTests/TestOSM).
    speed: { type: 'normal', mean: 1.34, sd: 0.26, min: 0.5, max: 2.2 },
    // JuPedSim collision-free speed model default agent radius, v1.4.2
    // (libjupedsim/include/jupedsim/collision_free_speed_model.h).
    radius: 0.2,
    // Residential pre-movement: typical value, UNVERIFIED (the spec's example); set it per scenario.
    premovement: { type: 'lognormal', mean: 120, sd: 60 },
    stairFactor: 1,
  },
  {
    id: 'elderly',
    name: 'Elderly',
    // Spec example profile; within RiMEA test 7's 50–80 y band 0.68–1.41 m/s (JuPedSim runtest_rimea_7.py).
    speed: { type: 'normal', mean: 0.9, sd: 0.2, min: 0.4, max: 1.3 },
    radius: 0.23,
    premovement: { type: 'lognormal', mean: 120, sd: 60 },
    // Spec example value.
    stairFactor: 0.8,
  },
  {
    id: 'child',
    name: 'Child',
    // Typical, UNVERIFIED: children walk ~1.1 m/s when accompanied; bounded like the adult profile.
    speed: { type: 'normal', mean: 1.1, sd: 0.25, min: 0.5, max: 1.8 },
    radius: 0.17,
    premovement: { type: 'lognormal', mean: 120, sd: 60 },
    stairFactor: 0.85,
  },
  {
    id: 'mobility-impaired',
    name: 'Mobility-impaired',
    // RiMEA test 7 "impaired" group bounds 0.46–0.76 m/s (JuPedSim v0.8.4 runtest_rimea_7.py).
    speed: { type: 'uniform', min: 0.46, max: 0.76 },
    // Walking frame or wheelchair footprint: typical, UNVERIFIED.
    radius: 0.35,
    premovement: { type: 'lognormal', mean: 180, sd: 90 },
    // Typical, UNVERIFIED: half the derived stair speed; the fire lift is their intended route.
    stairFactor: 0.5,
  },
  {
    id: 'firefighter',
    name: 'Firefighter (with equipment)',
    // Pathfinder refuge-floor tutorial: firefighters at a constant 1.19 m/s on the level.
    speed: { type: 'constant', value: 1.19 },
    radius: 0.25,
    // They start at the scenario's `start` time; no pre-movement of their own.
    premovement: { type: 'constant', value: 0 },
    // DTU/Sharjah 2014: 28 floors (298 m of stair path) in 18 min 20 s = 0.27 m/s along the path,
    // about 0.28 × a ~0.95 m/s SFPE stair speed (derived); Latosinski et al. 2024: −24.8 % ascent
    // speed with a 30 % body-mass load, already inside that crew's figure.
    stairFactor: 0.28,
  },
];

export const BUILTIN_PROFILE_IDS: readonly string[] = BUILTIN_PROFILES.map((p) => p.id);
