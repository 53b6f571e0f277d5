/** Lifeline's window: the side panel and the 3D view of the loaded building. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadBuildingBytes, loadBuildingText, type Locale } from '../../models/index.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import type { DesktopCommand, FileApi, PickedFile } from './file-api.ts';
import { FileActions } from './files/FileActions.tsx';
import { useDesktopCommands } from './files/use-desktop-commands.ts';
import { useDocumentFiles } from './files/use-document-files.ts';
import { useFileDrop } from './files/use-file-drop.ts';
import { currentLocale } from './i18n.ts';
import { chooseFileApi } from './platform/choose-file-api.ts';
import { RunPanel } from './run/RunPanel.tsx';
import { useEvacuationRun } from './run/use-evacuation-run.ts';
import { initialSample, SAMPLES, type SampleEntry } from './samples.ts';
import { SidePanel } from './SidePanel.tsx';
import { ScenarioPicker, scenarioIn } from './tools/ScenarioPicker.tsx';
import { ToolTabs } from './tools/ToolTabs.tsx';
import { BuildingViewer } from './view/BuildingViewer.tsx';
import { draftBuilding } from './view/draft-building.ts';
import type { ViewState } from './view-state.ts';

interface Props {
  fileApi?: FileApi;
  samples?: readonly SampleEntry[];
}

/** The desktop bridge's FileApi inside Electron, the browser one otherwise. */
const PLATFORM_FILE_API = chooseFileApi();

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function App({ fileApi = PLATFORM_FILE_API, samples = SAMPLES }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage);
  const [state, setState] = useState<ViewState>({ status: 'empty' });
  // JSON pointer of the validation issue picked for highlighting; cleared with each new file.
  const [highlightPath, setHighlightPath] = useState<string | undefined>(undefined);
  useEffect(() => setHighlightPath(undefined), [state]);
  // Only the latest request may update the view (a slow sample must not overwrite a newer file).
  const request = useRef(0);
  const files = useDocumentFiles({
    fileApi,
    view: state,
    setView: setState,
    locale,
    confirmMessage: t('file.confirmDiscard'),
  });
  const { beginLoad, commitLoad, confirmReplace } = files;
  const [refusedDrop, setRefusedDrop] = useState<string | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  const loadSample = useCallback(
    async (entry: SampleEntry) => {
      if (!(await confirmReplace())) return;
      const id = ++request.current;
      const source = { kind: 'sample', fileName: entry.fileName } as const;
      beginLoad(source);
      try {
        const text = await entry.load();
        if (id === request.current) {
          const result = loadBuildingText(text, entry.fileName);
          commitLoad({ status: 'loaded', source, result, draft: draftBuilding(result, text) }, 'untitled');
        }
      } catch (err) {
        if (id === request.current)
          commitLoad({ status: 'readFailed', source, reason: reasonOf(err) }, 'untitled');
      }
    },
    [confirmReplace, beginLoad, commitLoad],
  );

  useEffect(() => {
    const entry = initialSample(samples);
    if (entry !== undefined) void loadSample(entry);
  }, [samples, loadSample]);

  const onSample = (fileName: string) => {
    const entry = samples.find((s) => s.fileName === fileName);
    if (entry !== undefined) void loadSample(entry);
  };

  /** Open…, Open Recent and drops: ask about unsaved changes, get the bytes, load them. */
  const openWith = async (pick: () => Promise<PickedFile | null>) => {
    setRefusedDrop(null);
    if (!(await confirmReplace())) return;
    let picked;
    try {
      picked = await pick();
    } catch (err) {
      ++request.current;
      commitLoad(
        { status: 'readFailed', source: { kind: 'file', fileName: '' }, reason: reasonOf(err) },
        'untitled',
      );
      return;
    }
    if (picked === null) return;
    ++request.current;
    const source = { kind: 'file', fileName: picked.name } as const;
    // A file from a desktop dialog has a path main may save to; a dropped one does not.
    const file = picked.path === undefined ? 'untitled' : 'opened';
    try {
      const result = loadBuildingBytes(picked.bytes, picked.name);
      commitLoad({ status: 'loaded', source, result, draft: draftBuilding(result, picked.bytes) }, file);
    } catch (err) {
      // The loader promises never to throw; this is the last line of defence for the UI.
      commitLoad({ status: 'readFailed', source, reason: reasonOf(err) }, file);
    }
  };
  const onOpen = () => openWith(() => fileApi.openBuildingFile());

  useFileDrop((picked) => void openWith(() => Promise.resolve(picked)), setRefusedDrop);

  const onLanguage = (l: Locale) => void i18n.changeLanguage(l);

  useDesktopCommands(fileApi, (command: DesktopCommand) => {
    switch (command.type) {
      case 'open':
        return void onOpen();
      case 'openRecent':
        return void openWith(() => fileApi.openRecentFile(command.path));
      case 'save':
      case 'saveAs':
        return void files.save(command.type);
      case 'language':
        return onLanguage(command.locale);
      case 'exportReport':
        // No report exists yet (the run results feature will provide one).
        return;
    }
  });
  const building = state.status === 'loaded' ? (state.result.building ?? state.draft) : undefined;
  // Only a valid building can be run (a draft is drawn to locate its errors, nothing more).
  const runnable = state.status === 'loaded' ? state.result.building : undefined;
  const run = useEvacuationRun(runnable);
  // The scenario every tool uses (null = the building as drawn); one the new file lacks is dropped.
  const [pickedScenario, setPickedScenario] = useState<string | null>(null);
  const scenario = scenarioIn(runnable, pickedScenario);

  return (
    <div className="app">
      <SidePanel
        state={state}
        locale={locale}
        samples={samples}
        onLanguage={onLanguage}
        onSample={onSample}
        onOpen={() => void onOpen()}
        fileActions={<FileActions files={files} refusedDrop={refusedDrop} />}
        highlightPath={highlightPath}
        onLocateIssue={setHighlightPath}
        runPanel={
          runnable !== undefined && (
            <>
              <ScenarioPicker
                building={runnable}
                scenario={scenario}
                onScenario={setPickedScenario}
                disabled={run.state.status === 'running'}
              />
              <ToolTabs
                panels={{
                  people: <RunPanel building={runnable} locale={locale} run={run} scenario={scenario} />,
                }}
              />
            </>
          )
        }
      />
      <main className="viewport">
        {building !== undefined ? (
          <ErrorBoundary
            resetKey={building}
            fallback={<p className="viewport-note">{t('status.viewFailed')}</p>}
          >
            <BuildingViewer
              building={building}
              draft={state.status === 'loaded' && state.result.building === undefined}
              highlightPath={highlightPath}
              onClearHighlight={() => setHighlightPath(undefined)}
              result={run.state.status === 'done' ? run.state.result : undefined}
            />
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
