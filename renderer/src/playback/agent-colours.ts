/**
 * Agent colours: one per occupant profile (in order of first appearance, so the same file always
 * gets the same colours), and red for people the run left trapped — the state a trainer must see.
 */
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';

// Saturated and unlike the building's own colours (pale spaces and windows, orange stairs), so
// people stand out at whole-tower zoom.
export const PROFILE_PALETTE = ['#ffea00', '#00e676', '#ffffff', '#b388ff', '#18ffff', '#c6ff00', '#ff80ab'];
export const TRAPPED_COLOR = '#ff1744';

export interface AgentColours {
  /** Colour per agent, in trajectory order. */
  colours: string[];
  /** Profile id → colour, for the legend. */
  profiles: [string, string][];
}

export function agentColours(agents: EvacuationResult['agents']): AgentColours {
  const byProfile = new Map<string, string>();
  const colours = agents.map((a) => {
    let c = byProfile.get(a.profile);
    if (c === undefined) {
      c = PROFILE_PALETTE[byProfile.size % PROFILE_PALETTE.length]!;
      byProfile.set(a.profile, c);
    }
    return a.status === 'trapped' ? TRAPPED_COLOR : c;
  });
  return { colours, profiles: [...byProfile] };
}
