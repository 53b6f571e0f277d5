/** Lifeline's window: the side panel and the 3D view of the loaded building. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadBuildingBytes, loadBuildingText, type Locale } from '../../models/index.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { browserFileApi, type FileApi } from './file-api.ts';
import { currentLocale } from './i18n.ts';
import { initialSample, SAMPLES, type SampleEntry } from './samples.ts';
import { BuildingView } from './scene/BuildingView.tsx';
import { SidePanel } from './SidePanel.tsx';
import type { ViewState } from './view-state.ts';

interface Props {
  fileApi?: FileApi;
  samples?: readonly SampleEntry[];
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function App({ fileApi = browserFileApi, samples = SAMPLES }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage);
  const [state, setState] = useState<ViewState>({ status: 'empty' });
  // Only the latest request may update the view (a slow sample must not overwrite a newer file).
  const request = useRef(0);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  const loadSample = useCallback(async (entry: SampleEntry) => {
    const id = ++request.current;
    const source = { kind: 'sample', fileName: entry.fileName } as const;
    setState({ status: 'loading', source });
    try {
      const text = await entry.load();
      if (id === request.current)
        setState({ status: 'loaded', source, result: loadBuildingText(text, entry.fileName) });
    } catch (err) {
      if (id === request.current) setState({ status: 'readFailed', source, reason: reasonOf(err) });
    }
  }, []);

  useEffect(() => {
    const entry = initialSample(samples);
    if (entry !== undefined) void loadSample(entry);
  }, [samples, loadSample]);

  const onSample = (fileName: string) => {
    const entry = samples.find((s) => s.fileName === fileName);
    if (entry !== undefined) void loadSample(entry);
  };

  const onOpen = async () => {
    let picked;
    try {
      picked = await fileApi.openBuildingFile();
    } catch (err) {
      ++request.current;
      setState({ status: 'readFailed', source: { kind: 'file', fileName: '' }, reason: reasonOf(err) });
      return;
    }
    if (picked === null) return;
    ++request.current;
    const source = { kind: 'file', fileName: picked.name } as const;
    try {
      setState({ status: 'loaded', source, result: loadBuildingBytes(picked.bytes, picked.name) });
    } catch (err) {
      // The loader promises never to throw; this is the last line of defence for the UI.
      setState({ status: 'readFailed', source, reason: reasonOf(err) });
    }
  };

  const onLanguage = (l: Locale) => void i18n.changeLanguage(l);
  const building = state.status === 'loaded' ? state.result.building : undefined;

  return (
    <div className="app">
      <SidePanel
        state={state}
        locale={locale}
        samples={samples}
        onLanguage={onLanguage}
        onSample={onSample}
        onOpen={() => void onOpen()}
      />
      <main className="viewport">
        {building !== undefined ? (
          <ErrorBoundary
            resetKey={building}
            fallback={<p className="viewport-note">{t('status.viewFailed')}</p>}
          >
            <BuildingView building={building} label={t('view.label')} />
            <p className="viewport-hint">{t('view.hint')}</p>
          </ErrorBoundary>
        ) : (
          <p className="viewport-note" data-testid="viewport-note">
            {state.status === 'loading'
              ? t('status.loading')
              : state.status === 'loaded'
                ? t('status.invalid')
                : t('status.noBuilding')}
          </p>
        )}
      </main>
    </div>
  );
}
