/**
 * The comparison of the loaded building's scenarios, and the report export: start, cancel, retry,
 * export. State belongs to one building: a new building (another file, or an edit) resets it and
 * stops any run of the old one, so figures never outlive the model they were computed from.
 *
 * Export Report uses the compared results; with none (the menu command before any comparison) it
 * first compares the window's current scenario alone, with the default run count, then exports.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Building, LocalizedText } from '../../../models/index.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import { version as LIFELINE_VERSION } from '../../../package.json';
import {
  chooseReportSaver,
  reportFileName,
  type ReportFormat,
  type ReportSaver,
} from '../report/report-saver.ts';
import { compareReducer, DEFAULT_RUNS, type CompareRequest, type CompareState } from './compare-model.ts';
import {
  DrillCancelledError,
  type DrillHandle,
  renderReportInWorker,
  startDrillRun,
} from './drill-client.ts';

export type ExportState =
  | { status: 'idle' }
  | { status: 'working'; format: ReportFormat }
  | { status: 'saved'; name: string }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: LocalizedText };

export interface DrillCompareControls {
  state: CompareState;
  run(request: CompareRequest): void;
  cancel(): void;
  exportState: ExportState;
  /** Formats this platform can export (PDF only in the desktop app). */
  formats: readonly ReportFormat[];
  /** `fallback`: the scenario compared first when there are no results yet (null = as drawn). */
  exportReport(format: ReportFormat, fallback: string | null): void;
}

const PLATFORM_SAVER = chooseReportSaver();
const reasonText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const same = (text: string): LocalizedText => ({ en: text, 'zh-CN': text });

export function useDrillCompare(
  building: Building | undefined,
  fileName: string,
  saver: ReportSaver = PLATFORM_SAVER,
): DrillCompareControls {
  const [state, dispatch] = useReducer(compareReducer, { status: 'idle' });
  const [exportState, setExportState] = useState<ExportState>({ status: 'idle' });
  const handle = useRef<{ id: number; run: DrillHandle<DrillScenarioResult[]> } | null>(null);
  const nextId = useRef(0);
  // The run whose results are to be exported as soon as they arrive, and in which format.
  const pendingExport = useRef<{ id: number; format: ReportFormat } | null>(null);
  const latest = useRef({ building, fileName });
  latest.current = { building, fileName };

  const stopCurrent = useCallback(() => {
    const h = handle.current;
    handle.current = null;
    if (h !== null) {
      h.run.cancel();
      dispatch({ type: 'cancelled', id: h.id });
      if (pendingExport.current?.id === h.id) {
        pendingExport.current = null;
        setExportState({ status: 'idle' });
      }
    }
  }, []);

  // Reset while rendering (React's pattern for state derived from props): no render pairs a new
  // building with the old building's comparison.
  const [owner, setOwner] = useState(building);
  if (owner !== building) {
    setOwner(building);
    dispatch({ type: 'reset' });
    setExportState({ status: 'idle' });
  }
  useEffect(() => stopCurrent, [building, stopCurrent]);

  const saveReport = useCallback(
    async (b: Building, results: DrillScenarioResult[], format: ReportFormat) => {
      setExportState({ status: 'working', format });
      try {
        const html = await renderReportInWorker(b, results, {
          file: latest.current.fileName,
          lifeline: LIFELINE_VERSION,
          runtime: saver.runtime,
          generated: new Date().toISOString(),
        });
        // The building changed while the report was being written: it would describe the old one.
        if (latest.current.building !== b) return;
        const saved = await saver.save(html, reportFileName(latest.current.fileName, b.name, format), format);
        setExportState(saved.status === 'saved' ? { status: 'saved', name: saved.name } : saved);
      } catch (err) {
        setExportState({ status: 'failed', reason: same(reasonText(err)) });
      }
    },
    [saver],
  );

  const run = useCallback(
    (request: CompareRequest) => {
      if (building === undefined) return;
      stopCurrent();
      const id = ++nextId.current;
      dispatch({ type: 'start', id, request });
      let h: ReturnType<typeof startDrillRun>;
      try {
        h = startDrillRun(building, request.scenarios, request.runs, (progress) =>
          dispatch({ type: 'progress', id, progress }),
        );
      } catch (err) {
        dispatch({ type: 'failed', id, reason: reasonText(err) });
        if (pendingExport.current?.id === id) {
          pendingExport.current = null;
          setExportState({ status: 'idle' });
        }
        return;
      }
      handle.current = { id, run: h };
      h.result.then(
        (results) => {
          if (handle.current?.id === id) handle.current = null;
          dispatch({ type: 'done', id, results, workers: h.workers() });
          const pending = pendingExport.current;
          if (pending?.id === id) {
            pendingExport.current = null;
            void saveReport(building, results, pending.format);
          }
        },
        (err: unknown) => {
          if (handle.current?.id === id) handle.current = null;
          if (pendingExport.current?.id === id) {
            pendingExport.current = null;
            setExportState({ status: 'idle' });
          }
          if (err instanceof DrillCancelledError) return;
          dispatch({ type: 'failed', id, reason: reasonText(err) });
        },
      );
    },
    [building, stopCurrent, saveReport],
  );

  const exportReport = useCallback(
    (format: ReportFormat, fallback: string | null) => {
      if (building === undefined) return;
      if (state.status === 'done') {
        void saveReport(building, state.results, format);
        return;
      }
      setExportState({ status: 'working', format });
      if (state.status === 'running') {
        pendingExport.current = { id: state.id, format };
        return;
      }
      // No results yet: compare the window's scenario alone, then export (run() takes the next id).
      pendingExport.current = { id: nextId.current + 1, format };
      run({ scenarios: [fallback], runs: DEFAULT_RUNS });
    },
    [building, state, run, saveReport],
  );

  return { state, run, cancel: stopCurrent, exportState, formats: saver.formats, exportReport };
}
