import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildingJsonSchemaText } from '../../../models/schema/json-schema.ts';

describe('published JSON Schema', () => {
  it('models/schema/building.schema.json matches the zod schema (run `npm run schema` after changing it)', () => {
    const checkedIn = readFileSync(
      new URL('../../../models/schema/building.schema.json', import.meta.url),
      'utf8',
    );
    expect(checkedIn).toBe(buildingJsonSchemaText());
  });

  it('describes the format and forbids unknown fields', () => {
    const schema = JSON.parse(buildingJsonSchemaText());
    expect(schema.properties.format.const).toBe('lifeline-building');
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'name', 'use', 'storeys', 'stairs']),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
