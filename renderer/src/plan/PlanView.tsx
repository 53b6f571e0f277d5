/**
 * The 2D plan of one storey as SVG: spaces coloured by kind with their names, doors by class,
 * obstacles, and with their layers facade openings and hydrants. Hovering a space names it (name,
 * id and kind). SVG rather than a second WebGL camera: crisp at any zoom, real DOM elements a test
 * (or a screen reader) can find, and text without a font atlas.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../models/index.ts';
import { KIND_COLORS } from '../scene/building-geometry.ts';
import {
  DOOR_COLORS,
  HIGHLIGHT_COLOR,
  HYDRANT_COLOR,
  OBSTACLE_COLOR,
  OPENING_COLORS,
} from '../scene/colours.ts';
import { useScenarioEdit } from '../edit/edit-context.ts';
import type { ElementRef, HighlightShape } from '../view/element-path.ts';
import type { LayerVisibility } from '../view/layers.ts';
import { SPACE_KIND_KEY } from '../view/space-kind-key.ts';
import { storeyPlan, svgPoints } from './plan-model.ts';
import { scenarioOverlay } from './scenario-overlay.ts';
import { SitePlanView } from './SitePlanView.tsx';
import { StoreyPickLayer } from './StoreyPickLayer.tsx';
import { WaterEquipmentLayer } from './WaterEquipmentLayer.tsx';

interface Props {
  building: Building;
  storey: number;
  layers: LayerVisibility;
  highlight: ElementRef | undefined;
}

function HighlightShapeSvg({ shape }: { shape: HighlightShape }) {
  const common = {
    stroke: HIGHLIGHT_COLOR,
    strokeWidth: 4,
    vectorEffect: 'non-scaling-stroke' as const,
    'data-testid': 'plan-highlight',
  };
  if (shape.type === 'polygon')
    return <polygon points={svgPoints(shape.ring)} fill={HIGHLIGHT_COLOR} fillOpacity={0.35} {...common} />;
  if (shape.type === 'segment') {
    // A door is short: a ring around it makes it findable on a whole-storey plan.
    const cx = (shape.a[0] + shape.b[0]) / 2;
    const cy = -(shape.a[1] + shape.b[1]) / 2;
    return (
      <>
        <line
          x1={shape.a[0]}
          y1={-shape.a[1]}
          x2={shape.b[0]}
          y2={-shape.b[1]}
          strokeLinecap="round"
          {...common}
        />
        <circle cx={cx} cy={cy} r={1.5} fill="none" {...common} />
      </>
    );
  }
  return (
    <circle cx={shape.at[0]} cy={-shape.at[1]} r={0.8} fill={HIGHLIGHT_COLOR} fillOpacity={0.5} {...common} />
  );
}

export function PlanView({ building, storey, layers, highlight }: Props) {
  const { t } = useTranslation();
  const plan = useMemo(() => storeyPlan(building, storey, layers), [building, storey, layers]);
  const [hovered, setHovered] = useState<string | undefined>(undefined);
  // The storey's plan or the site's; with a scenario picked its changes are drawn on top, and in the
  // Scenario tool's pick mode doors, stairs and the site take clicks (edit/edit-context.ts).
  const [surface, setSurface] = useState<'storey' | 'site'>('storey');
  const edit = useScenarioEdit();
  const overlay = useMemo(() => scenarioOverlay(edit?.scenario), [edit?.scenario]);
  const pick = edit?.pick === true && edit.scenario !== undefined && !edit.busy;
  if (plan === undefined) return null;
  const hover = plan.spaces.find((s) => s.id === hovered);
  const name = building.storeys[storey]?.name ?? building.storeys[storey]?.id ?? '';

  return (
    <div className="plan" data-testid="plan-view" data-surface={surface} data-picking={pick}>
      <div className="plan-surface" role="group" aria-label={t('scenarioEdit.plan.surface')}>
        {(['storey', 'site'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={surface === v}
            data-testid={`plan-surface-${v}`}
            onClick={() => setSurface(v)}
          >
            {t(`scenarioEdit.plan.${v}`)}
          </button>
        ))}
      </div>
      {surface === 'site' ? (
        <SitePlanView building={building} overlay={overlay} edit={edit} pick={pick} />
      ) : (
        <svg
          className="plan-svg"
          viewBox={plan.viewBox.join(' ')}
          preserveAspectRatio="xMidYMid meet"
          role="img"
          aria-label={t('viewer.planLabel', { storey: name })}
          onMouseLeave={() => setHovered(undefined)}
        >
          <g>
            {plan.spaces.map((s) => (
              <polygon
                key={s.id}
                points={s.points}
                fill={KIND_COLORS[s.kind]}
                stroke="#1d2733"
                strokeWidth={1}
                vectorEffect="non-scaling-stroke"
                className={s.id === hovered ? 'plan-space hovered' : 'plan-space'}
                data-testid="plan-space"
                data-id={s.id}
                onMouseEnter={() => setHovered(s.id)}
              >
                <title>{s.name !== undefined ? `${s.name} (${s.id})` : s.id}</title>
              </polygon>
            ))}
          </g>
          <g fill={OBSTACLE_COLOR}>
            {plan.obstacles.map((o) => (
              <polygon key={o.id} points={o.points} data-testid="plan-obstacle" data-id={o.id} />
            ))}
          </g>
          <g pointerEvents="none">
            {plan.spaces
              .filter((s) => s.labelSize > 0)
              .map((s) => (
                <text
                  key={s.id}
                  x={s.labelX}
                  y={s.labelY}
                  fontSize={s.labelSize}
                  textAnchor="middle"
                  dominantBaseline="middle"
                  className="plan-label"
                >
                  {s.name ?? s.id}
                </text>
              ))}
          </g>
          <g strokeLinecap="butt">
            {plan.doors.map((d) => (
              <line
                key={d.id}
                x1={d.x1}
                y1={d.y1}
                x2={d.x2}
                y2={d.y2}
                stroke={DOOR_COLORS[d.cls]}
                strokeWidth={d.cls === 'exit' ? 6 : 4}
                vectorEffect="non-scaling-stroke"
                data-testid="plan-door"
                data-id={d.id}
                data-class={d.cls}
              />
            ))}
          </g>
          <g>
            {plan.openings.map((o) => (
              <line
                key={o.id}
                x1={o.x1}
                y1={o.y1}
                x2={o.x2}
                y2={o.y2}
                stroke={OPENING_COLORS[o.kind]}
                strokeWidth={3}
                vectorEffect="non-scaling-stroke"
                data-testid="plan-opening"
              />
            ))}
            {plan.hydrants.map((h) => (
              <circle key={h.id} cx={h.x} cy={h.y} r={0.45} fill={HYDRANT_COLOR} data-testid="plan-hydrant" />
            ))}
          </g>
          <StoreyPickLayer building={building} plan={plan} overlay={overlay} edit={edit} pick={pick} />
          <WaterEquipmentLayer plan={plan} overlay={overlay} edit={edit} pick={pick} />
          {highlight !== undefined && highlight.storey === storey && (
            <g pointerEvents="none">
              {highlight.shapes.map((s, i) => (
                <HighlightShapeSvg key={i} shape={s} />
              ))}
            </g>
          )}
        </svg>
      )}
      <p className="plan-hover" data-testid="plan-hover" aria-live="polite">
        {pick
          ? t(surface === 'site' ? 'scenarioEdit.plan.pickSite' : 'scenarioEdit.plan.pickStorey', {
              kind: t(`scenarioEdit.obstacleKind.${edit.placeKind}`),
            })
          : hover !== undefined && surface === 'storey'
            ? `${hover.name !== undefined ? `${hover.name} · ` : ''}${hover.id} · ${t(`legend.${SPACE_KIND_KEY[hover.kind]}`)}`
            : t('viewer.planHint')}
      </p>
    </div>
  );
}
