/**
 * The distribution of a Monte Carlo figure: mean, nearest-rank percentiles (p50, p95; IMO MSC.1/
 * Circ.1533 asks for the 95th percentile of at least 50 runs) and a histogram with round bin widths.
 */
export interface HistogramBin {
  /** Inclusive lower and exclusive upper edge (the last bin includes its upper edge). */
  from: number;
  to: number;
  count: number;
}

export interface Distribution {
  n: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  max: number;
  histogram: HistogramBin[];
}

/** Nearest-rank percentile of sorted values: the smallest value with at least q of the runs at or below it. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('percentile of no values');
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

const NICE = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600];

/** Bins: about √n of them (at most 20), widths rounded up to a "nice" number of seconds. */
export function histogram(values: readonly number[]): HistogramBin[] {
  if (values.length === 0) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const bins = Math.min(20, Math.max(1, Math.ceil(Math.sqrt(values.length))));
  const raw = (hi - lo) / bins;
  const width = NICE.find((w) => w >= raw) ?? Math.ceil(raw / 600) * 600;
  const from = Math.floor(lo / width) * width;
  const n = Math.max(1, Math.floor((hi - from) / width) + 1);
  const out: HistogramBin[] = Array.from({ length: n }, (_, i) => ({
    from: from + i * width,
    to: from + (i + 1) * width,
    count: 0,
  }));
  for (const v of values) out[Math.min(n - 1, Math.floor((v - from) / width))]!.count++;
  return out;
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) throw new Error('distribution of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return {
    n: sorted.length,
    min: sorted[0]!,
    mean: Math.round(mean * 100) / 100,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1]!,
    histogram: histogram(sorted),
  };
}
