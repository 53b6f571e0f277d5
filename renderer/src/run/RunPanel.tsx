/**
 * The People tool: Run (the window's scenario, tools/ScenarioPicker.tsx), the progress bar with
 * Cancel and the note that the 3D view shows the people live (playback/LiveAgentsLayer.tsx), a plain failure message with Retry, and the verdict card once a run has finished, with
 * the charts, stair queues and firefighters under it (RunDetails.tsx).
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { RunFailed } from '../verdicts/RunFailed.tsx';
import type { Building, Locale } from '../../../models/index.ts';
import { DEFAULT_MAX_TIME } from '../../../sim-core/evacuation/constants.ts';
import { livePreference } from './live-preference.ts';
import { progressFraction } from './run-state.ts';
import { RunDetails } from './RunDetails.tsx';
import type { EvacuationRunControls } from './use-evacuation-run.ts';
import { VerdictCard } from './VerdictCard.tsx';

interface Props {
  building: Building;
  locale: Locale;
  run: EvacuationRunControls;
  /** The scenario picked for the window (tools/ScenarioPicker.tsx); null = the building as drawn. */
  scenario: string | null;
}

function maxTimeOf(building: Building, scenario: string | null): number {
  const sc = building.scenarios?.find((s) => s.id === scenario);
  return sc?.duration ?? DEFAULT_MAX_TIME;
}

export function RunPanel({ building, locale, run, scenario }: Props) {
  const { t } = useTranslation();
  const live = useSyncExternalStore(livePreference.subscribe, livePreference.get);
  const { state } = run;
  const running = state.status === 'running';
  const fmt = new Intl.NumberFormat(locale);

  return (
    <section className="run" data-testid="run-panel" data-run-status={state.status}>
      <h2>{t('run.heading')}</h2>
      {running ? (
        <>
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
          {live && (
            <p className="run-live" data-testid="run-live">
              {t('liveRun.showing')}
            </p>
          )}
        </>
      ) : (
        <>
          <button type="button" className="run-button" data-testid="run" onClick={() => run.run(scenario)}>
            {t('run.run')}
          </button>
          <label className="run-live-toggle" title={t('liveRun.toggleHint')}>
            <input
              type="checkbox"
              checked={live}
              data-testid="run-live-toggle"
              onChange={(e) => livePreference.set(e.target.checked)}
            />
            <span>{t('liveRun.toggle')}</span>
          </label>
        </>
      )}
      {state.status === 'failed' && (
        <RunFailed
          id="run"
          message={t('run.failed')}
          reason={t('run.failedReason', { reason: state.reason })}
          retry={t('run.retry')}
          onRetry={() => run.run(state.scenario)}
        />
      )}
      {state.status === 'done' && <VerdictCard result={state.result} locale={locale} />}
      {state.status === 'done' && <RunDetails building={building} result={state.result} locale={locale} />}
    </section>
  );
}
