import { describe, expect, it } from 'vitest';
import { loadBuildingBytes, loadBuildingText } from '../../../models/index.ts';
import { draftBuilding } from '../../../renderer/src/view/draft-building.ts';
import { smallTowerText } from './fixtures.ts';

function broken(
  edit: (b: { storeys: { height: number; doors: { segment: number[][] }[] }[] }) => void,
): string {
  const b = JSON.parse(smallTowerText());
  edit(b);
  return JSON.stringify(b);
}

describe('draft of a broken file', () => {
  it('is the schema-valid model when only semantic rules fail', () => {
    const text = broken((b) => {
      b.storeys[0]!.doors[0]!.segment = [
        [2, 5],
        [3, 5],
      ];
    });
    const result = loadBuildingText(text);
    expect(result.building).toBeUndefined();
    expect(result.errors.map((e) => e.code)).toContain('door.notOnSharedWall');
    const draft = draftBuilding(result, text);
    expect(draft?.storeys[0]!.doors![0]!.segment).toEqual([
      [2, 5],
      [3, 5],
    ]);
    const bytes = new TextEncoder().encode(text);
    expect(draftBuilding(loadBuildingBytes(bytes), bytes)?.name).toBe(draft?.name);
  });

  it('is nothing for a valid file, a schema error or unreadable text', () => {
    const valid = smallTowerText();
    expect(draftBuilding(loadBuildingText(valid), valid)).toBeUndefined();
    const schema = broken((b) => {
      b.storeys[0]!.height = -3;
    });
    expect(draftBuilding(loadBuildingText(schema), schema)).toBeUndefined();
    expect(draftBuilding(loadBuildingText('{"format":'), '{"format":')).toBeUndefined();
  });
});
