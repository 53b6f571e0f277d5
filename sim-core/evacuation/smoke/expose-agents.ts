/**
 * Agent mode, once per step before the velocities: each person's smoke where they are — the speed
 * factor on their free speed (used by movement/collision-free-speed.ts on the floor and by
 * stairs/stair-lanes.ts on a flight) and the fractional effective dose they breathe in this step.
 * FED ≥ 1 incapacitates (run/events.ts markIncapacitated).
 *
 * Where a person is: on a flight, that flight's stair; otherwise their space (waiting to start, walking,
 * queued at a landing or waiting to step off it). The step covers [t − dt, t], so the smoke counts in
 * it from the first step that starts at or after `from`. People waiting for or riding a fire lift
 * breathe nothing: the fire-lift lobby is a protected, smoke-controlled lobby (GB 50016-2014 7.3.5, the
 * clause number UNVERIFIED),
 * and a lift car is left to the lift model.
 */
import { ON_STAIR, QUEUED, STEPPING_OFF, WAITING, WALKING } from '../population/agent-arrays.ts';
import type { Sim } from '../run/sim-state.ts';
import { markIncapacitated } from '../run/events.ts';
import { advanceSmokeField } from './smoke-field.ts';

export function exposeAgentsToSmoke(sim: Sim): void {
  const f = sim.smoke;
  if (!f) return;
  const a = sim.a;
  const dt = sim.opts.dt;
  advanceSmokeField(f, sim.t - dt);
  for (let i = 0; i < a.n; i++) {
    const st = a.state[i];
    let speed: number;
    let rate: number;
    if (st === ON_STAIR) {
      const s = sim.laneStair[a.lane[i]!]!;
      speed = f.stairSpeed[s]!;
      rate = f.stairFed[s]!;
    } else if (st === WALKING || st === WAITING || st === QUEUED || st === STEPPING_OFF) {
      const sp = a.space[i]!;
      speed = f.spaceSpeed[sp]!;
      rate = f.spaceFed[sp]!;
    } else continue;
    a.smokeSpeed[i] = speed;
    if (rate > 0) {
      a.fed[i]! += rate * dt;
      if (a.fed[i]! >= 1) markIncapacitated(sim, i);
    }
  }
}
