/**
 * What a finished run says beyond the verdict, under it in the People tab: the charts (per-storey
 * clear times, exit flows), the stair queues (longest queue at a landing and where, peak density and
 * time at Fruin E–F on the flights) and the firefighters (arrival on their target storey, what the
 * evacuating crowd cost them against an empty stair). Times in min:s.
 */
import { useTranslation } from 'react-i18next';
import type { Building, Locale } from '../../../models/index.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import { queueColour } from '../scene/stair-queue-markers.ts';
import { ExitFlowChart, StoreyClearChart } from './RunCharts.tsx';
import { formatMinSec } from './run-state.ts';

interface Props {
  building: Building;
  result: EvacuationResult;
  locale: Locale;
}

export function RunDetails({ building, result, locale }: Props) {
  const { t } = useTranslation();
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const storeyName = (id: string | null | undefined) =>
    id === null || id === undefined ? '—' : (building.storeys.find((s) => s.id === id)?.name ?? id);
  const stairs = result.stairs.filter((s) => s.maxQueue > 0 || s.maxDensity > 0);
  return (
    <div className="run-details" data-testid="run-details">
      <StoreyClearChart building={building} result={result} />
      <ExitFlowChart result={result} />
      <h3>{t('playbackExtra.stairQueues')}</h3>
      {stairs.length === 0 ? (
        <p className="note">{t('playbackExtra.noStairQueues')}</p>
      ) : (
        <table className="run-table" data-testid="stair-queues" title={t('playbackExtra.stairQueuesHint')}>
          <thead>
            <tr>
              <th>{t('playbackExtra.stair')}</th>
              <th>{t('playbackExtra.maxQueue')}</th>
              <th>{t('playbackExtra.queueStorey')}</th>
              <th title={t('playbackExtra.maxDensityHint')}>{t('playbackExtra.maxDensity')}</th>
              <th title={t('playbackExtra.timeEFHint')}>{t('playbackExtra.timeEF')}</th>
            </tr>
          </thead>
          <tbody>
            {stairs.map((s) => (
              <tr key={s.id} data-testid={`stair-queue-${s.id}`}>
                <td>{s.id}</td>
                <td>
                  <span className="swatch" style={{ background: queueColour(s.maxQueue) }} />
                  {fmt.format(s.maxQueue)}
                </td>
                <td>{storeyName(s.maxQueueStorey)}</td>
                <td>{fmt.format(s.maxDensity)}</td>
                <td>{formatMinSec(s.timeAtFruinEF)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.firefighters.length > 0 && (
        <>
          <h3>{t('playbackExtra.firefighters')}</h3>
          <table className="run-table" data-testid="firefighters">
            <thead>
              <tr>
                <th>{t('playbackExtra.crew')}</th>
                <th>{t('playbackExtra.arrival')}</th>
                <th title={t('playbackExtra.emptyStairHint')}>{t('playbackExtra.emptyStair')}</th>
                <th title={t('playbackExtra.delayHint')}>{t('playbackExtra.delay')}</th>
              </tr>
            </thead>
            <tbody>
              {result.firefighters.map((f) => (
                <tr key={f.group} data-testid={`firefighter-${f.group}`}>
                  <td>
                    {t('playbackExtra.crewRoute', {
                      count: f.count ?? 0,
                      enter: f.enter ?? '—',
                      to: storeyName(f.to),
                      stair: f.stair ?? '—',
                    })}
                  </td>
                  <td className={f.arrivalTime === null ? 'error' : undefined}>
                    {f.arrivalTime === null ? t('playbackExtra.notArrived') : formatMinSec(f.arrivalTime)}
                  </td>
                  <td>{formatMinSec(f.emptyStairTime ?? null)}</td>
                  <td>
                    {f.delay === null || f.delay === undefined
                      ? '—'
                      : `+${formatMinSec(Math.max(0, f.delay))}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
