/**
 * The site plan (SVG): drivable areas, the ground storeys' outline, the site limit, entrances and
 * obstacles, with the edited scenario on top (obstacles it removes faded and struck through, the
 * ones it adds in orange). In pick mode a click places the chosen parked car or stall (default size),
 * a drag draws its length and direction, dragging a placed one moves it, and clicking an obstacle of
 * the file tows it away for this scenario (again: back). Placed obstacles are focusable: arrow keys
 * move them (0.5 m, with Shift 2 m), Delete takes them out.
 */
import { type KeyboardEvent, type PointerEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building, Point } from '../../../models/index.ts';
import { addObstacle, deleteObstacle, freshId, moveObstacle, toggleChange } from '../edit/commands.ts';
import { CLICK_TOLERANCE, movedPolygon, placedObstacle, placedPolygon } from '../edit/obstacle-shape.ts';
import type { ScenarioEditor } from '../edit/use-scenario-editor.ts';
import {
  DRIVABLE_COLORS,
  ENTRANCE_COLOR,
  SITE_BOUNDARY_COLOR,
  SITE_OBSTACLE_COLORS,
} from '../scene/colours.ts';
import { svgPoints } from './plan-model.ts';
import { ADDED_COLOR, SCENARIO_COLOR, type ScenarioOverlay } from './scenario-overlay.ts';
import { sitePlan } from './site-plan.ts';

interface Props {
  building: Building;
  overlay: ScenarioOverlay;
  edit: ScenarioEditor | undefined;
  pick: boolean;
}

type Drag = { type: 'place'; from: Point; to: Point } | { type: 'move'; id: string; from: Point; to: Point };

/** Keyboard move steps (m). */
const STEP = 0.5;
const BIG_STEP = 2;

