/**
 * The Compare tool: pick scenarios (the first picked is the baseline), runs per scenario, Run with
 * progress and Cancel, a plain failure with Retry; then the key figures side by side with the change
 * against the baseline (green better, red worse; drill/compare.ts, the same table as
 * `lifeline compare`), each scenario's three verdicts in the UI language, and Export Report.
 */
import { useMemo, useState } from 'react';
import { RunsField } from './RunsField.tsx';
import { useTranslation } from 'react-i18next';
import { RunFailed } from '../verdicts/RunFailed.tsx';
import type { Building, Locale } from '../../../models/index.ts';
import { compareResults, formatDelta, formatValue } from '../../../drill/compare.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import {
  AS_DRAWN,
  compareFraction,
  DEFAULT_RUNS,
  deltaTone,
  idToKey,
  keyToId,
  orderedPick,
  parseRuns,
  scenarioKeys,
  type CompareRequest,
} from './compare-model.ts';
import type { DrillCompareControls } from './use-drill-compare.ts';
import { RsetDistribution } from './RsetDistribution.tsx';

interface Props {
  building: Building;
  locale: Locale;
  compare: DrillCompareControls;
  /** The window's scenario (tools/ScenarioPicker.tsx): picked at first, and what a bare export reports. */
  scenario: string | null;
}

/** A key as a test id part: the building as drawn has no id of its own. */
const testKey = (key: string): string => (key === AS_DRAWN ? 'as-drawn' : key);

