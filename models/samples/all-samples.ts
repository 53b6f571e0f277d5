/**
 * The three shipped sample buildings, built from the generator plus each sample's own edits.
 * build-samples.ts writes them to models/samples/<id>.json; tests check the files still match.
 */
import type { Building } from '../schema/building.ts';
import { buildOfficeTower, OFFICE_TOWER_ID } from './office-tower-52f.ts';
import { buildOldTower, OLD_TOWER_ID } from './old-tower-1998-24f.ts';
import { buildYuzhongResidential, YUZHONG_ID } from './yuzhong-residential-33f.ts';

export const SAMPLE_IDS = [YUZHONG_ID, OLD_TOWER_ID, OFFICE_TOWER_ID] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

/** Every sample, by id, freshly built (deterministic: the same objects on every call). */
export function buildSamples(): Record<SampleId, Building> {
  return {
    [YUZHONG_ID]: buildYuzhongResidential(),
    [OLD_TOWER_ID]: buildOldTower(),
    [OFFICE_TOWER_ID]: buildOfficeTower(),
  };
}

/** The text of a sample file: pretty-printed JSON, 2-space indent, final newline. */
export function sampleText(b: Building): string {
  return JSON.stringify(b, null, 2) + '\n';
}
