/** The side panel: language, building source (samples, Open…), building facts and validation. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building, Locale } from '../../models/index.ts';
import type { en } from './locales/en.ts';
import { summarize } from '../../models/metrics/summary.ts';
import { IssueList } from './IssueList.tsx';
import { UI_LOCALES } from './i18n.ts';
import type { SampleEntry } from './samples.ts';
import { KIND_COLORS, kindsShown } from './scene/building-geometry.ts';
import type { ViewState } from './view-state.ts';
import { resolveIssuePath } from './view/element-path.ts';
import { SPACE_KIND_KEY } from './view/space-kind-key.ts';

const LANGUAGE_KEY: Readonly<Record<Locale, keyof typeof en.language>> = { en: 'en', 'zh-CN': 'zhCN' };

interface Props {
  state: ViewState;
  locale: Locale;
  samples: readonly SampleEntry[];
  onLanguage: (locale: Locale) => void;
  onSample: (fileName: string) => void;
  onOpen: () => void;
  /** The issue highlighted in the view, and how to pick one (geometric issues only). */
  highlightPath?: string | undefined;
  onLocateIssue?: (path: string) => void;
  /** Save / Save As and file notices (files/FileActions.tsx), shown under Open…. */
  fileActions?: ReactNode;
  /** The desktop app's recent files (recent/RecentFiles.tsx), under Open… and the file actions. */
  recentFiles?: ReactNode;
  /** The evacuation run and its verdict (run/RunPanel.tsx), for a valid building. */
  runPanel?: ReactNode;
}

export function SidePanel({
  state,
  locale,
  samples,
  onLanguage,
  onSample,
  onOpen,
  highlightPath,
  onLocateIssue,
  fileActions,
  recentFiles,
  runPanel,
}: Props) {
  const { t } = useTranslation();
  const source = state.status === 'empty' ? undefined : state.source;
  const sampleValue = source?.kind === 'sample' ? source.fileName : '';

  return (
    <aside className="panel">
      <header className="panel-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="languages" role="group" aria-label={t('language.label')}>
          {UI_LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={l === locale}
              data-testid={`lang-${l}`}
              onClick={() => onLanguage(l)}
            >
              {t(`language.${LANGUAGE_KEY[l]}`)}
            </button>
          ))}
        </div>
      </header>

      <section className="source">
        <label>
          <span>{t('source.sample')}</span>
          {samples.length > 0 ? (
            <select
              value={sampleValue}
              data-testid="sample-picker"
              onChange={(e) => {
                if (e.target.value !== '') onSample(e.target.value);
              }}
            >
              {sampleValue === '' && <option value="">—</option>}
              {samples.map((s) => (
                <option key={s.fileName} value={s.fileName}>
                  {s.fileName.replace(/\.json$/, '')}
                </option>
              ))}
            </select>
          ) : (
            <em data-testid="no-samples">{t('source.noSamples')}</em>
          )}
        </label>
        <button
          type="button"
          className="open"
          title={t('source.openHint')}
          data-testid="open"
          onClick={onOpen}
        >
          {t('source.open')}
        </button>
      </section>
      {fileActions}
      {recentFiles}
      {runPanel}

      <StatePanel state={state} locale={locale} highlightPath={highlightPath} onLocateIssue={onLocateIssue} />
    </aside>
  );
}

interface StateProps {
  state: ViewState;
  locale: Locale;
  highlightPath: string | undefined;
  onLocateIssue: ((path: string) => void) | undefined;
}

function StatePanel({ state, locale, highlightPath, onLocateIssue }: StateProps) {
  const { t } = useTranslation();
  switch (state.status) {
    case 'empty':
      return <p className="note">{t('status.noBuilding')}</p>;
    case 'loading':
      return <p className="note">{t('status.loading')}</p>;
    case 'readFailed':
      return (
        <p className="note error" role="alert" data-testid="read-failed">
          {t('status.readFailed', { reason: state.reason })}
        </p>
      );
    case 'loaded': {
      const { building, errors, warnings } = state.result;
      // Issues that point at something drawn (on the building, or the draft of a broken file).
      const drawn = building ?? state.draft;
      const locate =
        drawn !== undefined && onLocateIssue !== undefined
          ? {
              selected: highlightPath,
              onLocate: onLocateIssue,
              canLocate: (p: string) => resolveIssuePath(drawn, p) !== undefined,
            }
          : {};
      return (
        <>
          {building !== undefined && (
            <BuildingFacts building={building} fileName={state.source.fileName} locale={locale} />
          )}
          {building === undefined && (
            <dl className="facts">
              <dt>{t('building.file')}</dt>
              <dd data-testid="file-name">{state.source.fileName}</dd>
            </dl>
          )}
          <section className="validation" data-testid="validation">
            <h2>{t('validation.heading')}</h2>
            {errors.length === 0 && warnings.length === 0 && <p className="ok">{t('validation.ok')}</p>}
            {errors.length > 0 && (
              <>
                <p className="error" role="alert">
                  {t('validation.invalidFile')}
                </p>
                <h3>
                  {t('validation.errors')} <span className="count">{errors.length}</span>
                </h3>
                <IssueList issues={errors} locale={locale} {...locate} />
              </>
            )}
            {warnings.length > 0 && (
              <>
                <h3>
                  {t('validation.warnings')} <span className="count">{warnings.length}</span>
                </h3>
                <IssueList issues={warnings} locale={locale} {...locate} />
              </>
            )}
          </section>
          {building !== undefined && <Legend building={building} />}
        </>
      );
    }
  }
}

function BuildingFacts({
  building,
  fileName,
  locale,
}: {
  building: Building;
  fileName: string;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const s = summarize(building);
  const fmt = new Intl.NumberFormat(locale);
  return (
    <section className="building">
      <h2>{t('building.heading')}</h2>
      <dl className="facts">
        <dt>{t('building.name')}</dt>
        <dd data-testid="building-name">{building.name}</dd>
        <dt>{t('building.file')}</dt>
        <dd data-testid="file-name">{fileName}</dd>
        <dt>{t('building.storeys')}</dt>
        <dd data-testid="storey-count">{fmt.format(s.storeys.length)}</dd>
        <dt>{t('building.occupants')}</dt>
        <dd data-testid="occupant-count">{fmt.format(s.occupants)}</dd>
        <dt>{t('building.stairs')}</dt>
        <dd data-testid="stair-count">{fmt.format(s.stairs.length)}</dd>
        <dt>{t('building.height')}</dt>
        <dd data-testid="building-height">{fmt.format(Math.round(s.classification.height * 10) / 10)} m</dd>
      </dl>
    </section>
  );
}

function Legend({ building }: { building: Building }) {
  const { t } = useTranslation();
  return (
    <section className="legend">
      <h2>{t('legend.heading')}</h2>
      <ul>
        {kindsShown(building).map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ background: KIND_COLORS[kind] }} />
            {t(`legend.${SPACE_KIND_KEY[kind]}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
