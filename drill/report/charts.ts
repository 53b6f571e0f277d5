/**
 * The report's charts as inline SVG strings, drawn here (no chart library, no DOM): evacuation curve,
 * RSET histogram, stair densities, and the site map with the planned vehicle paths.
 */
import type { Building } from '../../models/schema/building.ts';
import type { DrillScenarioResult } from '../summary-types.ts';
import type { HistogramBin } from '../stats.ts';
import { minSec } from '../format.ts';

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W = 640;
const H = 260;
const M = { l: 56, r: 16, t: 16, b: 40 };
const f1 = (v: number): string => v.toFixed(1);

function axes(xMax: number, yMax: number, xLabel: string, yLabel: string, xTime: boolean): string {
  const ticks = 5;
  let s = `<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="#333"/>`;
  s += `<line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${H - M.b}" stroke="#333"/>`;
  for (let i = 0; i <= ticks; i++) {
    const x = M.l + ((W - M.l - M.r) * i) / ticks;
    const y = H - M.b - ((H - M.t - M.b) * i) / ticks;
    const xv = (xMax * i) / ticks;
    s += `<text x="${f1(x)}" y="${H - M.b + 14}" font-size="10" text-anchor="middle">${xTime ? minSec(xv) : f1(xv)}</text>`;
    s += `<text x="${M.l - 4}" y="${f1(y + 3)}" font-size="10" text-anchor="end">${Math.round((yMax * i) / ticks)}</text>`;
  }
  s += `<text x="${(W + M.l) / 2}" y="${H - 6}" font-size="11" text-anchor="middle">${esc(xLabel)}</text>`;
  s += `<text x="12" y="${H / 2}" font-size="11" text-anchor="middle" transform="rotate(-90 12 ${H / 2})">${esc(yLabel)}</text>`;
  return s;
}

const svg = (cls: string, body: string): string =>
  `<svg class="chart ${cls}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">${body}</svg>`;

/** People safe over time (run 1), with RSET and, for a batch, the 95th percentile marked. */
export function evacuationCurve(r: DrillScenarioResult, xLabel: string, yLabel: string): string {
  const c = r.people.base.curve;
  const tMax = Math.max(60, r.people.distribution?.max ?? 0, ...c.map((p) => p[0]));
  const nMax = Math.max(1, r.people.occupants);
  const X = (t: number): number => M.l + ((W - M.l - M.r) * t) / tMax;
  const Y = (n: number): number => H - M.b - ((H - M.t - M.b) * n) / nMax;
  const pts = c.map(([t, n]) => `${f1(X(t))},${f1(Y(n))}`).join(' ');
  let s = axes(tMax, nMax, xLabel, yLabel, true);
  s += `<polyline fill="none" stroke="#c0392b" stroke-width="2" points="${pts}"/>`;
  // Each marker's label on its own row, so RSET and p95 never print over each other.
  const mark = (t: number | null, label: string, colour: string, row: number): void => {
    if (t === null) return;
    s += `<line x1="${f1(X(t))}" y1="${M.t}" x2="${f1(X(t))}" y2="${H - M.b}" stroke="${colour}" stroke-dasharray="4 3"/>`;
    s += `<text x="${f1(X(t) - 3)}" y="${M.t + 10 + row * 12}" font-size="10" text-anchor="end" fill="${colour}">${esc(label)} ${minSec(t)}</text>`;
  };
  mark(r.people.rset, 'RSET', '#333', 0);
  if (r.people.distribution) mark(r.people.distribution.p95, 'p95', '#2c3e50', 1);
  return svg('evacuation-curve', s);
}

/** RSET histogram of a Monte Carlo batch. */
export function rsetHistogram(bins: readonly HistogramBin[], xLabel: string, yLabel: string): string {
  if (bins.length === 0) return '';
  const lo = bins[0]!.from;
  const hi = bins[bins.length - 1]!.to;
  const cMax = Math.max(1, ...bins.map((b) => b.count));
  const X = (t: number): number => M.l + ((W - M.l - M.r) * (t - lo)) / (hi - lo);
  const Y = (n: number): number => H - M.b - ((H - M.t - M.b) * n) / cMax;
  let s = `<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="#333"/>`;
  for (const b of bins) {
    s += `<rect x="${f1(X(b.from) + 1)}" y="${f1(Y(b.count))}" width="${f1(X(b.to) - X(b.from) - 2)}" height="${f1(H - M.b - Y(b.count))}" fill="#2980b9"/>`;
    s += `<text x="${f1((X(b.from) + X(b.to)) / 2)}" y="${f1(Y(b.count) - 3)}" font-size="10" text-anchor="middle">${b.count}</text>`;
    s += `<text x="${f1(X(b.from))}" y="${H - M.b + 14}" font-size="9" text-anchor="middle">${minSec(b.from)}</text>`;
  }
  s += `<text x="${(W + M.l) / 2}" y="${H - 6}" font-size="11" text-anchor="middle">${esc(xLabel)}</text>`;
  s += `<text x="12" y="${H / 2}" font-size="11" text-anchor="middle" transform="rotate(-90 12 ${H / 2})">${esc(yLabel)}</text>`;
  return svg('rset-histogram', s);
}

