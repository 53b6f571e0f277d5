/**
 * The Trucks answer as the app computes it: the drill's summary and verdict from the worker API's
 * reports (renderer/src/access/access-job.ts accessOutcome), with the towing run; and the overlay:
 * paths and swept envelopes, blocking obstacles by name, the aerial reach on the facade.
 */
import { Plane, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../../../models/scenario/apply-scenario.ts';
import {
  highestReachable,
  summariseAccess,
  towList,
  vehicleSummaries,
} from '../../../../drill/summarise-access.ts';
import type { AccessSummary } from '../../../../drill/summary-types.ts';
import { trucksVerdict } from '../../../../drill/verdicts.ts';
import { analyseAccess } from '../../../../sim-core/access/analyse-access.ts';
import { loadRapier } from '../../../../sim-core/access/rapier.ts';
import { accessWorkerApi } from '../../../../sim-core/access/worker-api.ts';
import { accessOutcome } from '../../../../renderer/src/access/access-job.ts';
import {
  blockingObstacles,
  createAccessOverlay,
  posesAlong,
  vehicleIndex,
} from '../../../../renderer/src/scene/access-overlay.ts';
import { sampleBuilding } from '../fixtures.ts';
import { stubDocumentWithoutCanvas } from '../no-canvas.ts';

stubDocumentWithoutCanvas();

const old = sampleBuilding('old-tower-1998-24f');
const sc = old.scenarios!.find((s) => s.id === 'baseline')!;
const b = applyScenario(old, sc);

let cached: ReturnType<typeof compute> | undefined;
const reports = () => (cached ??= compute());

async function compute() {
  const report = await accessWorkerApi.run(b, { vehicles: sc.vehicles! });
  const tow = towList(vehicleSummaries(report));
  const towed = tow
    ? await accessWorkerApi.run(applyScenario(b, { id: 'tow', changes: tow.map((id) => ({ remove: id })) }), {
        vehicles: sc.vehicles!,
      })
    : null;
  return { report, towed };
}

describe('trucks answer (old tower, baseline)', () => {
  it('gives the drill verdict (run-scenario.ts: as found, then with the blockers towed)', async () => {
    const { report, towed } = await reports();
    const out = accessOutcome(b, report, towed);
    // The drill's own steps (drill/run-scenario.ts), spelt out.
    const rapier = await loadRapier();
    const opts = { vehicles: sc.vehicles! };
    const asFound = analyseAccess(rapier, b, opts);
    const tow = towList(vehicleSummaries(asFound));
    let towing: AccessSummary['towing'] = null;
    if (tow) {
      const cleared = applyScenario(b, { id: 'tow', changes: tow.map((id) => ({ remove: id })) });
      const after = analyseAccess(rapier, cleared, opts);
      towing = {
        removed: tow,
        vehicles: vehicleSummaries(after).map((v) => ({
          id: v.id,
          arrivalTime: v.best?.arrivalTime ?? null,
        })),
        highestReachableStorey: highestReachable(cleared, after),
      };
    }
    const drill = trucksVerdict(
      summariseAccess(b, asFound, towing),
      b.storeys.map((st) => st.id),
    );
    expect(out.verdict).toEqual(drill);
    expect(out.verdict.ok).toBe(false);
    expect(out.verdict.text.en).toMatch(
      /^Trucks: pumper-CB10\/60 ready at \d+ min \d+ s via gate-E \(gate-W blocked by car-1 and car-2\)/,
    );
    expect(out.verdict.text['zh-CN']).toMatch(/^车辆：/);
    expect(out.towedReport === null).toBe(tow === null);
  }, 120_000);

  it('draws paths, envelopes, the blocking cars in red and the aerial reach', async () => {
    const { report, towed } = await reports();
    const clip = [new Plane(new Vector3(0, 1, 0), 0), new Plane(new Vector3(0, -1, 0), 0)];
    const blocking = blockingObstacles(b, report);
    expect(blocking).toEqual(expect.arrayContaining(['car-1', 'car-2']));
    const overlay = createAccessOverlay(b, report, clip);
    const names: string[] = [];
    overlay.group.traverse((o) => names.push(o.name));
    for (const v of report.vehicles.filter((r) => r.reached)) {
      expect(names).toContain(`path:${v.id}:${v.entrance}`);
      expect(names).toContain(`envelope:${v.id}:${v.entrance}`);
    }
    for (const id of blocking) {
      expect(names).toContain(`blocking:${id}`);
      expect(names).toContain(`label:${id}`);
    }
    expect(names).toContain('stuck');
    overlay.dispose();
    // Reachable windows are green: the as-found site may reach none, so draw the best report.
    const withReach = [report, towed].find(
      (r) => r !== null && r.openings.some((o) => o.reachableBy.length > 0),
    );
    if (withReach) {
      const o2 = createAccessOverlay(b, withReach, clip);
      const n2: string[] = [];
      o2.group.traverse((o) => n2.push(o.name));
      expect(n2).toContain('reach:reachable');
      expect(n2.some((n) => n.startsWith('label:aerial-'))).toBe(true);
      o2.dispose();
    }
    if (report.openings.some((o) => o.blocked === 'net' && o.reachableBy.length === 0))
      expect(names).toContain('reach:blocked');
  }, 120_000);
});

describe('access overlay helpers', () => {
  it('poses every few metres along a path, both ends kept, heading in radians', () => {
    const path = Array.from({ length: 21 }, (_, i) => [i, 0, 90]);
    const poses = posesAlong(path, 6);
    expect(poses.map((p) => p[0])).toEqual([0, 6, 12, 18, 20]);
    expect(poses[0]![2]).toBeCloseTo(Math.PI / 2);
  });

  it('finds vehicles in the catalogue and in the file, the file winning', () => {
    const idx = vehicleIndex(b);
    expect(idx.get('pumper-CB10/60')?.kind).toBe('pumper');
    const own = { ...b, vehicles: [{ ...idx.get('pumper-CB10/60')!, length: 99 }] };
    expect(vehicleIndex(own).get('pumper-CB10/60')!.length).toBe(99);
  });
});
