/**
 * Walking speed in smoke: the linear correlation of Frantzich & Nilsson (2003, "Utrymning genom tät
 * rök: beteende och förflyttning", Lund University, report 3126), fitted to people walking through
 * dense, irritant smoke in a tunnel, in the form FDS+Evac uses (Korhonen & Hostikka, FDS+Evac
 * Technical Reference and User's Guide, VTT Working Papers 119, 2009, §3.4, eq. 11; the same
 * constants in pyFDS-Evac's smoke-speed model, PedestrianDynamics/pyFDS-Evac docs/smoke-speed-model.md):
 *
 *   v(K_s) = max(v_min, v0 · (1 + β/α · K_s)),  α = 0.706 m/s, β = −0.057 m²/s, v_min = 0.1 · v0.
 *
 * K_s is the extinction coefficient (1/m). At K_s = 1 /m a walker keeps 91.9 % of their speed; the
 * floor of 10 % is reached at K_s = 0.9 · α/|β| = 11.1 /m. NIST TN 1822 Verif.2.5 asks that a run
 * follow "the model's own smoke–speed correlation": this is ours.
 */

/** α (m/s): the intercept of Frantzich & Nilsson's fit v = α + β·K_s (FDS+Evac eq. 11). */
export const SMOKE_SPEED_ALPHA = 0.706;
/** β (m²/s): its slope (FDS+Evac eq. 11). */
export const SMOKE_SPEED_BETA = -0.057;
/** Lowest speed in smoke as a fraction of the clear-air speed (FDS+Evac: v_min = 0.1·v0). */
export const SMOKE_MIN_SPEED_FRACTION = 0.1;

/** Factor (0.1–1) on a walker's clear-air speed in smoke of extinction coefficient `k` (1/m). */
export function smokeSpeedFactor(k: number): number {
  if (!(k > 0)) return 1;
  const f = 1 + (SMOKE_SPEED_BETA / SMOKE_SPEED_ALPHA) * k;
  return f > SMOKE_MIN_SPEED_FRACTION ? f : SMOKE_MIN_SPEED_FRACTION;
}