/** Highest density per stair (run 1) against the Fruin E–F line (1.08 p/m²) and the SFPE 1.88 cap. */
export function stairDensities(r: DrillScenarioResult, yLabel: string): string {
  const st = r.people.base.stairs;
  if (st.length === 0) return '';
  const dMax = 2.2;
  const bw = (W - M.l - M.r) / st.length;
  const Y = (d: number): number => H - M.b - ((H - M.t - M.b) * Math.min(d, dMax)) / dMax;
  let s = `<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="#333"/>`;
  s += `<line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${H - M.b}" stroke="#333"/>`;
  for (const d of [0.5, 1, 1.5, 2])
    s += `<text x="${M.l - 4}" y="${f1(Y(d) + 3)}" font-size="10" text-anchor="end">${d}</text>`;
  st.forEach((x, i) => {
    const colour = x.maxDensity > 1.08 ? '#c0392b' : '#27ae60';
    s += `<rect x="${f1(M.l + i * bw + bw * 0.2)}" y="${f1(Y(x.maxDensity))}" width="${f1(bw * 0.6)}" height="${f1(H - M.b - Y(x.maxDensity))}" fill="${colour}"/>`;
    s += `<text x="${f1(M.l + (i + 0.5) * bw)}" y="${H - M.b + 14}" font-size="11" text-anchor="middle">${esc(x.id)}</text>`;
    s += `<text x="${f1(M.l + (i + 0.5) * bw)}" y="${f1(Y(x.maxDensity) - 3)}" font-size="10" text-anchor="middle">${x.maxDensity}</text>`;
  });
  for (const [d, label] of [
    [1.08, 'Fruin E–F 1.08'],
    [1.88, 'SFPE 1.88'],
  ] as const)
    s += `<line x1="${M.l}" y1="${f1(Y(d))}" x2="${W - M.r}" y2="${f1(Y(d))}" stroke="#7f8c8d" stroke-dasharray="5 3"/><text x="${W - M.r}" y="${f1(Y(d) - 3)}" font-size="10" text-anchor="end">${label}</text>`;
  s += `<text x="12" y="${H / 2}" font-size="11" text-anchor="middle" transform="rotate(-90 12 ${H / 2})">${esc(yLabel)}</text>`;
  return svg('stair-densities', s);
}

/**
 * The site: drivable areas, obstacles (removable ones dashed), the ground storey's outline and each
 * vehicle's planned path (solid where it got there, dashed where it stopped).
 */
export function accessMap(
  b: Building,
  r: DrillScenarioResult,
  groundOutline: readonly [number, number][][],
): string {
  const site = b.site ?? {};
  const polys: [number, number][][] = [
    ...(site.drivable ?? []).map((d) => d.polygon as [number, number][]),
    ...(site.obstacles ?? []).map((o) => o.polygon as [number, number][]),
    ...groundOutline,
    ...r.access.paths.map((p) => p.points),
  ];
  const all = polys.flat();
  if (all.length === 0) return '';
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const x0 = Math.min(...xs) - 2;
  const x1 = Math.max(...xs) + 2;
  const y0 = Math.min(...ys) - 2;
  const y1 = Math.max(...ys) + 2;
  const size = 600;
  const k = size / Math.max(x1 - x0, y1 - y0);
  const w = (x1 - x0) * k;
  const h = (y1 - y0) * k;
  // y north is up on a map: flip.
  const P = (p: readonly number[]): string => `${f1((p[0]! - x0) * k)},${f1((y1 - p[1]!) * k)}`;
  const poly = (pts: readonly (readonly number[])[], attrs: string): string =>
    `<polygon points="${pts.map(P).join(' ')}" ${attrs}/>`;
  let s = '';
  for (const d of site.drivable ?? [])
    s +=
      poly(d.polygon, `fill="${d.kind === 'rescue-site' ? '#f9e79f' : '#d5d8dc'}" stroke="#888"`) +
      `<text x="${P(centre(d.polygon)).split(',')[0]}" y="${P(centre(d.polygon)).split(',')[1]}" font-size="10" text-anchor="middle">${esc(d.id)}</text>`;
  for (const seg of groundOutline)
    s += `<polyline points="${seg.map(P).join(' ')}" fill="none" stroke="#2c3e50" stroke-width="2"/>`;
  for (const o of site.obstacles ?? [])
    s +=
      poly(o.polygon, `fill="#e59866" stroke="#a04000" ${o.removable ? 'stroke-dasharray="3 2"' : ''}`) +
      `<text x="${P(centre(o.polygon)).split(',')[0]}" y="${P(centre(o.polygon)).split(',')[1]}" font-size="8" text-anchor="middle">${esc(o.id)}</text>`;
  const colours = ['#c0392b', '#2471a3', '#7d3c98', '#117a65', '#b9770e'];
  const ids = [...new Set(r.access.paths.map((p) => p.vehicle))];
  for (const p of r.access.paths) {
    const c = colours[ids.indexOf(p.vehicle) % colours.length]!;
    s += `<polyline class="path" points="${p.points.map(P).join(' ')}" fill="none" stroke="${c}" stroke-width="2" ${p.reached ? '' : 'stroke-dasharray="6 4"'}><title>${esc(`${p.vehicle} ${p.entrance}`)}</title></polyline>`;
  }
  ids.forEach((id, i) => {
    s += `<text x="6" y="${14 + i * 13}" font-size="11" fill="${colours[i % colours.length]}">— ${esc(id)}</text>`;
  });
  return `<svg class="chart access-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f1(w)} ${f1(h)}" width="${f1(w)}" height="${f1(h)}">${s}</svg>`;
}

function centre(pts: readonly (readonly number[])[]): [number, number] {
  let x = 0;
  let y = 0;
  for (const p of pts) {
    x += p[0]!;
    y += p[1]!;
  }
  return [x / pts.length, y / pts.length];
}