export function ComparePanel({ building, locale, compare, scenario }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set([idToKey(scenario)]));
  const [runsText, setRunsText] = useState(String(DEFAULT_RUNS));
  const { state, exportState } = compare;
  const running = state.status === 'running';
  const order = orderedPick(building, picked);
  const runs = parseRuns(runsText);
  const nameOf = (id: string | null): string =>
    id === null ? t('compare.asDrawn') : (building.scenarios?.find((s) => s.id === id)?.name ?? id);

  const toggle = (key: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(key);
    else next.delete(key);
    setPicked(next);
  };
  const start = () => {
    if (runs === null || order.length === 0) return;
    compare.run({ scenarios: order.map(keyToId), runs });
  };
  const exporting = exportState.status === 'working';

  return (
    <section className="compare" data-testid="compare-panel" data-compare-status={state.status}>
      <h2>{t('compare.heading')}</h2>
      <fieldset className="compare-pick" disabled={running}>
        <legend>{t('compare.pick')}</legend>
        {scenarioKeys(building).map((key) => (
          <label key={key} className="compare-option">
            <input
              type="checkbox"
              checked={picked.has(key)}
              data-testid={`compare-pick-${testKey(key)}`}
              onChange={(e) => toggle(key, e.target.checked)}
            />
            <span>{nameOf(keyToId(key))}</span>
            {order[0] === key && <em className="compare-baseline-tag">{t('compare.baselineTag')}</em>}
          </label>
        ))}
      </fieldset>
      <RunsField
        label={t('compare.runs')}
        text={runsText}
        onText={setRunsText}
        valid={runs !== null}
        disabled={running}
        testId="compare-runs"
      />
      <p className="note compare-imo">{t('compare.imoNote')}</p>
      {order.length === 0 && <p className="note">{t('compare.pickOne')}</p>}

      {running ? (
        <div className="run-progress" data-testid="compare-progress">
          <progress max={1} value={compareFraction(state.progress)} aria-label={t('compare.progress')} />
          <span className="run-progress-text" data-testid="compare-progress-text">
            {state.progress === null
              ? t('compare.starting')
              : t(
                  state.progress.run < state.progress.runs ? 'compare.progressRuns' : 'compare.progressSite',
                  {
                    scenario: nameOf(state.request.scenarios[state.progress.scenario] ?? null),
                    index: state.progress.scenario + 1,
                    total: state.progress.scenarios,
                    run: state.progress.run + 1,
                    runs: state.progress.runs,
                  },
                )}
          </span>
          <button type="button" data-testid="compare-cancel" onClick={compare.cancel}>
            {t('compare.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="run-button"
          data-testid="compare-run"
          disabled={runs === null || order.length === 0}
          onClick={start}
        >
          {t('compare.run')}
        </button>
      )}

      {state.status === 'failed' && (
        <RunFailed
          id="compare"
          message={t('compare.failed')}
          reason={t('compare.failedReason', { reason: state.reason })}
          retry={t('compare.retry')}
          onRetry={() => compare.run(state.request)}
        />
      )}

      {state.status === 'done' && (
        <CompareResult
          building={building}
          locale={locale}
          request={state.request}
          results={state.results}
          workers={state.workers}
        />
      )}

      <div className="compare-export">
        {compare.formats.map((format) => (
          <button
            key={format}
            type="button"
            data-testid={`export-report-${format}`}
            disabled={exporting || running}
            title={state.status === 'done' ? undefined : t('compare.exportHint')}
            onClick={() => compare.exportReport(format, scenario)}
          >
            {t(format === 'pdf' ? 'compare.exportPdf' : 'compare.exportHtml')}
          </button>
        ))}
        <ExportStatus locale={locale} exportState={exportState} />
      </div>
    </section>
  );
}

function ExportStatus({
  locale,
  exportState,
}: {
  locale: Locale;
  exportState: DrillCompareControls['exportState'];
}) {
  const { t } = useTranslation();
  switch (exportState.status) {
    case 'idle':
    case 'cancelled':
      return null;
    case 'working':
      return (
        <p className="note" data-testid="export-status" data-export-status="working">
          {t('compare.exporting')}
        </p>
      );
    case 'saved':
      return (
        <p className="note ok" data-testid="export-status" data-export-status="saved">
          {t('compare.exported', { name: exportState.name })}
        </p>
      );
    case 'failed':
      return (
        <p className="note error" role="alert" data-testid="export-status" data-export-status="failed">
          {t('compare.exportFailed', { reason: exportState.reason[locale] })}
        </p>
      );
  }
}

interface ResultProps {
  building: Building;
  locale: Locale;
  request: CompareRequest;
  results: DrillScenarioResult[];
  /** Evacuation workers of the pool that ran at least one run (undefined: not known). */
  workers: number | undefined;
}

function CompareResult({ building, locale, request, results, workers }: ResultProps) {
  const { t } = useTranslation();
  const zh = locale === 'zh-CN';
  const comparison = useMemo(
    () =>
      compareResults(
        results,
        building.storeys.map((s) => s.id),
      ),
    [building, results],
  );
  const nameOf = (i: number): string => {
    const id = request.scenarios[i] ?? null;
    return id === null ? t('compare.asDrawn') : (building.scenarios?.find((s) => s.id === id)?.name ?? id);
  };
  const runs = results[0]?.people.runs ?? 0;
  return (
    <div className="compare-result" data-testid="compare-result">
      <div className="compare-table-wrap">
        <table className="compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.figure')}</th>
              {results.map((r, i) => (
                <th key={i} scope="col" title={nameOf(i)} data-scenario={r.scenario}>
                  {request.scenarios[i] ?? t('compare.asDrawnShort')}
                  {i === 0 && <em className="compare-baseline-tag">{t('compare.baselineTag')}</em>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.figures.map((f) => (
              <tr key={f.key} data-figure={f.key}>
                <th scope="row">{f.label[locale]}</th>
                {f.values.map((v, i) => {
                  const tone = deltaTone(f, i);
                  return (
                    <td key={i}>
                      {formatValue(v, zh)}
                      {tone !== null && (
                        <span className={`delta delta-${tone}`} data-testid="compare-delta" data-tone={tone}>
                          {formatDelta(f, i, zh)}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">{t('compare.runsNote', { runs })}</p>
      {workers !== undefined && (
        <p className="note" data-testid="compare-workers" data-workers={workers}>
          {/* 0: no pool worker could start; the drill worker ran every run itself (evac-pool.ts). */}
          {workers > 0 ? t('compare.workers', { count: workers }) : t('compare.workersFallback')}
        </p>
      )}
      {results.map((r, i) => (
        <section
          key={i}
          className="compare-verdicts"
          data-testid="compare-verdicts"
          data-scenario={r.scenario}
        >
          <h3>{nameOf(i)}</h3>
          <ul>
            {r.verdicts.map((v) => (
              <li key={v.mode} className={v.ok ? 'ok' : 'error'} data-mode={v.mode} data-ok={v.ok}>
                <span aria-hidden="true">{v.ok ? '✓ ' : '✗ '}</span>
                <b>{t(`compare.mode.${v.mode}`)}</b> {v.text[locale]}
              </li>
            ))}
          </ul>
          <RsetDistribution people={r.people} />
        </section>
      ))}
    </div>
  );
}
