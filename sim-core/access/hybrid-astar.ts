/**
 * Hybrid A* over (x, y, heading) (Dolgov et al., IJRR 29(5), 2010): nodes are continuous poses
 * reached by constant-curvature motion primitives (full lock left/right, half lock, straight;
 * forward and, if allowed, reverse at a cost), pruned by a discrete (cell, heading-bin) grid, guided
 * by the holonomic-with-obstacles distance (heuristic-grid.ts) and finished by an analytic Dubins shot
 * at a goal pose. The search is bounded by a node budget and a time budget, so it always ends, and it
 * says why: reached, start blocked, no route (the reachable space was exhausted), or a budget ran out.
 */
import { arcStep, wrapAngle } from './motion.ts';
import { dubinsPath, type DubinsPath } from './dubins.ts';
import type { VehicleProbe } from './collision-world.ts';
import type { HeuristicGrid } from './heuristic-grid.ts';
import type { VehicleGeometry } from './vehicle-geometry.ts';

export interface PlanOptions {
  /** Arc length of one primitive (m). */
  step: number;
  /** Pruning grid cell (m) and heading bins. */
  cell: number;
  headingBins: number;
  /** Largest distance between two collision checks along a primitive (m). */
  checkSpacing: number;
  allowReverse: boolean;
  /** Cost multiplier on reversed metres and cost (m) of each change of direction. */
  reverseFactor: number;
  switchCost: number;
  /** Weight on the heuristic (> 1 trades optimality for speed: weighted A*). */
  heuristicWeight: number;
  maxNodes: number;
  maxMillis: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  step: 1.5,
  cell: 0.25,
  headingBins: 120,
  checkSpacing: 0.5,
  allowReverse: true,
  reverseFactor: 2,
  switchCost: 10,
  heuristicWeight: 1.5,
  maxNodes: 60000,
  maxMillis: 4000,
};

export type PlanOutcome = 'reached' | 'start-blocked' | 'no-route' | 'node-budget' | 'time-budget';

export interface PlanResult {
  outcome: PlanOutcome;
  /** Poses along the path, x y θ dir quadruples (dir +1 forward, −1 reverse). */
  path: Float64Array;
  length: number;
  reverseLength: number;
  reversals: number;
  expanded: number;
  /** The explored pose nearest the goal by the heuristic (where the vehicle gets stuck). */
  stuck: [number, number, number];
}

export interface Goal {
  /** The pose satisfies the goal (and is collision-free: the caller's goal may assume it). */
  test(x: number, y: number, th: number): boolean;
  /** Verified goal poses (x y θ triples) for Dubins shots, nearest first is not required. */
  poses: Float64Array;
}

class MinHeap {
  items = new Int32Array(1024);
  size = 0;
  key: Float64Array;
  constructor(key: Float64Array) {
    this.key = key;
  }
  push(v: number): void {
    if (this.size === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      next.set(this.items);
      this.items = next;
    }
    const h = this.items;
    const k = this.key;
    let i = this.size++;
    h[i] = v;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[h[p]!]! <= k[h[i]!]!) break;
      const t = h[p]!;
      h[p] = h[i]!;
      h[i] = t;
      i = p;
    }
  }
  pop(): number {
    const h = this.items;
    const k = this.key;
    const top = h[0]!;
    const n = --this.size;
    h[0] = h[n]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && k[h[l]!]! < k[h[m]!]!) m = l;
      if (r < n && k[h[r]!]! < k[h[m]!]!) m = r;
      if (m === i) break;
      const t = h[m]!;
      h[m] = h[i]!;
      h[i] = t;
      i = m;
    }
    return top;
  }
}

