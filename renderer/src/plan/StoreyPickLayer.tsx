/**
 * On the storey plan: what the edited scenario blocks (doors crossed out, stair landings hatched
 * red) and, in pick mode, click targets over doors and stair landings that toggle "block" — wide
 * enough to hit at any zoom, focusable and worked with Enter or Space for keyboard users.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../models/index.ts';
import { toggleChange } from '../edit/commands.ts';
import type { ScenarioEditor } from '../edit/use-scenario-editor.ts';
import type { Plan } from './plan-model.ts';
import { landingStairs, SCENARIO_COLOR, type ScenarioOverlay } from './scenario-overlay.ts';

interface Props {
  building: Building;
  plan: Plan;
  overlay: ScenarioOverlay;
  edit: ScenarioEditor | undefined;
  /** Pick mode is on and a scenario is being edited. */
  pick: boolean;
}

const activate = (run: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    run();
  }
};

export function StoreyPickLayer({ building, plan, overlay, edit, pick }: Props) {
  const { t } = useTranslation();
  const stairs = landingStairs(building);
  const scenarioId = edit?.scenario?.id;
  const toggle = (target: string) => {
    if (edit !== undefined && scenarioId !== undefined)
      edit.execute((b) => toggleChange(b, scenarioId, 'block', target));
  };
  const landings = plan.spaces.filter((s) => stairs.has(s.id));
  return (
    <>
      <g pointerEvents="none" data-testid="plan-scenario-overlay">
        {landings
          .filter((s) => overlay.blocked.has(stairs.get(s.id)!))
          .map((s) => {
            // A cross over the whole landing: red on the orange stair alone is easy to miss.
            const xy = s.points.split(' ').map((p) => p.split(',').map(Number));
            const xs = xy.map((p) => p[0]!);
            const ys = xy.map((p) => p[1]!);
            const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
            return (
              <g key={s.id} data-testid="plan-blocked" data-id={stairs.get(s.id)}>
                <polygon
                  points={s.points}
                  fill={SCENARIO_COLOR}
                  fillOpacity={0.45}
                  stroke={SCENARIO_COLOR}
                  strokeWidth={3}
                  vectorEffect="non-scaling-stroke"
                />
                <path
                  d={`M${x0},${y0}L${x1},${y1}M${x0},${y1}L${x1},${y0}`}
                  stroke="#fff"
                  strokeWidth={3}
                  vectorEffect="non-scaling-stroke"
                />
              </g>
            );
          })}
        {plan.doors
          .filter((d) => overlay.blocked.has(d.id))
          .map((d) => {
            const cx = (d.x1 + d.x2) / 2;
            const cy = (d.y1 + d.y2) / 2;
            const r = 0.6;
            return (
              <g key={d.id} data-testid="plan-blocked" data-id={d.id}>
                <line
                  x1={d.x1}
                  y1={d.y1}
                  x2={d.x2}
                  y2={d.y2}
                  stroke={SCENARIO_COLOR}
                  strokeWidth={7}
                  vectorEffect="non-scaling-stroke"
                />
                <path
                  d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`}
                  stroke={SCENARIO_COLOR}
                  strokeWidth={3}
                  vectorEffect="non-scaling-stroke"
                />
              </g>
            );
          })}
      </g>
      {pick && (
        <g className="plan-pick" data-testid="plan-pick-layer">
          {landings.map((s) => {
            const id = stairs.get(s.id)!;
            const blocked = overlay.blocked.has(id);
            const label = t(blocked ? 'scenarioEdit.plan.unblockStair' : 'scenarioEdit.plan.blockStair', {
              id,
            });
            return (
              <polygon
                key={s.id}
                points={s.points}
                fill="transparent"
                className="plan-pick-target"
                role="button"
                tabIndex={0}
                aria-label={label}
                aria-pressed={blocked}
                data-testid="plan-pick-stair"
                data-id={id}
                data-space={s.id}
                onClick={() => toggle(id)}
                onKeyDown={activate(() => toggle(id))}
              >
                <title>{label}</title>
              </polygon>
            );
          })}
          {plan.doors.map((d) => {
            const blocked = overlay.blocked.has(d.id);
            const label = t(blocked ? 'scenarioEdit.plan.unblockDoor' : 'scenarioEdit.plan.blockDoor', {
              id: d.id,
            });
            return (
              <line
                key={d.id}
                x1={d.x1}
                y1={d.y1}
                x2={d.x2}
                y2={d.y2}
                stroke="transparent"
                strokeWidth={16}
                vectorEffect="non-scaling-stroke"
                className="plan-pick-target"
                role="button"
                tabIndex={0}
                aria-label={label}
                aria-pressed={blocked}
                data-testid="plan-pick-door"
                data-id={d.id}
                onClick={() => toggle(d.id)}
                onKeyDown={activate(() => toggle(d.id))}
              >
                <title>{label}</title>
              </line>
            );
          })}
        </g>
      )}
    </>
  );
}
