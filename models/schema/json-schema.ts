/** The building model as JSON Schema (draft 2020-12), generated from the zod schema: one source. */
import { z } from 'zod';
import { Building, FORMAT_VERSION } from './building.ts';

export const JSON_SCHEMA_ID = `https://lifeline.local/schema/building-v${FORMAT_VERSION}.schema.json`;

export function buildingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Building, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    $schema: schema.$schema,
    $id: JSON_SCHEMA_ID,
    title: 'Lifeline building model',
    description:
      'One building, its site, fire-water system, facade and scenarios (format "lifeline-building", version 1). ' +
      'Generated from models/schema/*.ts by `npm run schema`; semantic rules (ids, geometry, routes) are in docs/model-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The text written to models/schema/building.schema.json (stable: 2-space indent, final newline). */
export function buildingJsonSchemaText(): string {
  return JSON.stringify(buildingJsonSchema(), null, 2) + '\n';
}
