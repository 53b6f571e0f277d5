/**
 * On the storey plan (water layer): the pumps, tanks and valves of this storey at their schematic
 * places (scene/water-markers.ts waterEquipment — the format has no geometry for them), those the
 * edited scenario fails in red and crossed out, and in pick mode each one a click target that
 * toggles `{ "fail": id }` (an undoable command, as doors and stairs toggle "block").
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleChange } from '../edit/commands.ts';
import type { ScenarioEditor } from '../edit/use-scenario-editor.ts';
import type { EquipmentKind } from '../scene/water-markers.ts';
import type { Plan } from './plan-model.ts';
import { SCENARIO_COLOR, type ScenarioOverlay } from './scenario-overlay.ts';

/** Equipment colours: the water overlay's pump blue, a tank cyan, a valve violet. */
export const EQUIPMENT_COLORS: Readonly<Record<EquipmentKind, string>> = {
  pump: '#4fa3ff',
  tank: '#3fc6d8',
  valve: '#b08cff',
};

/** Half the size of a marker on the plan (m): the 3D pump box is 1.2 m. */
const HALF = 0.6;

interface Props {
  plan: Plan;
  overlay: ScenarioOverlay;
  edit: ScenarioEditor | undefined;
  pick: boolean;
}

function Shape({ kind, x, y, fill }: { kind: EquipmentKind; x: number; y: number; fill: string }) {
  if (kind === 'tank') return <circle cx={x} cy={y} r={HALF} fill={fill} />;
  if (kind === 'valve')
    return (
      <polygon points={`${x},${y - HALF} ${x + HALF},${y} ${x},${y + HALF} ${x - HALF},${y}`} fill={fill} />
    );
  return <rect x={x - HALF} y={y - HALF} width={2 * HALF} height={2 * HALF} fill={fill} />;
}

export function WaterEquipmentLayer({ plan, overlay, edit, pick }: Props) {
  const { t } = useTranslation();
  const scenarioId = edit?.scenario?.id;
  if (plan.equipment.length === 0) return null;
  const toggle = (target: string) => {
    if (edit !== undefined && scenarioId !== undefined)
      edit.execute((b) => toggleChange(b, scenarioId, 'fail', target));
  };
  return (
    <g data-testid="plan-equipment-layer">
      {plan.equipment.map((e) => {
        const failed = overlay.failed.has(e.id);
        const label = t(`scenarioEdit.plan.${failed ? 'restore' : 'fail'}.${e.kind}`, { id: e.id });
        const activate = (ev: KeyboardEvent) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            toggle(e.id);
          }
        };
        return (
          <g
            key={e.id}
            data-testid="plan-equipment"
            data-id={e.id}
            data-kind={e.kind}
            data-failed={failed}
            {...(pick
              ? {
                  className: 'plan-pick-target',
                  role: 'button',
                  tabIndex: 0,
                  'aria-label': label,
                  'aria-pressed': failed,
                  onClick: () => toggle(e.id),
                  onKeyDown: activate,
                }
              : {})}
          >
            <title>{pick ? label : failed ? t('scenarioEdit.plan.failed', { id: e.id }) : e.id}</title>
            <Shape kind={e.kind} x={e.x} y={e.y} fill={failed ? SCENARIO_COLOR : EQUIPMENT_COLORS[e.kind]} />
            {failed && (
              <path
                d={`M${e.x - HALF},${e.y - HALF}L${e.x + HALF},${e.y + HALF}M${e.x - HALF},${e.y + HALF}L${e.x + HALF},${e.y - HALF}`}
                stroke="#fff"
                strokeWidth={2}
                vectorEffect="non-scaling-stroke"
                pointerEvents="none"
              />
            )}
            <text
              x={e.x}
              y={e.y - HALF - 0.25}
              fontSize={0.55}
              textAnchor="middle"
              className="plan-label"
              pointerEvents="none"
            >
              {e.id}
            </text>
          </g>
        );
      })}
    </g>
  );
}