export function SitePlanView({ building, overlay, edit, pick }: Props) {
  const { t } = useTranslation();
  const plan = useMemo(() => sitePlan(building), [building]);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const scenarioId = edit?.scenario?.id;
  const kind = edit?.placeKind ?? 'parked-car';

  /** The model point under the pointer (SVG y is −model y). */
  const modelPoint = (e: PointerEvent): Point | undefined => {
    const m = svg.current?.getScreenCTM();
    if (m === null || m === undefined) return undefined;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return [p.x, -p.y];
  };
  const run = (make: Parameters<ScenarioEditor['execute']>[0]) => {
    if (edit !== undefined && scenarioId !== undefined) edit.execute(make);
  };

  const begin = (e: PointerEvent, start: (at: Point) => Drag) => {
    if (!pick || e.button !== 0) return;
    const at = modelPoint(e);
    if (at === undefined) return;
    e.stopPropagation();
    svg.current?.setPointerCapture?.(e.pointerId);
    setDrag(start(at));
  };
  const onMove = (e: PointerEvent) => {
    if (drag === null) return;
    const at = modelPoint(e);
    if (at !== undefined) setDrag({ ...drag, to: at });
  };
  const onUp = (e: PointerEvent) => {
    if (drag === null || scenarioId === undefined) return;
    const at = modelPoint(e) ?? drag.to;
    setDrag(null);
    if (drag.type === 'place') {
      const polygon = placedPolygon(kind, drag.from, at);
      run((b) =>
        addObstacle(
          b,
          scenarioId,
          placedObstacle(kind, freshId(b, kind === 'stall' ? 'stall' : 'car'), polygon),
        ),
      );
      return;
    }
    const dx = at[0] - drag.from[0];
    const dy = at[1] - drag.from[1];
    const o = overlay.added.find((a) => a.id === drag.id);
    if (o === undefined || Math.hypot(dx, dy) < CLICK_TOLERANCE) return;
    run((b) => moveObstacle(b, scenarioId, drag.id, movedPolygon(o.polygon, dx, dy)));
  };
  const onAddedKey = (id: string, polygon: Point[]) => (e: KeyboardEvent) => {
    if (scenarioId === undefined) return;
    const step = e.shiftKey ? BIG_STEP : STEP;
    const d: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = d[e.key];
    if (move !== undefined) {
      e.preventDefault();
      run((b) => moveObstacle(b, scenarioId, id, movedPolygon(polygon, move[0], move[1])));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      run((b) => deleteObstacle(b, scenarioId, id));
    }
  };

  const preview =
    drag === null ? undefined : drag.type === 'place' ? placedPolygon(kind, drag.from, drag.to) : undefined;
  const offset = (id: string): [number, number] =>
    drag?.type === 'move' && drag.id === id ? [drag.to[0] - drag.from[0], drag.to[1] - drag.from[1]] : [0, 0];

  return (
    <svg
      ref={svg}
      className={pick ? 'plan-svg picking' : 'plan-svg'}
      viewBox={plan.viewBox.join(' ')}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={t('scenarioEdit.plan.siteLabel')}
      data-testid="site-plan"
      onPointerDown={(e) => begin(e, (at) => ({ type: 'place', from: at, to: at }))}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onPointerCancel={() => setDrag(null)}
    >
      <g>
        {plan.drivable.map((d) => (
          <polygon
            key={d.id}
            points={d.points}
            fill={DRIVABLE_COLORS[d.kind]}
            fillOpacity={d.kind === 'rescue-site' ? 0.55 : 1}
            data-testid="site-drivable"
            data-id={d.id}
          >
            <title>{d.name !== undefined ? `${d.name} (${d.id})` : d.id}</title>
          </polygon>
        ))}
        {plan.ground.map((g) => (
          <polygon
            key={g.id}
            points={g.points}
            fill="#7d8b99"
            stroke="#1d2733"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {plan.boundary !== undefined && (
          <polygon
            points={plan.boundary}
            fill="none"
            stroke={SITE_BOUNDARY_COLOR}
            strokeDasharray="6 4"
            strokeWidth={1.5}
            vectorEffect="non-scaling-stroke"
            pointerEvents="none"
          />
        )}
        {plan.entrances.map((e) => (
          <g key={e.id} stroke={ENTRANCE_COLOR} strokeWidth={3} vectorEffect="non-scaling-stroke">
            <line x1={e.x} y1={e.y} x2={e.tx} y2={e.ty} vectorEffect="non-scaling-stroke" />
            <circle cx={e.tx} cy={e.ty} r={0.6} fill={ENTRANCE_COLOR} stroke="none" />
          </g>
        ))}
      </g>
      <g>
        {plan.obstacles.map((o) => {
          const removed = overlay.removed.has(o.id);
          const label = t(
            removed ? 'scenarioEdit.plan.restoreObstacle' : 'scenarioEdit.plan.removeObstacle',
            {
              id: o.name !== undefined ? `${o.name} (${o.id})` : o.id,
            },
          );
          const toggle = () => run((b) => toggleChange(b, scenarioId!, 'remove', o.id));
          return (
            <polygon
              key={o.id}
              points={o.points}
              fill={SITE_OBSTACLE_COLORS[o.kind]}
              fillOpacity={removed ? 0.2 : 0.9}
              stroke={removed ? SCENARIO_COLOR : '#1d2733'}
              strokeDasharray={removed ? '4 3' : undefined}
              strokeWidth={removed ? 2 : 1}
              vectorEffect="non-scaling-stroke"
              className={pick ? 'plan-pick-target' : undefined}
              data-testid="site-obstacle"
              data-id={o.id}
              data-removed={removed}
              {...(pick
                ? {
                    role: 'button',
                    tabIndex: 0,
                    'aria-label': label,
                    'aria-pressed': removed,
                    onPointerDown: (e: PointerEvent) => e.stopPropagation(),
                    onClick: toggle,
                    onKeyDown: (e: KeyboardEvent) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        toggle();
                      }
                    },
                  }
                : {})}
            >
              <title>{pick ? label : (o.name ?? o.id)}</title>
            </polygon>
          );
        })}
        {overlay.added.map((o) => {
          const [dx, dy] = offset(o.id);
          const label = t('scenarioEdit.plan.placed', { id: o.id });
          return (
            <polygon
              key={o.id}
              points={svgPoints(movedPolygon(o.polygon, dx, dy))}
              fill={ADDED_COLOR}
              fillOpacity={0.8}
              stroke="#fff"
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
              className={pick ? 'plan-pick-target plan-placed' : 'plan-placed'}
              data-testid="site-added"
              data-id={o.id}
              {...(pick
                ? {
                    role: 'button',
                    tabIndex: 0,
                    'aria-label': label,
                    onPointerDown: (e: PointerEvent) =>
                      begin(e, (at) => ({ type: 'move', id: o.id, from: at, to: at })),
                    onKeyDown: onAddedKey(o.id, o.polygon),
                  }
                : {})}
            >
              <title>{label}</title>
            </polygon>
          );
        })}
        {preview !== undefined && (
          <polygon
            points={svgPoints(preview)}
            fill={ADDED_COLOR}
            fillOpacity={0.4}
            stroke={ADDED_COLOR}
            strokeDasharray="4 3"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
            pointerEvents="none"
            data-testid="site-preview"
          />
        )}
      </g>
    </svg>
  );
}
