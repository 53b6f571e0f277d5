/**
 * A building as the text of a building file: the same layout as the shipped samples (two-space
 * indent, final newline), so a saved file diffs cleanly against the one it came from.
 */
import type { Building } from '../../../models/index.ts';

export function serializeBuilding(building: Building): string {
  return JSON.stringify(building, null, 2) + '\n';
}

/** The file name Save As offers: the document's own name, as a .json file. */
export function suggestedFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').trim();
  if (base === '') return 'building.json';
  return /\.json$/i.test(base) ? base : `${base}.json`;
}
