/**
 * The heat map's two views (scene/density-overlay.ts): the peak map, and the level at a playback
 * time from the run's density series, redrawn when the sample changes (scrubbing back and forth
 * gives the same texture as going there directly), back to the peak on demand.
 */
import { describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../../../models/index.ts';
import { FRUIN_COLOURS } from '../../../../renderer/src/playback/fruin-colours.ts';
import { createDensityOverlay } from '../../../../renderer/src/scene/density-overlay.ts';
import type { DataTexture, Mesh, MeshBasicMaterial } from 'three';
import { runEvacuation } from '../../../../sim-core/evacuation/run/run-evacuation.ts';
import { smallTowerText } from '../fixtures.ts';

const building = loadBuildingText(smallTowerText(), 'small-tower.json').building!;
const result = runEvacuation(building, { seed: 3, record: { interval: 1, trajectories: false } });
const maps = result.densityMaps!;

const rgb = (hex: string) => {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
};

/** Texture bytes of each storey quad, by storey id. */
function textures(group: ReturnType<typeof createDensityOverlay>['group']): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const child of group.children) {
    const tex = ((child as Mesh).material as MeshBasicMaterial).map as DataTexture;
    out.set(child.name.replace('density:', ''), Uint8Array.from(tex.image.data as Uint8Array));
  }
  return out;
}

describe('density overlay over time', () => {
  it('shows each occupied cell of the sample at time t in its level’s colour, nothing else', () => {
    const overlay = createDensityOverlay(building, maps, []);
    expect(overlay.hasSeries).toBe(true);
    const s0 = maps.find((m) => m.series!.cells.length > 0)!;
    const ser = s0.series!;
    // A sample with people on that storey.
    let k = 0;
    while (ser.start[k + 1]! === ser.start[k]!) k++;
    overlay.showAt(k * ser.interval + 0.5);
    const px = textures(overlay.group).get(s0.storey)!;
    const want = new Map<number, number>();
    for (let e = ser.start[k]!; e < ser.start[k + 1]!; e++) want.set(ser.cells[e]!, ser.levels[e]!);
    for (let c = 0; c < s0.nx * s0.ny; c++) {
      const level = want.get(c);
      if (level === undefined) expect(px[c * 4 + 3]).toBe(0);
      else {
        expect([...px.subarray(c * 4, c * 4 + 3)]).toEqual(rgb(FRUIN_COLOURS[level]!));
        expect(px[c * 4 + 3]).toBeGreaterThan(0);
      }
    }
    overlay.dispose();
  });

  it('scrubbing back and forth lands on the same picture; peak restores the peak map', () => {
    const a = createDensityOverlay(building, maps, []);
    const b = createDensityOverlay(building, maps, []);
    const peak = textures(a.group);
    const end = maps[0]!.series!.samples - 1;
    a.showAt(30);
    const at30 = textures(a.group);
    for (const t of [5, end, 12.4, 0, 29.9]) a.showAt(t);
    a.showAt(30);
    b.showAt(30);
    expect(textures(a.group)).toEqual(at30);
    expect(textures(b.group)).toEqual(at30);
    // Some storey differs between its peak and 30 s (people move), and peak comes back exactly.
    expect([...at30].some(([id, px]) => !px.every((v, i) => v === peak.get(id)![i]))).toBe(true);
    a.showPeak();
    expect(textures(a.group)).toEqual(peak);
    a.dispose();
    b.dispose();
  });
});
