/**
 * One code check of the access engine, in the shape the water engine uses (sim-core/water/checks.ts):
 * clause, pass/fail, measured value and limit in SI units, whether the threshold is confirmed, and a
 * sentence in both interface languages. `value` is null where there is nothing to measure (no
 * overhead structure over a lane). `subject` names what was checked (a rescue site, a lane).
 */
import type { LocalizedText } from '../../models/validation/issue.ts';

export interface AccessCheck {
  clause: string;
  subject: string;
  ok: boolean;
  value: number | null;
  limit: number;
  /** m, m2, fraction, count. */
  unit: string;
  /**
   * true where the reference read the threshold in agreeing secondary copies of the clause
   * (water-and-access.md §2.2); false where it marks the wording or number UNVERIFIED. No primary
   * GB text was read for any of them.
   */
  verified: boolean;
  message: LocalizedText;
  /** Obstacle ids involved (on the site, narrowing the lane, under a low structure). */
  obstacles?: string[];
}

/** Rounds for messages: centimetres. */
export const cm = (v: number): string => String(Math.round(v * 100) / 100);

export const UNVERIFIED_NOTE: LocalizedText = {
  en: ' Threshold UNVERIFIED.',
  'zh-CN': ' 限值未经核实（UNVERIFIED）。',
};
