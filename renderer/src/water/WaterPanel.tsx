/**
 * The Water tool: the fire storey's flowing hydrants (outlet pressure, flow, solid jet, pass/fail
 * against GB 50974-2014 7.4.12), the pumps' operating points, the pressure ladder (every storey on
 * fire × every supply state, top storey first) and the code checks, UNVERIFIED thresholds marked.
 * The analysis runs by itself (use-water.ts); the fire storey can be changed here.
 */
import { useTranslation } from 'react-i18next';
import type { Building, Locale } from '../../../models/index.ts';
import { PASCALS_PER_METRE_HEAD } from '../../../models/units.ts';
import { CodeChecksTable } from '../verdicts/CodeChecksTable.tsx';
import { JobStatus } from '../verdicts/JobStatus.tsx';
import { formatLps, formatMpa, pressureClass } from './format.ts';
import type { WaterControls } from './use-water.ts';
import type { WaterOutcome } from './water-job.ts';

interface Props {
  building: Building;
  locale: Locale;
  water: WaterControls;
}

export function WaterPanel({ building, locale, water }: Props) {
  const { t } = useTranslation();
  const s = water.state;
  const storeys = [...building.storeys].reverse();
  return (
    <section className="engine-panel water-panel" data-testid="water-panel" data-status={s.status}>
      <h2>{t('water.heading')}</h2>
      <label className="run-scenario">
        <span>{t('water.fireStorey')}</span>
        <select
          value={water.fireStorey ?? ''}
          data-testid="water-fire-storey"
          onChange={(e) => water.setFireStorey(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('water.noFire')}</option>
          {storeys.map((st) => (
            <option key={st.id} value={st.id}>
              {st.name ?? st.id}
            </option>
          ))}
        </select>
      </label>
      <JobStatus job={water} section="water" />
      {s.status === 'done' && <WaterResult outcome={s.result} locale={locale} />}
    </section>
  );
}

function WaterResult({ outcome, locale }: { outcome: WaterOutcome; locale: Locale }) {
  const { t } = useTranslation();
  const { analysis, summary } = outcome;
  if (analysis === null || summary === null)
    return (
      <p className="error" data-testid="water-not-analysed">
        {t('water.notAnalysed', { why: outcome.why?.[locale] ?? '' })}
      </p>
    );
  const req = summary.requirement;
  const flowing = analysis.hydrants.filter((h) => h.flowing);
  const ladderStoreys = [...summary.hydrantStoreys].reverse();
  const cells = new Map(summary.ladder.map((c) => [`${c.state}|${c.fireStorey}`, c]));
  const highest = (id: string | null): string => id ?? t('trucks.none');
  return (
    <div className="water-result" data-testid="water-result">
      <p className="engine-requirement">
        {t('water.requirement', { pressure: formatMpa(req.minPressure), jet: req.jet, clause: req.clause })}
      </p>

      {analysis.fireStorey === null ? (
        <p className="muted" data-testid="water-no-fire">
          {t('water.noFireNote')}
        </p>
      ) : (
        <>
          <h3>{t('water.hydrantsHeading', { storey: analysis.fireStorey })}</h3>
          <table className="engine-table" data-testid="water-hydrants">
            <thead>
              <tr>
                <th>{t('water.hydrant')}</th>
                <th>{t('water.outlet')}</th>
                <th>{t('water.flow')}</th>
                <th>{t('water.jet')}</th>
                <th>{t('water.result')}</th>
              </tr>
            </thead>
            <tbody>
              {flowing.map((h) => (
                <tr key={h.id} data-testid={`water-hydrant-${h.id}`} className={h.ok ? 'row-ok' : 'row-fail'}>
                  <td>{h.id}</td>
                  <td>{formatMpa(h.outletPressure)}</td>
                  <td>{formatLps(h.flow)}</td>
                  <td>{h.jet.toFixed(1)}</td>
                  <td title={h.okClause === '7.4.12' ? req.clause : `GB 50974-2014 ${h.okClause}`}>
                    <span className={h.ok ? 'ok' : 'error'}>
                      {h.dry ? t('water.dry') : t(h.ok ? 'water.pass' : 'water.fail')}
                    </span>{' '}
                    <span className="muted">{h.okClause}</span>
                    {h.overPressure && <span className="warning"> · {t('water.over')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>{t('water.pumpsHeading')}</h3>
      {analysis.pumps.length === 0 ? (
        <p className="muted">{t('water.noPumps')}</p>
      ) : (
        <table className="engine-table" data-testid="water-pumps">
          <thead>
            <tr>
              <th>{t('water.pump')}</th>
              <th>{t('water.role')}</th>
              <th>{t('water.state')}</th>
              <th>{t('water.flow')}</th>
              <th>{t('water.head')}</th>
              <th>{t('water.headMpa')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.pumps.map((p) => (
              <tr key={p.id} data-testid={`water-pump-${p.id}`}>
                <td>{p.id}</td>
                <td>{roleText(t, p.role)}</td>
                <td>{t(p.status === 'open' ? 'water.pumpOn' : 'water.pumpOff')}</td>
                <td>{p.status === 'open' ? formatLps(p.flow) : '—'}</td>
                <td>{p.status === 'open' ? p.head.toFixed(1) : '—'}</td>
                <td>{p.status === 'open' ? formatMpa(p.head * PASCALS_PER_METRE_HEAD) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('water.ladderHeading')}</h3>
      <p className="muted small">{t('water.ladderHint')}</p>
      <div className="ladder-scroll">
        <table className="engine-table ladder" data-testid="water-ladder">
          <thead>
            <tr>
              <th>{t('water.storey')}</th>
              {summary.states.map((st) => (
                <th key={st.id} data-state={st.id}>
                  {st.label[locale]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ladderStoreys.map((storey) => (
              <tr key={storey} data-storey={storey}>
                <th scope="row">{storey}</th>
                {summary.states.map((st) => {
                  const c = cells.get(`${st.id}|${storey}`);
                  if (c === undefined) return <td key={st.id}>—</td>;
                  const cls = pressureClass(c);
                  return (
                    <td
                      key={st.id}
                      className={`ladder-${cls}`}
                      data-class={cls}
                      title={`${storey} · ${st.label[locale]}: ${formatMpa(c.outletPressure)} MPa, ${c.jet.toFixed(1)} m`}
                    >
                      {formatMpa(c.outletPressure)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('water.highestAdequate')}</th>
              {summary.states.map((st) => (
                <td key={st.id}>{highest(st.highestAdequateStorey)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>

      <h3>{t('water.checksHeading')}</h3>
      <CodeChecksTable
        checks={summary.checks}
        sentence={(c) => c.text[locale]}
        testId="water-checks"
        unverifiedTestId="water-unverified"
      />
      {summary.notes.length > 0 && (
        <>
          <h3>{t('water.notesHeading')}</h3>
          <ul className="engine-notes">
            {summary.notes.map((n, i) => (
              <li key={i}>{n[locale]}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function roleText(t: ReturnType<typeof useTranslation>['t'], role: string): string {
  if (role === 'fire') return t('water.roleFire');
  if (role === 'jockey') return t('water.roleJockey');
  if (role === 'booster') return t('water.roleBooster');
  return role;
}
