/**
 * The evacuation curve (people safe over time) drawn with uPlot: a canvas chart, created once per
 * result and destroyed with it; labels follow the language.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatMinSec } from './run-state.ts';

interface Props {
  curve: readonly (readonly [number, number])[];
  occupants: number;
}

const WIDTH = 300;
const HEIGHT = 170;

export function EvacuationCurve({ curve, occupants }: Props) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const xLabel = t('run.curveTime');
  const yLabel = t('run.curveSafe');

  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const xs = curve.map((p) => p[0]);
    const ys = curve.map((p) => p[1]);
    const chart = new uPlot(
      {
        width: WIDTH,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false }, y: { range: [0, Math.max(1, occupants)] } },
        axes: [
          {
            label: xLabel,
            stroke: '#c9d1d9',
            grid: { stroke: '#2d333b' },
            // Ticks on whole minutes (or half) so min:s labels read cleanly.
            incrs: [30, 60, 120, 300, 600, 900, 1800, 3600],
            values: (_u, splits) => splits.map((s) => formatMinSec(s)),
          },
          { label: yLabel, stroke: '#c9d1d9', grid: { stroke: '#2d333b' }, size: 50 },
        ],
        series: [{}, { label: yLabel, stroke: '#3fb950', width: 2, fill: 'rgba(63, 185, 80, 0.15)' }],
      },
      [xs, ys],
      el,
    );
    return () => chart.destroy();
  }, [curve, occupants, xLabel, yLabel]);

  return <div className="curve" ref={host} data-testid="evacuation-curve" role="img" aria-label={yLabel} />;
}
