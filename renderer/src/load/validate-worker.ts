/**
 * The semantic check of a building file off the main thread (load/staged-load.ts): the same
 * `loadBuildingText` as everywhere, in its own module worker, so the window can draw the building
 * while the rules run (for the 33-storey sample the rules take 0.3–0.6 s of CPU; they run again for
 * each scenario's result). Only the issues go back: the main thread keeps the building it drew.
 */
import { expose } from 'comlink';
import { loadBuildingText } from '../../../models/index.ts';
import type { ValidationIssue } from '../../../models/index.ts';

export interface SemanticCheck {
  /** True when the file has no errors (the loader's `building` is defined). */
  valid: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

export interface ValidateApi {
  check(text: string, file: string): SemanticCheck;
}

const api: ValidateApi = {
  check(text, file) {
    const r = loadBuildingText(text, file);
    return { valid: r.building !== undefined, errors: r.errors, warnings: r.warnings };
  },
};

expose(api);
