/**
 * The charts beside the evacuation curve (uPlot, like EvacuationCurve.tsx): per-storey clear times
 * as bars, storeys bottom to top, and the people through each exit over time (cumulative steps).
 * Created once per result and language, destroyed with them; times in min:s.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Building } from '../../../models/index.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import { exitFlowData, OTHER_EXITS, storeyClearData } from './chart-data.ts';
import { formatMinSec } from './run-state.ts';

const WIDTH = 300;
const HEIGHT = 170;
const AXIS = { stroke: '#c9d1d9', grid: { stroke: '#2d333b' } };
const TIME_INCRS = [30, 60, 120, 300, 600, 900, 1800, 3600];
/** Distinct on the dark panel, and unlike the curve's green. */
export const EXIT_COLOURS = ['#58a6ff', '#f0883e', '#d2a8ff', '#ffd33d', '#ff7b72', '#8b949e'];

function useChart(make: (el: HTMLDivElement) => uPlot, deps: readonly unknown[]) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const chart = make(el);
    return () => chart.destroy();
    // `make` is rebuilt every render; `deps` say when the chart must be rebuilt.
  }, deps);
  return host;
}

export function StoreyClearChart({ building, result }: { building: Building; result: EvacuationResult }) {
  const { t } = useTranslation();
  const data = useMemo(() => storeyClearData(building, result), [building, result]);
  const xLabel = t('playbackExtra.storeyAxis');
  const yLabel = t('playbackExtra.clearAxis');
  const host = useChart(
    (el) =>
      new uPlot(
        {
          width: WIDTH,
          height: HEIGHT,
          legend: { show: false },
          cursor: { show: false },
          scales: {
            x: { time: false, range: [-0.5, data.labels.length - 0.5] },
            y: { range: (_u, _min, max) => [0, Math.max(60, max)] },
          },
          axes: [
            {
              ...AXIS,
              label: xLabel,
              incrs: [1, 2, 5, 10, 20, 50],
              values: (_u, splits) => splits.map((s) => data.labels[Math.round(s)] ?? ''),
            },
            {
              ...AXIS,
              label: yLabel,
              size: 50,
              incrs: TIME_INCRS,
              values: (_u, s) => s.map((v) => formatMinSec(v)),
            },
          ],
          series: [
            {},
            {
              label: yLabel,
              stroke: '#f0883e',
              fill: 'rgba(240, 136, 62, 0.6)',
              paths: uPlot.paths.bars!({ size: [0.8, 24] }),
              points: { show: false },
            },
          ],
        },
        [data.labels.map((_, i) => i), data.clear],
        el,
      ),
    [data, xLabel, yLabel],
  );
  return (
    <figure className="run-chart">
      <figcaption>{t('playbackExtra.storeyClearTitle')}</figcaption>
      <div
        ref={host}
        data-testid="storey-clear-chart"
        role="img"
        aria-label={t('playbackExtra.storeyClearTitle')}
      />
    </figure>
  );
}

export function ExitFlowChart({ result }: { result: EvacuationResult }) {
  const { t } = useTranslation();
  const data = useMemo(() => exitFlowData(result), [result]);
  const xLabel = t('run.curveTime');
  const yLabel = t('playbackExtra.exitAxis');
  const other = t('playbackExtra.otherExits');
  const host = useChart(
    (el) =>
      new uPlot(
        {
          width: WIDTH,
          height: HEIGHT + 40,
          legend: { show: true, live: false },
          cursor: { show: false },
          scales: { x: { time: false } },
          axes: [
            { ...AXIS, label: xLabel, incrs: TIME_INCRS, values: (_u, s) => s.map((v) => formatMinSec(v)) },
            { ...AXIS, label: yLabel, size: 50 },
          ],
          series: [
            {},
            ...data.exits.map((e, k) => ({
              label: `${e.id === OTHER_EXITS ? other : e.id} (${e.total})`,
              stroke: EXIT_COLOURS[k % EXIT_COLOURS.length]!,
              width: 2,
              paths: uPlot.paths.stepped!({ align: 1 }),
              points: { show: false },
            })),
          ],
        },
        [data.times, ...data.exits.map((e) => e.cumulative)],
        el,
      ),
    [data, xLabel, yLabel, other],
  );
  if (data.exits.length === 0) return null;
  return (
    <figure className="run-chart">
      <figcaption>{t('playbackExtra.exitFlowTitle')}</figcaption>
      <div
        ref={host}
        data-testid="exit-flow-chart"
        role="img"
        aria-label={t('playbackExtra.exitFlowTitle')}
      />
    </figure>
  );
}
