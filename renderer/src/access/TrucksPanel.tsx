/**
 * The Trucks tool: per vehicle and entrance, whether it gets there, when it is ready (min:s), its
 * reversals, what blocks it and what would have to go; what towing buys; the aerial reach per
 * rescue site; the rescue-site checks; the facade's canopy risk; and every code check with its
 * clause. The analysis runs by itself (use-access.ts).
 */
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../models/index.ts';
import { storeyRanges } from '../../../drill/format.ts';
import { formatMinSec } from '../run/run-state.ts';
import { CodeChecksTable } from '../verdicts/CodeChecksTable.tsx';
import { JobStatus } from '../verdicts/JobStatus.tsx';
import type { EngineJobControls } from '../verdicts/use-engine-job.ts';
import { driveKey, playDrive } from '../scene/access-drive-playback.ts';
import type { AccessOutcome } from './access-job.ts';

interface Props {
  locale: Locale;
  trucks: EngineJobControls<AccessOutcome>;
}

export function TrucksPanel({ locale, trucks }: Props) {
  const { t } = useTranslation();
  const s = trucks.state;
  return (
    <section className="engine-panel trucks-panel" data-testid="trucks-panel" data-status={s.status}>
      <h2>{t('trucks.heading')}</h2>
      <JobStatus job={trucks} section="trucks" />
      {s.status === 'done' && <TrucksResult outcome={s.result} locale={locale} />}
    </section>
  );
}

const list = (ids: readonly string[] | null, none: string): string =>
  ids === null || ids.length === 0 ? none : ids.join(', ');

function TrucksResult({ outcome, locale }: { outcome: AccessOutcome; locale: Locale }) {
  const { t } = useTranslation();
  const { report, summary } = outcome;
  const none = t('trucks.none');
  const order = outcome.building.storeys.map((st) => st.id);
  const risk = report.facade.riskClass;
  const riskText = t(
    risk === 'high' ? 'trucks.riskHigh' : risk === 'medium' ? 'trucks.riskMedium' : 'trucks.riskLow',
  );
  return (
    <div className="trucks-result" data-testid="trucks-result">
      <h3>{t('trucks.routesHeading')}</h3>
      {report.vehicles.length === 0 ? (
        <p className="muted">{t('trucks.noRoutes')}</p>
      ) : (
        <table className="engine-table" data-testid="trucks-routes">
          <thead>
            <tr>
              <th>{t('trucks.vehicle')}</th>
              <th>{t('trucks.entrance')}</th>
              <th>{t('trucks.target')}</th>
              <th>{t('trucks.reached')}</th>
              <th>{t('trucks.arrival')}</th>
              <th>{t('trucks.reversals')}</th>
              <th>{t('trucks.blockedBy')}</th>
              <th>{t('trucks.removeToPass')}</th>
              <th>{t('trucks.drive')}</th>
            </tr>
          </thead>
          <tbody>
            {report.vehicles.map((v, i) => (
              <tr
                key={i}
                className={v.reached ? 'row-ok' : 'row-fail'}
                data-testid={`trucks-route-${v.id}-${v.entrance}`}
                data-reached={v.reached}
                title={v.reason ?? undefined}
              >
                <td>{v.id}</td>
                <td>{v.entrance}</td>
                <td>{v.target.split('|').join(', ')}</td>
                <td className={v.reached ? 'ok' : 'error'}>{t(v.reached ? 'trucks.yes' : 'trucks.no')}</td>
                <td>{v.arrivalTime === null ? none : formatMinSec(v.arrivalTime)}</td>
                <td>{v.reached ? v.reversals : none}</td>
                <td data-testid="blocked-by">{list(v.blockedBy, none)}</td>
                <td>{list(v.removeToPass, none)}</td>
                <td>
                  {v.reached && v.path.length >= 2 && (
                    <button
                      type="button"
                      className="play-drive"
                      data-testid="play-drive"
                      title={t('trucks.playDriveTitle')}
                      onClick={() => playDrive(driveKey(v.id, v.entrance))}
                    >
                      {t('trucks.playDrive')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.towing !== null && (
        <div className="trucks-towing" data-testid="trucks-towing">
          <h3>{t('trucks.towHeading', { list: summary.towing.removed.join(', ') })}</h3>
          <ul>
            {summary.towing.vehicles.map((v) => (
              <li key={v.id}>
                {v.arrivalTime === null
                  ? t('trucks.towNever', { vehicle: v.id })
                  : t('trucks.towArrival', { vehicle: v.id, time: formatMinSec(v.arrivalTime) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.aerial.length > 0 && (
        <>
          <h3>{t('trucks.aerialHeading')}</h3>
          <table className="engine-table" data-testid="trucks-aerial">
            <thead>
              <tr>
                <th>{t('trucks.vehicle')}</th>
                <th>{t('trucks.site')}</th>
                <th>{t('trucks.siteReached')}</th>
                <th>{t('trucks.highestStorey')}</th>
                <th>{t('trucks.unreachable')}</th>
              </tr>
            </thead>
            <tbody>
              {report.aerial.map((a) => (
                <tr
                  key={`${a.vehicle}|${a.site}`}
                  className={a.highestStorey !== null ? 'row-ok' : 'row-fail'}
                >
                  <td>{a.vehicle}</td>
                  <td>{a.site}</td>
                  <td className={a.siteReached ? 'ok' : 'error'}>
                    {t(a.siteReached ? 'trucks.yes' : 'trucks.no')}
                  </td>
                  <td>{a.highestStorey ?? none}</td>
                  <td>
                    {a.unreachableStoreys.length === 0 ? none : storeyRanges(a.unreachableStoreys, order)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.rescueSites.length > 0 && (
        <>
          <h3>{t('trucks.rescueSitesHeading')}</h3>
          <table className="engine-table" data-testid="trucks-rescue-sites">
            <thead>
              <tr>
                <th>{t('trucks.site')}</th>
                <th>{t('water.ok')}</th>
                <th>{t('trucks.obstacles')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rescueSites.map((r) => (
                <tr key={r.id} className={r.ok ? 'row-ok' : 'row-fail'}>
                  <td>{r.id}</td>
                  <td className={r.ok ? 'ok' : 'error'}>{r.ok ? '✓' : '✗'}</td>
                  <td>{list(r.obstacles, none)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('trucks.facadeHeading')}</h3>
      <p
        data-testid="trucks-facade"
        className={risk === 'low' ? undefined : risk === 'high' ? 'error' : 'warning'}
      >
        {t('trucks.risk', {
          risk: riskText,
          share: Math.round(report.facade.canopyShare * 100),
          nets: report.facade.netsWithoutHatch,
        })}
      </p>
      {report.facade.bySide.length > 0 && (
        <table className="engine-table">
          <thead>
            <tr>
              <th>{t('trucks.side')}</th>
              <th>{t('trucks.openings')}</th>
              <th>%</th>
            </tr>
          </thead>
          <tbody>
            {report.facade.bySide.map((sd) => (
              <tr key={sd.side}>
                <td>{sd.side}</td>
                <td>{sd.openings}</td>
                <td>{Math.round(sd.canopyShare * 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('trucks.checksHeading')}</h3>
      <CodeChecksTable
        checks={report.checks}
        sentence={(c) => c.message[locale]}
        testId="trucks-checks"
        subject={{ heading: t('trucks.subject'), of: (c) => c.subject }}
      />
      {report.problems.length > 0 && (
        <>
          <h3>{t('trucks.problemsHeading')}</h3>
          <ul className="engine-notes error">
            {report.problems.map((p, i) => (
              <li key={i}>
                {p.message[locale]} <span className="muted">{p.path}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
