/**
 * The Debrief tool (issue 7 "Drill plan and debrief"): after a real drill the trainer picks the CSV
 * of what was measured (storey clear times, exit counts, firefighter arrival, hydrant pressures;
 * docs/drill.md "Debrief"), the window's scenario is run through the drill worker, and each
 * measurement is set against the simulation, largest deviation first, as `lifeline debrief` does.
 * The CSV's problems are listed with their line numbers as soon as it is picked. A template with
 * the building's own ids can be downloaded. Run, progress, Cancel and a plain failure with Retry
 * follow the Compare tool.
 */
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { RunsField } from '../compare/RunsField.tsx';
import { useTranslation } from 'react-i18next';
import { RunFailed } from '../verdicts/RunFailed.tsx';
import type { Building, Locale, LocalizedText } from '../../../models/index.ts';
import type { MeasureKind } from '../../../drill/debrief.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import { compareFraction, parseRuns, type CompareRequest } from '../compare/compare-model.ts';
import { debriefView } from './debrief-table.ts';
import { debriefTemplate, templateFileName } from './debrief-template.ts';
import { downloadCsv } from './download-csv.ts';
import { csvTooLarge, readMeasuredCsv, type MeasuredCsv } from './measured-csv.ts';
import type { DrillDebriefControls } from './use-drill-debrief.ts';

/**
 * Runs by default: the measurements are set against run 1 (the run the People tab would show for
 * the same seed); more runs only add each storey's 95th percentile to its note, and cost time.
 */
export const DEFAULT_DEBRIEF_RUNS = 1;

const KIND_KEY = {
  'storey-clear': 'debrief.kinds.storeyClear',
  'exit-count': 'debrief.kinds.exitCount',
  'firefighter-arrival': 'debrief.kinds.firefighterArrival',
  'hydrant-pressure': 'debrief.kinds.hydrantPressure',
} as const satisfies Record<MeasureKind, string>;

interface Props {
  building: Building;
  locale: Locale;
  /** The building's file name (the template is named after it). */
  fileName: string;
  debrief: DrillDebriefControls;
  /** The window's scenario (tools/ScenarioPicker.tsx): what a run simulates. */
  scenario: string | null;
}

type CsvState =
  | { status: 'none' }
  | { status: 'loaded'; csv: MeasuredCsv }
  | { status: 'unreadable'; reason: LocalizedText };

