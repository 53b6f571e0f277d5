import { describe, expect, it } from 'vitest';
import { loadBuildingBytes, loadBuildingText, validateBuilding } from '../../../models/load/load-building.ts';
import { LIMITS } from '../../../models/load/limits.ts';
import { validBuilding } from '../validation/fixtures.ts';

const codes = (r: { errors: { code: string }[] }): string[] => r.errors.map((e) => e.code);

describe('loading bad input never crashes, never hangs, and names the problem', () => {
  it('a valid file loads', () => {
    const r = loadBuildingText(JSON.stringify(validBuilding()), 'ok.json');
    expect(r.errors).toEqual([]);
    expect(r.building?.name).toBe('Test block');
    expect(r.file).toBe('ok.json');
  });

  it('truncated JSON: a syntax error with line and column', () => {
    const text = JSON.stringify(validBuilding(), null, 2);
    const r = loadBuildingText(text.slice(0, 500));
    expect(codes(r)).toEqual(['json.syntax']);
    expect(r.errors[0]!.text.en).toMatch(/ends too early at line \d+, column \d+/);
    const bad = loadBuildingText('{\n  "format": "lifeline-building",\n  "version": 1,,\n}');
    expect(bad.errors[0]!.text.en).toBe('JSON syntax error at line 3, column 16');
  });

  it('empty text, non-objects and non-UTF-8 bytes', () => {
    expect(codes(loadBuildingText('  \n'))).toEqual(['json.empty']);
    expect(codes(loadBuildingText('[1, 2]'))).toEqual(['json.notObject']);
    expect(codes(loadBuildingText('"tower"'))).toEqual(['json.notObject']);
    expect(codes(loadBuildingBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toEqual(['file.notUtf8']);
  });

  it('a UTF-8 byte-order mark is accepted', () => {
    const bytes = new TextEncoder().encode('\uFEFF' + JSON.stringify(validBuilding()));
    expect(loadBuildingBytes(bytes).errors).toEqual([]);
  });

  it('wrong types are named by path', () => {
    const b = validBuilding() as unknown as Record<string, unknown>;
    b.storeys = 'many';
    const r = validateBuilding(b);
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/storeys schema.type']);
    expect(r.errors[0]!.text.en).toBe('must be an array, not a string');
    expect(r.errors[0]!.text['zh-CN']).toBe('应为数组，实际为文本');
  });

  it('NaN and Infinity: not JSON in text; refused in memory', () => {
    expect(codes(loadBuildingText('{"format": NaN}'))).toEqual(['json.syntax']);
    const b = validBuilding();
    b.storeys[0]!.height = NaN;
    b.stairs[0]!.width = Infinity;
    const r = validateBuilding(b);
    expect(r.errors.map((e) => e.path)).toEqual(['/storeys/0/height', '/stairs/0/width']);
  });

  it('100 MB of text is refused at once', () => {
    const big = ' '.repeat(100 * 1024 * 1024);
    const t0 = performance.now();
    expect(codes(loadBuildingText(big))).toEqual(['file.tooLarge']);
    expect(codes(loadBuildingBytes(new Uint8Array(LIMITS.maxFileBytes + 1)))).toEqual(['file.tooLarge']);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('deep nesting (a million levels) is refused without a stack overflow', () => {
    const deep = '{"format":' + '['.repeat(1_000_000) + ']'.repeat(1_000_000) + '}';
    const r = loadBuildingText(deep);
    expect(codes(r)).toEqual(['json.tooDeep']);
    expect(r.errors[0]!.path).toMatch(/^\/format(\/0)+$/);
  });

  it('a 1e6-vertex polygon is refused quickly; a 20 000-vertex one is refused by the vertex limit', () => {
    const b = validBuilding() as unknown as { storeys: { spaces: { polygon: number[][] }[] }[] };
    const ring = (n: number): number[][] =>
      Array.from({ length: n }, (_, i) => [
        3 + 2 * Math.cos((2 * Math.PI * i) / n),
        5 + 2 * Math.sin((2 * Math.PI * i) / n),
      ]);
    b.storeys[0]!.spaces[1]!.polygon = ring(1_000_000);
    let t0 = performance.now();
    const huge = loadBuildingText(JSON.stringify(b));
    expect(codes(huge)).toEqual(['json.arrayTooLong']);
    expect(huge.errors[0]!.path).toBe('/storeys/0/spaces/1/polygon');
    expect(performance.now() - t0).toBeLessThan(10_000);
    b.storeys[0]!.spaces[1]!.polygon = ring(20_000);
    t0 = performance.now();
    const many = loadBuildingText(JSON.stringify(b));
    expect(many.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      '/storeys/0/spaces/1/polygon schema.tooManyItems',
    ]);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('__proto__, constructor and prototype keys are refused and nothing is polluted', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"format":"lifeline-building","storeys":[{"id":"F1","${key}":{"polluted":true}}]}`;
      const r = loadBuildingText(text);
      expect(codes(r)).toEqual(['json.forbiddenKey']);
      expect(r.errors[0]!.path).toBe(`/storeys/0/${key}`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('unknown fields are errors (a typo must not be silently ignored)', () => {
    const b = validBuilding() as unknown as { stairs: Record<string, unknown>[] };
    b.stairs[0]!.widht = 1.2;
    const r = validateBuilding(b);
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/stairs/0/widht schema.unknownField']);
  });

  it('a cyclic in-memory object gives an error, not a crash', () => {
    const b = validBuilding() as unknown as Record<string, unknown>;
    (b as { self?: unknown }).self = b;
    expect(() => validateBuilding(b)).not.toThrow();
    expect(validateBuilding(b).errors.length).toBeGreaterThan(0);
  });

  it('enum, literal, integer and union messages are plain words', () => {
    const b = validBuilding() as unknown as Record<string, never> & { scenarios: { changes: unknown[] }[] };
    (b as Record<string, unknown>).version = 2;
    (b as Record<string, unknown>).use = 'hotel';
    b.scenarios[0]!.changes = [{ block: 5 }, { premovement: { type: 'gaussian', mean: 1 } }];
    const r = validateBuilding(b);
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e.text.en]));
    expect(byPath['/version']).toBe('must be 1, not 2');
    expect(byPath['/use']).toMatch(/^must be one of "residential", "office"/);
    expect(byPath['/scenarios/0/changes/0/block']).toBe('must be a string, not a number');
    expect(byPath['/scenarios/0/changes/1/premovement/type']).toMatch(
      /"type" must be one of "constant", "uniform"/,
    );
  });
});
