/**
 * The sample buildings shipped with the app: whatever models/samples/*.json exist at build time,
 * each its own lazily loaded chunk, read as raw text so samples go through the same loader and
 * validation as a user's file. No samples at all is a valid state (the picker says so).
 */
const rawSamples = import.meta.glob<string>('../../models/samples/*.json', {
  query: '?raw',
  import: 'default',
});

/** The sample shown at start, when present. */
export const DEFAULT_SAMPLE = 'yuzhong-residential-33f.json';

export interface SampleEntry {
  /** File name, e.g. `yuzhong-residential-33f.json`. */
  fileName: string;
  load: () => Promise<string>;
}

export const SAMPLES: readonly SampleEntry[] = Object.entries(rawSamples)
  .map(([modulePath, load]) => ({ fileName: modulePath.slice(modulePath.lastIndexOf('/') + 1), load }))
  .sort((a, b) => a.fileName.localeCompare(b.fileName));

/** The default sample if it exists, otherwise the first one, otherwise undefined. */
export function initialSample(samples: readonly SampleEntry[] = SAMPLES): SampleEntry | undefined {
  return samples.find((s) => s.fileName === DEFAULT_SAMPLE) ?? samples[0];
}
