/**
 * Scenario smoke in the hydraulic mode, from the same field as the agent mode (../smoke/smoke-field.ts):
 *   - speed: a person's speed in an element is fixed when they enter it (step.ts entrySpeed), so the
 *     smoke in that element at that moment sets it: on the level min(v0 × f, S(D)), as the agent
 *     mode's min(v0 × f, headway / T); on a flight the SFPE stair speed × f, as the agent mode's
 *     stair lanes; f from Frantzich & Nilsson (../smoke/walking-speed-in-smoke.ts). Smoke arriving
 *     while someone is inside an element slows them from the next element on. Caps (doors, flight
 *     entries) are not changed: smoke slows walking, the queues follow.
 *   - dose: at the end of each 1 s step every active person (waiting to start or on their way; not a
 *     fire-lift user, as in the agent mode) breathes the FED rate of the node they are in then, for the
 *     step. FED reaching 1 incapacitates them at the exact time within the step where the dose
 *     crosses 1: they leave their queue and node, and count as `incapacitated`.
 */
import { advanceSmokeField, smokeAt, smokePlace } from '../smoke/smoke-field.ts';
import { ACTIVE, INCAPACITATED, type HydraulicState } from './state.ts';

/** Smoke speed factor (0.1–1) of node `node` at time t (s); 1 without smoke. */
export function nodeSmokeSpeed(s: HydraulicState, node: number, t: number): number {
  const f = s.smoke;
  if (!f) return 1;
  const stair = s.net.nodeStair[node]!;
  return smokeAt(f, stair >= 0 ? f.stairEntries[stair]! : f.spaceEntries[node]!, t).speed;
}

/** Dose for the step [t, tEnd]: who is overcome leaves the flows (see the file comment). */
export function exposeHydraulicToSmoke(s: HydraulicState, t: number, tEnd: number): void {
  const f = s.smoke;
  if (!f) return;
  advanceSmokeField(f, t);
  const a = s.pop.agents;
  const net = s.net;
  for (let i = 0; i < a.n; i++) {
    if (s.status[i] !== ACTIVE || s.liftOf[i]! >= 0) continue;
    const node = s.node[i]!;
    const stair = net.nodeStair[node]!;
    const rate = stair >= 0 ? f.stairFed[stair]! : f.spaceFed[node]!;
    if (!(rate > 0)) continue;
    const before = s.fed[i]!;
    s.fed[i] = before + rate * (tEnd - t);
    if (s.fed[i]! < 1) continue;
    const at = t + (1 - before) / rate;
    // Out of the queue they wait in (started persons wait at their next hop's server).
    if (s.route[i]! >= 0 && a.premovement[i]! < tEnd) {
      const v = s.routes[s.route[i]!]!.server[s.hop[i]!]!;
      s.waiting[v] = s.waiting[v]!.filter((k) => k !== i);
    }
    s.population[node]!--;
    if (s.heldAt[i]! >= 0) {
      s.landingWaiting[s.heldAt[i]!]!--;
      s.heldAt[i] = -1;
    }
    f.overcome.set(i, smokePlace(f, net.layout, net.stairs, stair >= 0 ? -1 : node, stair));
    s.status[i] = INCAPACITATED;
    s.incapacitatedAt[i] = at;
    s.incapacitated++;
  }
}
