/**
 * Pumps, tanks and valves in the 3D view, for the scenario editor: at each one's schematic place
 * (scene/water-markers.ts waterEquipment — where the water overlay draws the pumps) a DOM button
 * over the canvas, projected through the camera on every rendered frame. In pick mode a click
 * toggles `{ "fail": id }` (one undoable command, as on the plan); outside it the ones the picked
 * scenario fails stay marked in red, so the failed state is visible in 3D too.
 *
 * DOM buttons rather than raycasting the canvas: focusable and worked by keyboard, named for
 * screen readers and end-to-end tests, and readable text at any zoom. `EquipmentProjector` runs
 * inside the Canvas (it needs the camera) and moves the buttons `EquipmentPickLayer` renders
 * beside it; `ScreenAnchors` joins the two.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Vector3 } from 'three';
import type { Building } from '../../../models/index.ts';
import { scenarioOverlay } from '../plan/scenario-overlay.ts';
import { type EquipmentMarker, waterEquipment } from '../scene/water-markers.ts';
import type { StoreyFilter } from '../view/storey-filter.ts';
import { toggleChange } from './commands.ts';
import { useScenarioEdit } from './edit-context.ts';

/** Height above a marker's base where its button sits (m): the top of the 1.2 m pump box. */
const ANCHOR_HEIGHT = 1.2;

interface Anchor {
  /** Three frame: model (x, y, z) → (x, z, −y). */
  at: Vector3;
  el: HTMLElement;
}

/** Buttons the projector has placed at least once (a re-rendered one keeps its place). */
const placed = new WeakSet<HTMLElement>();

/** The DOM buttons the projector moves, and how to ask the canvas for a frame. */
export interface ScreenAnchors {
  anchors: Map<string, Anchor>;
  invalidate: () => void;
}

export function createScreenAnchors(): ScreenAnchors {
  return { anchors: new Map(), invalidate: () => {} };
}

/** Inside the Canvas: places every anchored button over its point, each rendered frame. */
export function EquipmentProjector({ anchors }: { anchors: ScreenAnchors }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    anchors.invalidate = invalidate;
    invalidate();
    return () => {
      anchors.invalidate = () => {};
    };
  }, [anchors, invalidate]);
  const v = useMemo(() => new Vector3(), []);
  // Screen boxes of the buttons placed this frame (reused: no allocation per frame).
  const boxes = useMemo<{ left: number; top: number; w: number; h: number }[]>(() => [], []);
  useFrame(({ camera, size }) => {
    let n = 0;
    for (const a of anchors.anchors.values()) {
      v.copy(a.at).project(camera);
      // Behind the camera or outside the view: hidden (a projected point there would mirror back).
      const off = v.z > 1 || v.x < -1.05 || v.x > 1.05 || v.y < -1.05 || v.y > 1.05;
      a.el.style.visibility = off ? 'hidden' : '';
      if (off) continue;
      const w = a.el.offsetWidth;
      const h = a.el.offsetHeight;
      const left = ((v.x + 1) / 2) * size.width - w / 2;
      let top = ((1 - v.y) / 2) * size.height - h;
      // Pumps stand 1.6 m apart: from afar their buttons would cover each other, so a button that
      // overlaps one already placed moves up above it (a column of buttons over the row of pumps).
      for (let k = 0; k < n; k++) {
        const b = boxes[k]!;
        if (left < b.left + b.w && b.left < left + w && top < b.top + b.h && b.top < top + h) {
          top = b.top - h - 2;
          k = -1;
        }
      }
      const box = (boxes[n++] ??= { left: 0, top: 0, w: 0, h: 0 });
      box.left = left;
      box.top = top;
      box.w = w;
      box.h = h;
      a.el.style.transform = `translate(${left.toFixed(1)}px, ${top.toFixed(1)}px)`;
      placed.add(a.el);
    }
  });
  return null;
}

/** The storeys the view shows: all, the picked one alone, or everything up to it. */
function storeyShown(filter: StoreyFilter, storey: number): boolean {
  if (filter.mode === 'all') return true;
  return filter.mode === 'isolate' ? storey === filter.storey : storey <= filter.storey;
}

interface LayerProps {
  building: Building;
  anchors: ScreenAnchors;
  filter: StoreyFilter;
  /** The water layer is on (the equipment belongs to it). */
  visible: boolean;
}

/** Beside the Canvas: the buttons (pick mode) or the failed marks of the picked scenario. */
export function EquipmentPickLayer({ building, anchors, filter, visible }: LayerProps) {
  const { t } = useTranslation();
  const edit = useScenarioEdit();
  const markers = useMemo(() => waterEquipment(building), [building]);
  const scenario = edit?.scenario;
  const overlay = useMemo(() => scenarioOverlay(scenario), [scenario]);
  const pick = edit?.pick === true && scenario !== undefined && !edit.busy;
  const shown: EquipmentMarker[] = !visible
    ? []
    : markers.filter((m) => storeyShown(filter, m.storey) && (pick || overlay.failed.has(m.id)));
  // Ask for a frame whenever the set of buttons changes, so they are placed at once.
  const key = shown.map((m) => m.id).join('|');
  useEffect(() => anchors.invalidate(), [anchors, key, pick]);
  if (shown.length === 0) return null;

  const toggle = (id: string) => {
    if (edit !== undefined && scenario !== undefined)
      edit.execute((b) => toggleChange(b, scenario.id, 'fail', id));
  };
  const anchor = (m: EquipmentMarker) => (el: HTMLElement | null) => {
    if (el === null) {
      anchors.anchors.delete(m.id);
      return;
    }
    // Hidden until the next frame has placed it (else it shows at the corner for a moment).
    if (!placed.has(el)) el.style.visibility = 'hidden';
    anchors.anchors.set(m.id, { at: new Vector3(m.x, m.z + ANCHOR_HEIGHT, -m.y), el });
    anchors.invalidate();
  };
  return (
    <div className="scene-picks" data-testid="scene-equipment" data-picking={pick}>
      {shown.map((m) => {
        const failed = overlay.failed.has(m.id);
        const text = failed ? `✕ ${m.id}` : m.id;
        if (!pick)
          return (
            <span
              key={m.id}
              ref={anchor(m)}
              className="scene-pick failed"
              data-testid="scene-failed"
              data-id={m.id}
              title={t('scenarioEdit.plan.failed', { id: m.id })}
            >
              {text}
            </span>
          );
        const label = t(`scenarioEdit.plan.${failed ? 'restore' : 'fail'}.${m.kind}`, { id: m.id });
        return (
          <button
            key={m.id}
            ref={anchor(m)}
            type="button"
            className={`scene-pick ${m.kind}${failed ? ' failed' : ''}`}
            aria-pressed={failed}
            aria-label={label}
            title={label}
            data-testid="scene-pick-equipment"
            data-id={m.id}
            data-kind={m.kind}
            onClick={() => toggle(m.id)}
          >
            {text}
          </button>
        );
      })}
    </div>
  );
}
