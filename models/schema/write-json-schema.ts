/** `npm run schema`: regenerates building.schema.json next to this file (a test checks for drift). */
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../node/atomic-write.ts';
import { buildingJsonSchemaText } from './json-schema.ts';

const target = fileURLToPath(new URL('./building.schema.json', import.meta.url));
await writeFileAtomic(target, buildingJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
