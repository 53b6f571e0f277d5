import { describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../models/index.ts';

describe('smoke', () => {
  it('reports a truncated file', () => {
    const r = loadBuildingText('{"format": "lifeline-building", "vers', 'x.json');
    expect(r.errors[0]?.code).toBe('json.syntax');
    console.log(r.errors);
  });
  it('reports schema problems', () => {
    const r = loadBuildingText(JSON.stringify({ format: 'lifeline-building', version: 1, name: 'x', use: 'flat', storeys: [{ id: 'F1', elevation: 0, height: -3, spaces: [], extra: 1 }], stairs: [] }));
    console.log(r.errors.map((e) => `${e.path}: ${e.text.en} | ${e.text['zh-CN']}`));
  });
});
