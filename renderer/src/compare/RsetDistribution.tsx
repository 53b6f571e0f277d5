/**
 * One scenario's RSET over its Monte Carlo runs (issue 7: "the result shows the distribution"):
 * mean, p50, p95 and max in min:s, and a small histogram of the runs (drill/stats.ts bins), drawn
 * as inline SVG. Shown only when the scenario has more than one run with everyone out.
 */
import { useTranslation } from 'react-i18next';
import { minSec } from '../../../drill/format.ts';
import type { PeopleSummary } from '../../../drill/summary-types.ts';

const W = 220;
const H = 56;
const AXIS = 14;

export function RsetDistribution({ people }: { people: PeopleSummary }) {
  const { t } = useTranslation();
  const d = people.distribution;
  if (people.runs < 2 || d === null) return null;
  const peak = Math.max(1, ...d.histogram.map((b) => b.count));
  const barW = W / Math.max(1, d.histogram.length);
  const first = d.histogram[0];
  const last = d.histogram[d.histogram.length - 1];
  return (
    <div className="compare-distribution" data-testid="compare-distribution" data-runs={d.n}>
      <p className="note">
        {t('compare.distribution', { n: d.n, runs: people.runs })}{' '}
        <span data-testid="compare-distribution-stats">
          {t('compare.distributionStats', {
            mean: minSec(d.mean),
            p50: minSec(d.p50),
            p95: minSec(d.p95),
            max: minSec(d.max),
          })}
        </span>
      </p>
      <svg
        width={W}
        height={H + AXIS}
        viewBox={`0 0 ${W} ${H + AXIS}`}
        role="img"
        aria-label={t('compare.histogram')}
        data-testid="compare-histogram"
      >
        {d.histogram.map((b, i) => {
          const h = (b.count / peak) * (H - 2);
          return (
            <rect
              key={i}
              x={i * barW + 1}
              y={H - h}
              width={Math.max(1, barW - 2)}
              height={h}
              fill="#5b9bd5"
              data-count={b.count}
            >
              <title>
                {t('compare.histogramBin', { from: minSec(b.from), to: minSec(b.to), count: b.count })}
              </title>
            </rect>
          );
        })}
        <line x1={0} y1={H + 0.5} x2={W} y2={H + 0.5} stroke="currentColor" strokeWidth={1} />
        {first && (
          <text x={0} y={H + AXIS - 2} fontSize={10} fill="currentColor">
            {minSec(first.from)}
          </text>
        )}
        {last && (
          <text x={W} y={H + AXIS - 2} fontSize={10} fill="currentColor" textAnchor="end">
            {minSec(last.to)}
          </text>
        )}
      </svg>
    </div>
  );
}
