/** The people verdict of a finished run: RSET (min:s), evacuated and trapped, the evacuation curve. */
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../models/index.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import { EvacuationCurve } from './EvacuationCurve.tsx';
import { formatMinSec } from './run-state.ts';

export function VerdictCard({ result, locale }: { result: EvacuationResult; locale: Locale }) {
  const { t } = useTranslation();
  const fmt = new Intl.NumberFormat(locale);
  return (
    <div className="verdict" data-testid="verdict">
      <h3>{t('run.verdict')}</h3>
      <dl className="facts">
        <dt>{t('run.rset')}</dt>
        <dd data-testid="rset" title={t('run.rsetHint')}>
          {formatMinSec(result.evacuationTime)}
        </dd>
        <dt>{t('run.evacuated')}</dt>
        <dd data-testid="evacuated">
          {fmt.format(result.evacuated)} / {fmt.format(result.occupants)}
        </dd>
        <dt>{t('run.trapped')}</dt>
        <dd data-testid="trapped" className={result.trapped > 0 ? 'error' : undefined}>
          {fmt.format(result.trapped)}
        </dd>
      </dl>
      {result.status === 'timeout' && (
        <p className="error" data-testid="run-timeout">
          {t('run.timeout', { remaining: fmt.format(result.remaining) })}
        </p>
      )}
      <EvacuationCurve curve={result.curve} occupants={result.occupants} />
    </div>
  );
}
