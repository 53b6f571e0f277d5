/**
 * The running / failed / stopped states of an engine tab: a progress bar with Cancel, the plain
 * failure message with the browser's reason and Retry, or "stopped" with Run again.
 */
import { useTranslation } from 'react-i18next';
import type { JobState } from './job-state.ts';
import type { EngineJobControls } from './use-engine-job.ts';
import { RunFailed } from './RunFailed.tsx';

export function JobStatus<R>({ job, section }: { job: EngineJobControls<R>; section: 'water' | 'trucks' }) {
  const { t } = useTranslation();
  const s: JobState<R> = job.state;
  if (s.status === 'idle' || s.status === 'running') {
    const p = s.status === 'running' ? s.progress : null;
    return (
      <div className="run-progress" data-testid={`${section}-progress`}>
        {/* Indeterminate until the job reports a step: the engine call itself cannot report. */}
        {p !== null && p.done > 0 ? (
          <progress max={p.total} value={p.done} aria-label={t(`${section}.progress`)} />
        ) : (
          <progress aria-label={t(`${section}.progress`)} />
        )}
        <span className="run-progress-text">{t(`${section}.running`)}</span>
        <button type="button" data-testid={`${section}-cancel`} onClick={job.cancel}>
          {t(`${section}.cancel`)}
        </button>
      </div>
    );
  }
  if (s.status === 'failed')
    return (
      <RunFailed
        id={section}
        message={t(`${section}.failed`)}
        reason={t(`${section}.failedReason`, { reason: s.reason })}
        retry={t(`${section}.retry`)}
        onRetry={job.retry}
      />
    );
  if (s.status === 'cancelled')
    return (
      <div className="run-cancelled" data-testid={`${section}-cancelled`}>
        <p>{t(`${section}.cancelled`)}</p>
        <button type="button" data-testid={`${section}-retry`} onClick={job.retry}>
          {t(`${section}.runAgain`)}
        </button>
      </div>
    );
  return null;
}
