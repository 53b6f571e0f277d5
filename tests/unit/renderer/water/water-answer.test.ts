/**
 * The Water answer as the app computes it: the same summary and verdict as the CLI's drill for the
 * same building and scenario (renderer/src/water/water-job.ts waterOutcome over a real analysis),
 * the engine's refusals checked before a worker is started, the hydrant colours against 7.4.12,
 * risers through stacked hydrants, and the overlay recolouring the scene's hydrant markers.
 */
import { type InstancedMesh, type MeshLambertMaterial, Plane, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../../../models/scenario/apply-scenario.ts';
import { analyseWater } from '../../../../sim-core/water/index.ts';
import type { HydrantResult } from '../../../../sim-core/water/model.ts';
import { createBuildingScene } from '../../../../renderer/src/scene/building-scene.ts';
import {
  createWaterOverlay,
  hydrantLevel,
  riserSegments,
} from '../../../../renderer/src/scene/water-overlay.ts';
import { hydrantMarkerIds } from '../../../../renderer/src/scene/water-markers.ts';
import { formatCheckValue, formatLps, formatMpa } from '../../../../renderer/src/water/format.ts';
import { waterInputProblem, waterOutcome } from '../../../../renderer/src/water/water-job.ts';
import { sampleBuilding } from '../fixtures.ts';
import { stubDocumentWithoutCanvas } from '../no-canvas.ts';

stubDocumentWithoutCanvas();

describe('water answer', () => {
  it('old tower, baseline scenario: the verdict the CLI drill prints', async () => {
    const old = sampleBuilding('old-tower-1998-24f');
    const sc = old.scenarios!.find((s) => s.id === 'baseline')!;
    const b = applyScenario(old, sc);
    const w = await analyseWater(b, { fireStorey: sc.fire!.storey, vehicles: sc.vehicles!, sweep: true });
    const out = waterOutcome(b, sc, sc.fire!.storey, w, null);
    expect(out.verdict.ok).toBe(false);
    // `lifeline drill models/samples/old-tower-1998-24f.json --runs 1` prints exactly this line.
    expect(out.verdict.text.en).toBe(
      'Water: hydrants above F12 below 0.35 MPa / 13 m jet (GB 50974-2014 7.4.12); fire storey F8: 0.47 MPa, 21.5 m jet; the pumper pumper-CB10/60 via inlet-1 restores up to F24.',
    );
    expect(out.verdict.text['zh-CN']).toMatch(/^供水：/);
    expect(out.summary!.ladder.length).toBeGreaterThan(20);
  }, 60_000);

  it('refuses, in both languages, a building without hydrants or a missing fire storey', () => {
    const b = sampleBuilding('yuzhong-residential-33f');
    expect(waterInputProblem(b, null)).toBeNull();
    expect(waterInputProblem(b, 'F99')?.en).toBe('there is no storey "F99"');
    const dry = { ...b, water: undefined };
    const why = waterInputProblem(dry, null)!;
    expect(why['zh-CN']).toContain('消火栓');
    const out = waterOutcome(dry, undefined, null, null, why);
    expect(out.verdict.ok).toBe(false);
    expect(out.verdict.text.en).toBe(`Water: not analysed: ${why.en}.`);
  });

  it('formats at the edge: MPa, L/s, check units', () => {
    expect(formatMpa(350_000)).toBe('0.35');
    expect(formatMpa(43_000)).toBe('0.043');
    expect(formatLps(0.005)).toBe('5.0');
    expect(formatCheckValue(1_000_000, 'Pa')).toBe('1.00 MPa');
    expect(formatCheckValue(18, 'm3')).toBe('18 m³');
    expect(formatCheckValue(0.76, 'fraction')).toBe('76 %');
    expect(formatCheckValue(null, 'm')).toBe('—');
  });
});

const hydrant = (over: Partial<HydrantResult>): HydrantResult => ({
  id: 'H',
  storey: 'F1',
  flowing: true,
  dry: false,
  outletPressure: 400_000,
  nozzlePressure: 300_000,
  flow: 0.005,
  jet: 15,
  effective: true,
  ok: true,
  okClause: '7.4.12',
  overPressure: false,
  needsReduction: false,
  ...over,
});

describe('hydrant colours against 7.4.12', () => {
  const MIN = 350_000;
  it('flowing: ok green; jet reached but pressure low amber; neither red; dry red', () => {
    expect(hydrantLevel(hydrant({}), MIN)).toBe('ok');
    expect(hydrantLevel(hydrant({ ok: false, outletPressure: 300_000 }), MIN)).toBe('low');
    expect(hydrantLevel(hydrant({ ok: false, effective: false, jet: 5 }), MIN)).toBe('fail');
    expect(hydrantLevel(hydrant({ dry: true, ok: false, effective: false }), MIN)).toBe('fail');
  });
  it('static: wet at or above the minimum green, below amber, failing its static check red', () => {
    const still = { flowing: false, okClause: '6.2.1' as const, jet: 0, effective: false };
    expect(hydrantLevel(hydrant({ ...still, outletPressure: 500_000 }), MIN)).toBe('ok');
    expect(hydrantLevel(hydrant({ ...still, outletPressure: 200_000 }), MIN)).toBe('low');
    expect(hydrantLevel(hydrant({ ...still, ok: false, outletPressure: 1_200_000 }), MIN)).toBe('fail');
  });
});

describe('water overlay', () => {
  const planes = () => [new Plane(new Vector3(0, 1, 0), 0), new Plane(new Vector3(0, -1, 0), 0)];

  it('risers join hydrants stacked at the same plan position, storey to storey', () => {
    const b = sampleBuilding('yuzhong-residential-33f');
    const segs = riserSegments(b, b.water!.hydrants!);
    expect(segs.length).toBeGreaterThan(0);
    for (const s of segs) expect(s.z1).toBeGreaterThan(s.z0);
    // No segment skips a storey of its column: each hydrant is the top of at most one segment.
    const tops = segs.map((s) => s.to);
    expect(new Set(tops).size).toBe(tops.length);
  });

  it('recolours the scene hydrant markers from the result and restores them on dispose', async () => {
    const b = sampleBuilding('old-tower-1998-24f');
    const w = await analyseWater(b, { fireStorey: 'F24' });
    const clip = planes();
    const scene = createBuildingScene(b, clip);
    const mesh = scene.layers.water.getObjectByName('hydrants') as InstancedMesh;
    const material = mesh.material as MeshLambertMaterial;
    const before = material.color.getHexString();
    const overlay = createWaterOverlay(
      b,
      { hydrants: w.hydrants, pumps: w.pumps, fireStorey: 'F24', minPressure: 350_000 },
      mesh,
      clip,
    );
    expect(mesh.instanceColor).not.toBeNull();
    const ids = hydrantMarkerIds(b);
    expect(ids.length).toBe(mesh.count);
    // F24's flowing hydrants fail on the old tower (0.043 MPa): red; a low static one is not green.
    const i = ids.indexOf(w.hydrants.find((h) => h.flowing)!.id);
    const c = { r: 0, g: 0, b: 0 };
    mesh
      .instanceColor!.array.slice(i * 3, i * 3 + 3)
      .forEach((v, k) => (c[(['r', 'g', 'b'] as const)[k]!] = v));
    expect(c.r).toBeGreaterThan(0.9);
    expect(c.g).toBeLessThan(0.3);
    // A label per flowing hydrant of the fire storey, and risers.
    const names: string[] = [];
    overlay.group.traverse((o) => names.push(o.name));
    expect(names.filter((n) => n.startsWith('label:')).length).toBe(
      w.hydrants.filter((h) => h.flowing).length,
    );
    expect(names.some((n) => n.startsWith('risers:'))).toBe(true);
    overlay.dispose();
    expect(mesh.instanceColor).toBeNull();
    expect(material.color.getHexString()).toBe(before);
    scene.dispose();
  }, 60_000);

  it('marks the pumps with their operating points', async () => {
    const b = sampleBuilding('yuzhong-residential-33f');
    const w = await analyseWater(b, { fireStorey: 'F12' });
    const overlay = createWaterOverlay(
      b,
      { hydrants: w.hydrants, pumps: w.pumps, fireStorey: 'F12', minPressure: 350_000 },
      undefined,
      planes(),
    );
    const names: string[] = [];
    overlay.group.traverse((o) => names.push(o.name));
    for (const p of b.water!.pumps!) expect(names).toContain(`label:${p.id}`);
    expect(names).toContain('pumps:running');
    overlay.dispose();
  }, 60_000);
});
