/**
 * Stair queue indicators: per stair, a label at the landing where its queue was longest over the
 * run (result.stairs maxQueue / maxQueueStorey, the engine's statistic: people waiting at the
 * landing to get onto a flight or off it), coloured by length; and during playback a ball per
 * landing sized by the people on that stair there now (playback/stair-occupancy.ts). Landings sit
 * inside the stair shafts, which are solid in the view, so the markers are drawn over everything
 * (no depth test) — still clipped by the storey planes. Plain three.js; update() writes instance
 * matrices and colours only.
 */
import {
  CanvasTexture,
  Color,
  DynamicDrawUsage,
  Group,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  type Plane,
  SphereGeometry,
  Sprite,
  SpriteMaterial,
} from 'three';
import type { Building } from '../../../models/index.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import type { StairOccupancy } from '../playback/stair-occupancy.ts';

/**
 * Queue colours (Lifeline's choice): a stair landing of about 10 m² holds some 10 people at Fruin
 * LoS D–E (≈ 1 p/m²); up to that the queue stays on the landing, up to 3× it spills into the
 * lobby or corridor, beyond that it is a long queue a trainer must see.
 */
export const QUEUE_LANDING = 10;
export function queueColour(people: number): string {
  if (people <= QUEUE_LANDING) return '#ffd54f';
  if (people <= 3 * QUEUE_LANDING) return '#ff9100';
  return '#ff1744';
}

/** Ball radius (m) for n people: area ∝ n, 0.25 m for one, 1.5 m (the cap) from 36. */
export function ballRadius(n: number): number {
  return n <= 0 ? 0 : Math.min(1.5, 0.25 * Math.sqrt(n));
}

export interface StairQueueMarkers {
  group: Group;
  /** Shows the live counts per landing slot (StairOccupancy.countsAt). */
  update(counts: Int32Array): void;
  dispose(): void;
}

/** A label texture: text on a rounded box in the colour of the queue length. */
function labelTexture(text: string, colour: string): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 256;
  canvas.height = 64;
  const ctx = canvas.getContext('2d');
  if (ctx !== null) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.roundRect(2, 2, 252, 60, 14);
    ctx.fill();
    ctx.fillStyle = '#111111';
    ctx.font = 'bold 36px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, 128, 33, 240);
  }
  return new CanvasTexture(canvas);
}

export function createStairQueueMarkers(
  building: Building,
  result: EvacuationResult,
  occupancy: StairOccupancy,
  clip: Plane[],
): StairQueueMarkers {
  const group = new Group();
  group.name = 'stair-queues';
  const disposables: { dispose(): void }[] = [];
  const storeyHeight = new Map(building.storeys.map((s) => [s.id, s.height]));

  // Peak labels.
  for (const s of result.stairs) {
    if (s.maxQueue <= 0 || s.maxQueueStorey === null) continue;
    const slot = occupancy.slots.find((l) => l.stair === s.id && l.storey === s.maxQueueStorey);
    if (slot === undefined) continue;
    const texture = labelTexture(`${s.id} ▲ ${s.maxQueue}`, queueColour(s.maxQueue));
    // A fixed size on screen (no attenuation): readable at whole-tower zoom and close up alike.
    const material = new SpriteMaterial({
      map: texture,
      depthTest: false,
      sizeAttenuation: false,
      clippingPlanes: clip,
    });
    const sprite = new Sprite(material);
    sprite.name = `stair-queue:${s.id}`;
    // Half-way up the storey: inside the clipped band when that storey is isolated.
    const h = storeyHeight.get(slot.storey) ?? 3;
    sprite.position.set(slot.cx, slot.elevation + h * 0.6, -slot.cy);
    sprite.scale.set(0.16, 0.04, 1);
    sprite.renderOrder = 3;
    group.add(sprite);
    disposables.push(texture, material);
  }

  // Live balls, one per landing slot.
  const n = occupancy.slots.length;
  const geometry = new SphereGeometry(1, 12, 8);
  const material = new MeshBasicMaterial({
    depthTest: false,
    transparent: true,
    opacity: 0.85,
    clippingPlanes: clip,
  });
  const balls = new InstancedMesh(geometry, material, Math.max(1, n));
  balls.name = 'stair-occupancy';
  balls.instanceMatrix.setUsage(DynamicDrawUsage);
  balls.frustumCulled = false;
  balls.renderOrder = 2;
  const m = new Matrix4();
  const c = new Color();
  const hidden = new Matrix4().makeScale(0, 0, 0);
  for (let k = 0; k < n; k++) {
    balls.setMatrixAt(k, hidden);
    balls.setColorAt(k, c.set(queueColour(0)));
  }
  balls.count = n;
  group.add(balls);
  disposables.push(geometry, material, balls);

  return {
    group,
    update(counts) {
      for (let k = 0; k < n; k++) {
        const people = counts[k] ?? 0;
        if (people <= 0) {
          balls.setMatrixAt(k, hidden);
          continue;
        }
        const slot = occupancy.slots[k]!;
        const r = ballRadius(people);
        const h = storeyHeight.get(slot.storey) ?? 3;
        m.makeScale(r, r, r).setPosition(slot.cx, slot.elevation + h * 0.35, -slot.cy);
        balls.setMatrixAt(k, m);
        balls.setColorAt(k, c.set(queueColour(people)));
      }
      balls.instanceMatrix.needsUpdate = true;
      if (balls.instanceColor !== null) balls.instanceColor.needsUpdate = true;
    },
    dispose() {
      for (const d of disposables) d.dispose();
    },
  };
}
