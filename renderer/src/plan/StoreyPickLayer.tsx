/**
 * On the storey plan: what the edited scenario blocks (doors crossed out, stair landings hatched
 * red; dashed and paler when it closes only during the run) and, in pick mode, click targets over doors and stair landings that toggle "block" (closing
 * at the pick controls' time when one is set: a timed closure) — wide enough to hit at any zoom,
 * focusable and worked with Enter or Space for keyboard users.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../models/index.ts';
import { toggleChange, toggleSmoke } from '../edit/commands.ts';
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

/** Smoke on the plan: a dark grey veil over the stair's landings. */
const SMOKE_COLOR = '#5b6168';

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
      edit.execute((b) => toggleChange(b, scenarioId, 'block', target, edit.blockAt));
  };
  // A stair click blocks it, or (the pick controls' choice) fills it with smoke from the same time.
  const smoking = edit?.stairAction === 'smoke';
  const toggleStair = (target: string) => {
    if (edit === undefined || scenarioId === undefined) return;
    if (smoking) edit.execute((b) => toggleSmoke(b, scenarioId, target, edit.smokeExtinction, edit.blockAt));
    else toggle(target);
  };
  const landings = plan.spaces.filter((s) => stairs.has(s.id));
  return (
    <>
      <g pointerEvents="none" data-testid="plan-scenario-overlay">
        {landings
          .filter((s) => overlay.smoke.has(stairs.get(s.id)!))
          .map((s) => (
            <polygon
              key={`smoke-${s.id}`}
              points={s.points}
              fill={SMOKE_COLOR}
              fillOpacity={0.7}
              data-testid="plan-smoke"
              data-id={stairs.get(s.id)}
            />
          ))}
        {landings
          .filter((s) => overlay.blocked.has(stairs.get(s.id)!))
          .map((s) => {
            // A cross over the whole landing: red on the orange stair alone is easy to miss.
            const xy = s.points.split(' ').map((p) => p.split(',').map(Number));
            const xs = xy.map((p) => p[0]!);
            const ys = xy.map((p) => p[1]!);
            const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
            return (
              <g
                key={s.id}
                data-testid="plan-blocked"
                data-id={stairs.get(s.id)}
                data-at={overlay.timed.get(stairs.get(s.id)!)}
              >
                <polygon
                  points={s.points}
                  fill={SCENARIO_COLOR}
                  fillOpacity={overlay.timed.has(stairs.get(s.id)!) ? 0.15 : 0.45}
                  stroke={SCENARIO_COLOR}
                  strokeWidth={3}
                  strokeDasharray={overlay.timed.has(stairs.get(s.id)!) ? '8 5' : undefined}
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
              <g key={d.id} data-testid="plan-blocked" data-id={d.id} data-at={overlay.timed.get(d.id)}>
                <line
                  x1={d.x1}
                  y1={d.y1}
                  x2={d.x2}
                  y2={d.y2}
                  stroke={SCENARIO_COLOR}
                  strokeWidth={7}
                  strokeDasharray={overlay.timed.has(d.id) ? '6 4' : undefined}
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
            const on = smoking ? overlay.smoke.has(id) : overlay.blocked.has(id);
            const label = smoking
              ? t(on ? 'scenarioEdit.plan.clearStair' : 'scenarioEdit.plan.smokeStair', { id })
              : t(on ? 'scenarioEdit.plan.unblockStair' : 'scenarioEdit.plan.blockStair', { id });
            return (
              <polygon
                key={s.id}
                points={s.points}
                fill="transparent"
                className="plan-pick-target"
                role="button"
                tabIndex={0}
                aria-label={label}
                aria-pressed={on}
                data-testid="plan-pick-stair"
                data-id={id}
                data-space={s.id}
                onClick={() => toggleStair(id)}
                onKeyDown={activate(() => toggleStair(id))}
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
