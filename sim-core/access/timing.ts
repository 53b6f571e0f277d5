/**
 * Time until the appliance can start work: station travel time (site.station.travelTime) + driving
 * on site + a penalty per change of direction + set-up (the vehicle's `setupTime`).
 */

/** On-site forward speed, 5 km/h: walking pace with a spotter. TYPICAL, UNVERIFIED. */
export const SITE_SPEED = 5 / 3.6;
/** Reversing speed, 3 km/h with a banksman. TYPICAL, UNVERIFIED. */
export const REVERSE_SPEED = 3 / 3.6;
/** Stop, select gear, check mirrors and spotter at each change of direction (s). TYPICAL, UNVERIFIED. */
export const REVERSAL_PENALTY = 10;

export interface ArrivalTime {
  travel: number;
  driving: number;
  reversals: number;
  setup: number;
  total: number;
}

export function arrivalTime(
  travel: number,
  forwardLength: number,
  reverseLength: number,
  reversals: number,
  setup: number,
): ArrivalTime {
  const driving = forwardLength / SITE_SPEED + reverseLength / REVERSE_SPEED;
  const rev = reversals * REVERSAL_PENALTY;
  return { travel, driving, reversals: rev, setup, total: travel + driving + rev + setup };
}
