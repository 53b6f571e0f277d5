/**
 * Writes the sample buildings to models/samples/<id>.json:
 *   npx tsx models/samples/build-samples.ts        (or: npm run samples)
 * Refuses to write a sample that fails validation, and prints its errors instead.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateBuilding } from '../load/load-building.ts';
import { formatIssue } from '../validation/issue.ts';
import { buildSamples, sampleText } from './all-samples.ts';

export { buildSamples, sampleText, SAMPLE_IDS } from './all-samples.ts';

function main(): number {
  let failed = 0;
  for (const [id, building] of Object.entries(buildSamples())) {
    const r = validateBuilding(building, id);
    for (const w of r.warnings) console.log(`${id}: warning ${formatIssue(w)}`);
    if (r.errors.length > 0) {
      for (const e of r.errors) console.error(`${id}: error ${formatIssue(e)}`);
      failed++;
      continue;
    }
    const file = fileURLToPath(new URL(`./${id}.json`, import.meta.url));
    writeFileSync(file, sampleText(building));
    console.log(`${id}: wrote ${file} (${r.warnings.length} warning(s))`);
  }
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