/** Samples a Dubins path every `spacing` m; false at the first colliding pose. */
function dubinsFree(
  probe: VehicleProbe,
  x: number,
  y: number,
  th: number,
  d: DubinsPath,
  spacing: number,
  out: number[] | undefined,
): boolean {
  const p = new Float64Array(3);
  let cx = x;
  let cy = y;
  let ct = th;
  for (let s = 0; s < 3; s++) {
    const len = d.length[s]!;
    const n = Math.max(1, Math.ceil(len / spacing));
    for (let k = 1; k <= n; k++) {
      arcStep(cx, cy, ct, d.curvature[s]!, (len * k) / n, p);
      if (out) out.push(p[0]!, p[1]!, p[2]!, 1);
      else if (!probe.bodyFree(p[0]!, p[1]!, p[2]!)) return false;
    }
    arcStep(cx, cy, ct, d.curvature[s]!, len, p);
    cx = p[0]!;
    cy = p[1]!;
    ct = p[2]!;
  }
  return true;
}

export function planPath(
  g: VehicleGeometry,
  probe: VehicleProbe,
  heuristic: HeuristicGrid,
  start: readonly [number, number, number],
  goal: Goal,
  options: Partial<PlanOptions> = {},
): PlanResult {
  const o = { ...DEFAULT_PLAN_OPTIONS, ...options };
  const t0 = performance.now();
  const cap = o.maxNodes;
  const X = new Float64Array(cap);
  const Y = new Float64Array(cap);
  const T = new Float64Array(cap);
  const G = new Float64Array(cap);
  const F = new Float64Array(cap);
  const H = new Float64Array(cap);
  const parent = new Int32Array(cap);
  const dir = new Int8Array(cap);
  // Full, half and fifth lock each way and straight: the small levels let long-overhang appliances
  // drift sideways in a lane where a sharper turn would swing the tail into the kerb.
  const kappas = [1, 0.5, 0.2, 0, -0.2, -0.5, -1].map((f) => f * g.maxCurvature);
  const dirs = o.allowReverse ? [1, -1] : [1];
  const best = new Map<number, number>();
  const closed = new Set<number>();
  const heap = new MinHeap(F);
  const binOf = (th: number): number => {
    const b = Math.round((wrapAngle(th) / (2 * Math.PI)) * o.headingBins);
    return ((b % o.headingBins) + o.headingBins) % o.headingBins;
  };
  const keyOf = (x: number, y: number, th: number): number =>
    (Math.round(x / o.cell) * 1_000_003 + Math.round(y / o.cell)) * o.headingBins + binOf(th);
  const fail = (outcome: PlanOutcome, stuckNode: number, expanded: number): PlanResult => ({
    outcome,
    path: new Float64Array(0),
    length: 0,
    reverseLength: 0,
    reversals: 0,
    expanded,
    stuck: [X[stuckNode]!, Y[stuckNode]!, T[stuckNode]!],
  });

  let count = 1;
  X[0] = start[0];
  Y[0] = start[1];
  T[0] = start[2];
  G[0] = 0;
  H[0] = heuristic.at(start[0], start[1]);
  F[0] = o.heuristicWeight * H[0]!;
  parent[0] = -1;
  dir[0] = 1;
  if (!probe.bodyFree(start[0], start[1], start[2])) return fail('start-blocked', 0, 0);
  if (!Number.isFinite(H[0]!)) return fail('no-route', 0, 0);
  heap.push(0);
  best.set(keyOf(start[0], start[1], start[2]), 0);
  let stuck = 0;
  let expanded = 0;
  const p = new Float64Array(3);
  const sub = Math.max(1, Math.ceil(o.step / o.checkSpacing));
  let finish: { node: number; shot: DubinsPath | undefined } | undefined;

  while (heap.size > 0) {
    const n = heap.pop();
    const key = keyOf(X[n]!, Y[n]!, T[n]!);
    if (closed.has(key)) continue;
    closed.add(key);
    expanded++;
    if (H[n]! < H[stuck]!) stuck = n;
    const x = X[n]!;
    const y = Y[n]!;
    const th = T[n]!;
    if (goal.test(x, y, th)) {
      finish = { node: n, shot: undefined };
      break;
    }
    // Analytic expansion: near the goal every time, farther away every 8th expansion.
    if (H[n]! < 40 || expanded % 8 === 0) {
      let shot: DubinsPath | undefined;
      const poses = goal.poses;
      let tried = 0;
      for (let k = 0; k + 2 < poses.length && tried < 4; k += 3) {
        const gx = poses[k]!;
        const gy = poses[k + 1]!;
        if (Math.hypot(gx - x, gy - y) > 3 * H[n]! + 20) continue;
        const d = dubinsPath(x, y, th, gx, gy, poses[k + 2]!, g.minRadius);
        if (!d || d.total > 2 * H[n]! + 4 * g.minRadius) continue;
        tried++;
        if (dubinsFree(probe, x, y, th, d, o.checkSpacing, undefined)) {
          shot = d;
          break;
        }
      }
      if (shot) {
        finish = { node: n, shot };
        break;
      }
    }
    if (count + kappas.length * dirs.length > cap) return fail('node-budget', stuck, expanded);
    if ((expanded & 63) === 0 && performance.now() - t0 > o.maxMillis)
      return fail('time-budget', stuck, expanded);
    for (const d of dirs) {
      for (const k of kappas) {
        // Endpoint first: it rules out most colliding primitives with one query.
        arcStep(x, y, th, k, d * o.step, p);
        if (closed.has(keyOf(p[0]!, p[1]!, p[2]!)) || !probe.bodyFree(p[0]!, p[1]!, p[2]!)) continue;
        let ok = true;
        for (let s = 1; s < sub && ok; s++) {
          arcStep(x, y, th, k, (d * o.step * s) / sub, p);
          ok = probe.bodyFree(p[0]!, p[1]!, p[2]!);
        }
        if (!ok) continue;
        arcStep(x, y, th, k, d * o.step, p);
        const h = heuristic.at(p[0]!, p[1]!);
        if (!Number.isFinite(h)) continue;
        const switched = d !== dir[n]! && n !== 0;
        const cost =
          o.step * (d < 0 ? o.reverseFactor : 1) * (k !== 0 ? 1.05 : 1) + (switched ? o.switchCost : 0);
        const gn = G[n]! + cost;
        const ck = keyOf(p[0]!, p[1]!, p[2]!);
        const prev = best.get(ck);
        if (prev !== undefined && prev <= gn) continue;
        best.set(ck, gn);
        const m = count++;
        X[m] = p[0]!;
        Y[m] = p[1]!;
        T[m] = wrapAngle(p[2]!);
        G[m] = gn;
        H[m] = h;
        F[m] = gn + o.heuristicWeight * h;
        parent[m] = n;
        dir[m] = d;
        heap.push(m);
      }
    }
  }
  if (!finish) return fail('no-route', stuck, expanded);

  // Rebuild: node chain, each primitive resampled at the check spacing, then the Dubins shot.
  const chain: number[] = [];
  for (let n = finish.node; n >= 0; n = parent[n]!) chain.push(n);
  chain.reverse();
  const out: number[] = [X[chain[0]!]!, Y[chain[0]!]!, T[chain[0]!]!, 1];
  let length = 0;
  let reverseLength = 0;
  let reversals = 0;
  let lastDir = 0;
  for (let i = 1; i < chain.length; i++) {
    const n = chain[i]!;
    out.push(X[n]!, Y[n]!, T[n]!, dir[n]!);
    length += o.step;
    if (dir[n]! < 0) reverseLength += o.step;
    if (lastDir !== 0 && dir[n]! !== lastDir) reversals++;
    lastDir = dir[n]!;
  }
  if (finish.shot) {
    const n = finish.node;
    dubinsFree(probe, X[n]!, Y[n]!, T[n]!, finish.shot, Math.max(1, o.step), out);
    length += finish.shot.total;
    if (lastDir < 0 && finish.shot.total > 0) reversals++;
  }
  return {
    outcome: 'reached',
    path: Float64Array.from(out),
    length,
    reverseLength,
    reversals,
    expanded,
    stuck: [X[finish.node]!, Y[finish.node]!, T[finish.node]!],
  };
}