export function DebriefPanel({ building, locale, fileName, debrief, scenario }: Props) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState<CsvState>({ status: 'none' });
  const fileInput = useRef<HTMLInputElement>(null);
  // Only the latest pick may set the CSV (a large file read slowly must not overwrite a newer one).
  const pick = useRef(0);
  const [runsText, setRunsText] = useState(String(DEFAULT_DEBRIEF_RUNS));
  const { state } = debrief;
  const running = state.status === 'running';
  const runs = parseRuns(runsText);
  const nameOf = (id: string | null): string =>
    id === null ? t('compare.asDrawn') : (building.scenarios?.find((s) => s.id === id)?.name ?? id);
  const measured = csv.status === 'loaded' ? csv.csv.parsed.rows.length : 0;

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Picking the same file again (after editing it) must fire change again.
    input.value = '';
    if (file === undefined) return;
    const mine = ++pick.current;
    const large = csvTooLarge(file.name, file.size);
    if (large !== null) {
      setCsv({ status: 'unreadable', reason: large });
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (mine !== pick.current) return;
      const read = readMeasuredCsv(file.name, bytes);
      setCsv(read.ok ? { status: 'loaded', csv: read.csv } : { status: 'unreadable', reason: read.reason });
    } catch (err) {
      if (mine !== pick.current) return;
      const why = err instanceof Error ? err.message : String(err);
      setCsv({
        status: 'unreadable',
        reason: {
          en: `${file.name} could not be read: ${why}`,
          'zh-CN': `无法读取 ${file.name}：${why}`,
        },
      });
    }
  };
  const start = () => {
    if (runs === null) return;
    debrief.run({ scenarios: [scenario], runs });
  };

  return (
    <section className="debrief" data-testid="debrief-panel" data-debrief-status={state.status}>
      <h2>{t('debrief.heading')}</h2>
      <p className="note">{t('debrief.intro')}</p>
      <div className="debrief-file">
        {/* The browser's own file input labels itself in the browser's language: a button of ours
            in the UI language opens it instead. */}
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          hidden
          data-testid="debrief-file"
          onChange={(e) => void onFile(e)}
        />
        <button type="button" data-testid="debrief-pick" onClick={() => fileInput.current?.click()}>
          {t('debrief.pick')}
        </button>
        <button
          type="button"
          data-testid="debrief-template"
          title={t('debrief.templateHint')}
          onClick={() => downloadCsv(templateFileName(fileName), debriefTemplate(building, scenario, locale))}
        >
          {t('debrief.template')}
        </button>
      </div>
      {csv.status === 'unreadable' && (
        <p className="note error" role="alert" data-testid="debrief-file-error">
          {csv.reason[locale]}
        </p>
      )}
      {csv.status === 'loaded' && (
        <p className="note" data-testid="debrief-file-summary" data-measurements={measured}>
          {t('debrief.loaded', { name: csv.csv.name, count: measured })}
          {csv.csv.encoding === 'gb18030' && ` ${t('debrief.gb18030')}`}
        </p>
      )}

      <p className="note" data-testid="debrief-scenario">
        {t('debrief.scenario', { scenario: nameOf(scenario) })}
      </p>
      <RunsField
        label={t('debrief.runs')}
        text={runsText}
        onText={setRunsText}
        valid={runs !== null}
        disabled={running}
        testId="debrief-runs"
      />
      <p className="note compare-imo">{t('debrief.runsNote')}</p>

      {running ? (
        <div className="run-progress" data-testid="debrief-progress">
          <progress max={1} value={compareFraction(state.progress)} aria-label={t('debrief.progress')} />
          <span className="run-progress-text" data-testid="debrief-progress-text">
            {state.progress === null
              ? t('compare.starting')
              : state.progress.run < state.progress.runs
                ? t('debrief.progressRuns', { run: state.progress.run + 1, runs: state.progress.runs })
                : t('debrief.progressSite')}
          </span>
          <button type="button" data-testid="debrief-cancel" onClick={debrief.cancel}>
            {t('compare.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="run-button"
          data-testid="debrief-run"
          disabled={runs === null || measured === 0}
          title={measured === 0 ? t('debrief.needCsv') : undefined}
          onClick={start}
        >
          {t('debrief.run')}
        </button>
      )}
      {!running && measured === 0 && <p className="note">{t('debrief.needCsv')}</p>}

      {state.status === 'failed' && (
        <RunFailed
          id="debrief"
          message={t('debrief.failed')}
          reason={t('compare.failedReason', { reason: state.reason })}
          retry={t('compare.retry')}
          onRetry={() => debrief.run(state.request)}
        />
      )}

      {csv.status === 'loaded' && (
        <DebriefResult
          csv={csv.csv}
          locale={locale}
          done={state.status === 'done' ? { request: state.request, result: state.results[0] ?? null } : null}
          nameOf={nameOf}
          scenario={scenario}
        />
      )}
    </section>
  );
}

interface ResultProps {
  csv: MeasuredCsv;
  locale: Locale;
  /** The finished simulation and what was asked for; null: not run (yet), only the CSV's problems. */
  done: { request: CompareRequest; result: DrillScenarioResult | null } | null;
  nameOf: (id: string | null) => string;
  scenario: string | null;
}

function DebriefResult({ csv, locale, done, nameOf, scenario }: ResultProps) {
  const { t } = useTranslation();
  const result = done?.result ?? null;
  const view = useMemo(() => debriefView(csv, result, locale), [csv, result, locale]);
  const simulated = done?.request.scenarios[0] ?? null;
  return (
    <div className="debrief-result" data-testid="debrief-result">
      {result !== null && (
        <>
          <h3>{t('debrief.against', { scenario: nameOf(simulated), count: result.people.runs })}</h3>
          {simulated !== scenario && (
            <p className="note" data-testid="debrief-stale">
              {t('debrief.stale', { scenario: nameOf(scenario) })}
            </p>
          )}
          {view.rows.length === 0 ? (
            <p className="note">{t('debrief.nothingCompared')}</p>
          ) : (
            <div className="compare-table-wrap">
              <table className="compare-table debrief-table" data-testid="debrief-table">
                <thead>
                  <tr>
                    <th scope="col">{t('debrief.col.kind')}</th>
                    <th scope="col">{t('debrief.col.measured')}</th>
                    <th scope="col">{t('debrief.col.simulated')}</th>
                    <th scope="col">{t('debrief.col.difference')}</th>
                    <th scope="col">{t('debrief.col.relative')}</th>
                  </tr>
                </thead>
                {/* One body per measurement: its figures, then its note across the row (a side
                    panel has no room for a seventh column). */}
                {view.rows.map((r) => (
                  <tbody key={r.line} data-line={r.line} data-kind={r.kind} data-id={r.id}>
                    <tr>
                      <th scope="row">
                        <span className="debrief-id" data-testid="debrief-id">
                          {r.id}
                        </span>
                        <span className="debrief-kind" data-testid="debrief-kind">
                          {t(KIND_KEY[r.kind])}
                        </span>
                      </th>
                      <td className="num" data-testid="debrief-measured">
                        {r.measured}
                      </td>
                      <td className="num" data-testid="debrief-simulated">
                        {r.simulated}
                      </td>
                      <td className="num" data-testid="debrief-difference">
                        {r.difference}
                      </td>
                      <td className="num" data-testid="debrief-relative">
                        {r.relative}
                      </td>
                    </tr>
                    {r.note !== '' && (
                      <tr className="debrief-note-row">
                        <td colSpan={5} className="debrief-note" data-testid="debrief-note">
                          {t('debrief.notePrefix', { note: r.note })}
                        </td>
                      </tr>
                    )}
                  </tbody>
                ))}
              </table>
            </div>
          )}
          <p className="note">{t('debrief.order')}</p>
        </>
      )}
      {view.skipped.length > 0 && (
        <p className="note" data-testid="debrief-skipped">
          {t('debrief.skipped', { count: view.skipped.length })}
        </p>
      )}
      {view.problems.length > 0 && (
        <div className="debrief-problems" role="alert" data-testid="debrief-problems">
          <p className="error">{t('debrief.problems', { name: csv.name, count: view.problems.length })}</p>
          <ul>
            {view.problems.map((p, i) => (
              <li key={i} data-line={p.line}>
                {t('debrief.problemLine', { line: p.line, text: p.text[locale] })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
