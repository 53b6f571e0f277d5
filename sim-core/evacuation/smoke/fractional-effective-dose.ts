/**
 * Purser's fractional effective dose (FED) for incapacitation by asphyxiant gases, as FDS+Evac
 * computes it (Korhonen & Hostikka, FDS+Evac Technical Reference, VTT Working Papers 119, 2009, §3.5,
 * after Purser, SFPE Handbook of Fire Protection Engineering, 3rd ed., 2002, ch. 2-6), and as NIST
 * TN 1822 (Ronchi et al. 2013) Verif.2.6 states it:
 *
 *   FED(t) = ∫ (FED_CO rate · HV_CO2 + FED_O2 rate) dt,   incapacitated when FED ≥ 1,
 *   FED_CO rate = 4.607e−7 · CO^1.036 per s (CO in ppm; Purser's 2.764e−5 per min / 60),
 *   FED_O2 rate = 1 / (60 · exp(8.13 − 0.54 · (20.9 − O2 %))) per s,
 *   HV_CO2 = exp(0.1930 · CO2 % + 2.0004) / 7.1 (hyperventilation from CO2, which speeds CO uptake).
 *
 * Both modes take the rate of the place where a person is at each step (sim-core/evacuation/smoke/).
 */

/** Purser FED_CO coefficient per second for CO in ppm (2.764e−5 per minute, FDS+Evac). */
export const FED_CO_COEFF = 4.607e-7;
/** Purser FED_CO exponent on CO (ppm). */
export const FED_CO_EXPONENT = 1.036;
/** Oxygen in fresh air (% by volume), the O2 term's reference. */
export const AMBIENT_O2_PERCENT = 20.9;
/** Purser FED_O2: time to incapacitation exp(8.13 − 0.54·(20.9 − O2)) minutes. */
export const FED_O2_A = 8.13;
export const FED_O2_B = 0.54;
/** Purser HV_CO2 = exp(0.1930·CO2 + 2.0004) / 7.1. */
export const HV_CO2_A = 0.193;
export const HV_CO2_B = 2.0004;
export const HV_CO2_DIVISOR = 7.1;

/** FED_CO accumulated per second at `co` ppm. */
export function fedCoRate(co: number): number {
  return co > 0 ? FED_CO_COEFF * Math.pow(co, FED_CO_EXPONENT) : 0;
}

/** FED_O2 accumulated per second at `o2` % oxygen (0 at or above fresh air). */
export function fedO2Rate(o2: number): number {
  const deficit = AMBIENT_O2_PERCENT - o2;
  if (!(deficit > 0)) return 0;
  return 1 / (60 * Math.exp(FED_O2_A - FED_O2_B * deficit));
}

/** Hyperventilation factor from `co2` % (FDS+Evac applies it to the CO term). */
export function hyperventilationCo2(co2: number): number {
  return Math.exp(HV_CO2_A * (co2 > 0 ? co2 : 0) + HV_CO2_B) / HV_CO2_DIVISOR;
}

/** Total FED per second in a gas of `co` ppm, `co2` % and `o2` %. */
export function fedRate(co: number, co2: number, o2: number): number {
  const coTerm = fedCoRate(co);
  return (coTerm > 0 ? coTerm * hyperventilationCo2(co2) : 0) + fedO2Rate(o2);
}
