/**
 * The Run section of the side panel: the scenario to run (the building as drawn, or one of the
 * file's scenarios), Run, the progress bar with Cancel, a plain failure message with Retry, and the
 * verdict card once a run has finished.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building, Locale } from '../../../models/index.ts';
import { DEFAULT_MAX_TIME } from '../../../sim-core/evacuation/constants.ts';
import { progressFraction } from './run-state.ts';
import type { EvacuationRunControls } from './use-evacuation-run.ts';
import { VerdictCard } from './VerdictCard.tsx';

interface Props {
  building: Building;
  locale: Locale;
  run: EvacuationRunControls;
}

/** The select's value for "the building as drawn" (no scenario applied). */
const BASELINE = '';

function maxTimeOf(building: Building, scenario: string | null): number {
  const sc = building.scenarios?.find((s) => s.id === scenario);
  return sc?.duration ?? DEFAULT_MAX_TIME;
}

export function RunPanel({ building, locale, run }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState(BASELINE);
  const scenarios = building.scenarios ?? [];
  // A scenario picked in an earlier file may not exist in this one.
  const value = scenarios.some((s) => s.id === picked) ? picked : BASELINE;
  const scenario = value === BASELINE ? null : value;
  const { state } = run;
  const running = state.status === 'running';
  const fmt = new Intl.NumberFormat(locale);

  return (
    <section className="run" data-testid="run-panel" data-run-status={state.status}>
      <h2>{t('run.heading')}</h2>
      <label className="run-scenario">
        <span>{t('run.scenario')}</span>
        <select
          value={value}
          disabled={running}
          data-testid="scenario-picker"
          onChange={(e) => setPicked(e.target.value)}
        >
          <option value={BASELINE}>{t('run.baseline')}</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name ?? s.id}
            </option>
          ))}
        </select>
      </label>
      {running ? (
        <div className="run-progress" data-testid="run-progress">
          <progress
            max={1}
            value={progressFraction(state.progress, maxTimeOf(building, state.scenario))}
            aria-label={t('run.progress')}
          />
          <span className="run-progress-text" data-testid="run-progress-text">
            {state.progress === null
              ? t('run.starting')
              : t('run.progressText', {
                  time: Math.round(state.progress.t),
                  safe: fmt.format(state.progress.safe),
                  occupants: fmt.format(state.progress.occupants),
                })}
          </span>
          <button type="button" data-testid="run-cancel" onClick={run.cancel}>
            {t('run.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="run-button" data-testid="run" onClick={() => run.run(scenario)}>
          {t('run.run')}
        </button>
      )}
      {state.status === 'failed' && (
        <div className="run-failed" role="alert" data-testid="run-failed">
          <p>{t('run.failed')}</p>
          <p className="run-failed-reason">{t('run.failedReason', { reason: state.reason })}</p>
          <button type="button" data-testid="run-retry" onClick={() => run.run(state.scenario)}>
            {t('run.retry')}
          </button>
        </div>
      )}
      {state.status === 'done' && <VerdictCard result={state.result} locale={locale} />}
    </section>
  );
}
