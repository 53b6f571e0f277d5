/** Lifeline's window: the side panel and the 3D view of the loaded building. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Building, loadBuildingBytes, type Locale } from '../../models/index.ts';
import { ComparePanel } from './compare/ComparePanel.tsx';
import { useDrillCompare } from './compare/use-drill-compare.ts';
import { DebriefPanel } from './debrief/DebriefPanel.tsx';
import { useDrillDebrief } from './debrief/use-drill-debrief.ts';
import { TrucksPanel } from './access/TrucksPanel.tsx';
import { useAccess } from './access/use-access.ts';
import { ScenarioEditContext } from './edit/edit-context.ts';
import { useStableDrawing } from './edit/stable-drawing.ts';
import { useScenarioEditor } from './edit/use-scenario-editor.ts';
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
import { ScenarioPanel } from './scenario/ScenarioPanel.tsx';
import { RecentFiles } from './recent/RecentFiles.tsx';
import { SidePanel } from './SidePanel.tsx';
import { ScenarioPicker, scenarioIn } from './tools/ScenarioPicker.tsx';
import { ToolTabs } from './tools/ToolTabs.tsx';
import { BuildingViewer } from './view/BuildingViewer.tsx';
import { VerdictStrip } from './verdicts/VerdictStrip.tsx';
import { draftBuilding } from './view/draft-building.ts';
import { loadInSteps } from './load/staged-load.ts';
import { useEngineOverlays } from './verdicts/use-engine-overlays.ts';
import { useWater } from './water/use-water.ts';
import { WaterPanel } from './water/WaterPanel.tsx';
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
  // A sample parsed and drawn while its semantic check runs in a worker (load/staged-load.ts); the
  // document stays "loading" (nothing to run or save) until the check's result is committed.
  const [preview, setPreview] = useState<Building | undefined>(undefined);
  const cancelCheck = useRef<() => void>(() => {});
  /** A new load: the one before it may no longer update the view, and its check is stopped. */
  const supersede = useCallback(() => {
    cancelCheck.current();
    cancelCheck.current = () => {};
    setPreview(undefined);
    return ++request.current;
  }, []);
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
      const id = supersede();
      const source = { kind: 'sample', fileName: entry.fileName } as const;
      beginLoad(source);
      try {
        const text = await entry.load();
        if (id !== request.current) return;
        // Drawn as soon as it is parsed; checked by the rules in a worker meanwhile (load/staged-load.ts).
        const first = loadInSteps(text, entry.fileName);
        let result = 'result' in first ? first.result : undefined;
        if (!('result' in first)) {
          cancelCheck.current = first.cancel;
          setPreview(first.drawable);
          result = await first.finish();
          performance.mark('lifeline:building-checked');
        }
        if (id === request.current && result !== undefined) {
          setPreview(undefined);
          commitLoad({ status: 'loaded', source, result, draft: draftBuilding(result, text) }, 'untitled');
        }
      } catch (err) {
        if (id === request.current)
          commitLoad({ status: 'readFailed', source, reason: reasonOf(err) }, 'untitled');
      }
    },
    [confirmReplace, beginLoad, commitLoad, supersede],
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
      supersede();
      commitLoad(
        { status: 'readFailed', source: { kind: 'file', fileName: '' }, reason: reasonOf(err) },
        'untitled',
      );
      return;
    }
    if (picked === null) return;
    supersede();
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
        // The compared scenarios, or else the window's scenario (compared first); HTML here, the
        // Compare tool also offers PDF.
        return compare.exportReport('html', scenario);
    }
  });
  const building = state.status === 'loaded' ? (state.result.building ?? state.draft) : undefined;
  // Only a valid building can be run (a draft is drawn to locate its errors, nothing more).
  const runnable = state.status === 'loaded' ? state.result.building : undefined;
  const run = useEvacuationRun(runnable);
  // The scenario every tool uses (null = the building as drawn); one the new file lacks is dropped.
  const [pickedScenario, setPickedScenario] = useState<string | null>(null);
  const scenario = scenarioIn(runnable, pickedScenario);
  // Scenario editing (edit/): undoable commands; a valid edit replaces the document's building, so
  // every tool and Save use it. The viewer keeps its building object across scenario-only edits.
  const editor = useScenarioEditor({
    building: runnable,
    fileName: state.status === 'loaded' ? state.source.fileName : '',
    picked: pickedScenario,
    onPick: setPickedScenario,
    applyEdit: files.applyEdit,
    busy: run.state.status === 'running',
  });
  const drawn = useStableDrawing(building ?? (state.status === 'loading' ? preview : undefined));
  // Water and Trucks answer by themselves for each valid building and scenario.
  const scenarioObject = runnable?.scenarios?.find((s) => s.id === scenario);
  const water = useWater(runnable, scenarioObject);
  const trucks = useAccess(runnable, scenarioObject);
  const overlays = useEngineOverlays(water.state, trucks.state);
  const compare = useDrillCompare(runnable, state.status === 'loaded' ? state.source.fileName : '');
  const debrief = useDrillDebrief(runnable);

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
        recentFiles={
          <RecentFiles
            refreshKey={state}
            onOpen={(path) => void openWith(() => fileApi.openRecentFile(path))}
          />
        }
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
              <VerdictStrip
                building={runnable}
                locale={locale}
                people={run.state}
                scenario={scenario}
                water={water.state}
                trucks={trucks.state}
              />
              <ToolTabs
                panels={{
                  people: <RunPanel building={runnable} locale={locale} run={run} scenario={scenario} />,
                  water: <WaterPanel building={runnable} locale={locale} water={water} />,
                  trucks: <TrucksPanel locale={locale} trucks={trucks} />,
                  compare: (
                    <ComparePanel building={runnable} locale={locale} compare={compare} scenario={scenario} />
                  ),
                  debrief: (
                    <DebriefPanel
                      building={runnable}
                      locale={locale}
                      fileName={state.status === 'loaded' ? state.source.fileName : ''}
                      debrief={debrief}
                      scenario={scenario}
                    />
                  ),
                  scenario: editor !== undefined && <ScenarioPanel editor={editor} locale={locale} />,
                }}
              />
            </>
          )
        }
      />
      <main className="viewport">
        {drawn !== undefined ? (
          <ErrorBoundary
            resetKey={drawn}
            fallback={<p className="viewport-note">{t('status.viewFailed')}</p>}
          >
            <ScenarioEditContext value={editor}>
              <BuildingViewer
                building={drawn}
                draft={state.status === 'loaded' && state.result.building === undefined}
                highlightPath={highlightPath}
                onClearHighlight={() => setHighlightPath(undefined)}
                result={run.state.status === 'done' ? run.state.result : undefined}
                overlays={building === runnable ? overlays : undefined}
              />
            </ScenarioEditContext>
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
