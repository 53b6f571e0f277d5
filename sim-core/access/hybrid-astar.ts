/**
 * Hybrid A* over (x, y, heading) (Dolgov et al., IJRR 29(5), 2010): nodes are continuous poses
 * reached by constant-curvature motion primitives (full lock left/right, half lock, straight;
 * forward and, if allowed, reverse at a cost), pruned by a discrete (cell, heading-bin) grid, guided
 * by the holonomic-with-obstacles distance (heuristic-grid.ts) and finished by an analytic shot at a
 * goal pose: Dubins (forward only), and where the vehicle may reverse also Reeds–Shepp (reeds-shepp.ts):
 * first when it is cheaper at the search's costs (reversing ×, direction changes +), else after a
 * Dubins shot that collides (or does not exist). Every search is bounded by a node budget, so it always
 * ends, deterministically, and says why: reached, start blocked, no route (the reachable space was
 * exhausted), or its node budget ran out; a wall-clock limit (`maxMillis`) is only a safety net for users.
 *
 * Two resolutions, chosen per node by one extra query: where the body grown by `openMargin` on every
 * side is clear ("open" space, most of a long lane), children are pruned on a coarse grid
 * (`openCell`, `openHeadingBins`), primitives are `openStep` long, and the part of each primitive
 * over which no body point moves farther than `openMargin` needs no collision query (the moved body
 * stays inside the grown box: a point at distance ρ from the rear axle moves at most |s|·(1 + ρ|κ|)
 * along an arc of length s). Near obstacles and walls the fine grid and short primitives apply
 * unchanged. A 0.25 m × 3° grid over a 300 m route is what made long routes run out of time: the
 * number of cells a search floods behind each heuristic plateau grows with the grid's resolution.
 * Far from the goal the heuristic is weighted more (`farWeight`, dynamic weighting: Pohl 1973), near
 * it `heuristicWeight` keeps manoeuvres short.
 *
 * Two levels of plan: the distance grid's route is the coarse plan; a search that stalls (no metre of
 * progress for `stallExpansions` expansions, away from the start) blocks the grid ahead of where it
 * is stuck and is steered along the next grid route (the same search, re-ranked), up to `maxDetours`
 * times, then the true grid guides it again. And two passes: a coarse pass first; if it exhausts its (pruned) space without a route,
 * a fine pass (`refine`: the 0.25 m × 3° grid) with its own node budget.
 */
import { arcStep, wrapAngle } from './motion.ts';
import { dubinsPath, type DubinsPath } from './dubins.ts';
import { reedsSheppPath, sampleReedsShepp, type ReedsSheppPath } from './reeds-shepp.ts';
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
  /**
   * Reeds–Shepp shots (with reverse allowed) next to the Dubins ones. The blocking analysis turns
   * them off: a shot that reverses across the site sweeps over more removable obstacles than a
   * forward approach, and the obstacles a found route passes are what it names (blocking.ts).
   */
  reedsShepp: boolean;
  /** Cost multiplier on reversed metres and cost (m) of each change of direction. */
  reverseFactor: number;
  switchCost: number;
  /** Weight on the heuristic (> 1 trades optimality for speed: weighted A*). */
  heuristicWeight: number;
  /** Beyond this heuristic distance (m) the weight is `farWeight`. */
  farDistance: number;
  farWeight: number;
  /** Margin (m) of the grown-body query that marks a pose as open, and the coarse grid and step there. */
  openMargin: number;
  openCell: number;
  openHeadingBins: number;
  openStep: number;
  /**
   * Poses one search may generate. With `proofNodes`, `stuckNodes` and the fine pass's own budget it
   * bounds every planning call: the planner always ends, on a count, so the same input gives the
   * same answer however loaded the machine is.
   */
  maxNodes: number;
  /**
   * Wall-clock safety net (ms) per planning call, for users only: the node budgets decide when a
   * search gives up; this bounds only the wall time on a machine so loaded, or a site so large, that
   * the node budgets would take minutes. Tests pass Infinity, so no answer of theirs hangs on the clock.
   */
  maxMillis: number;
  /** Node budget of the stuck-point search when the distance grid proves "no route" at once. */
  stuckNodes: number;
  /** Expansions without a metre of progress that count as a stall, and most detours tried. */
  stallExpansions: number;
  maxDetours: number;
  /** Options of a second, finer pass when the first ends without a route (null: none). */
  refine: Partial<PlanOptions> | null;
  /**
   * Node budget of the goal-rooted search run at the first stall (0: none). It searches back from
   * the verified goal poses for every pose that can drive to one; if it exhausts them without coming
   * near the start, there is no route at this resolution, however large the space behind the start.
   */
  proofNodes: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  step: 1.5,
  cell: 0.5,
  headingBins: 72,
  checkSpacing: 0.5,
  allowReverse: true,
  reedsShepp: true,
  reverseFactor: 2,
  switchCost: 10,
  heuristicWeight: 1.5,
  farDistance: 60,
  farWeight: 2.5,
  openMargin: 0.5,
  openCell: 1.5,
  openHeadingBins: 48,
  openStep: 3,
  maxNodes: 60000,
  maxMillis: 60_000,
  stuckNodes: 3000,
  stallExpansions: 1000,
  maxDetours: 4,
  // The 0.25 m × 3° grid the samples' tight gates were verified with, coarse only well clear of
  // everything; its own node budget keeps a long hopeless route from spending the time budget on it
  // (the samples need < 8 000 nodes).
  refine: { cell: 0.25, headingBins: 120, openMargin: 1.5, maxNodes: 15000 },
  proofNodes: 40000,
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
  /**
   * Where the vehicle gets stuck: the expanded pose nearest the goal by the obstacle-aware distance,
   * or, when that distance proves "no route" at once, by the relaxed one (heuristic-grid.ts).
   */
  stuck: [number, number, number];
  /** Why it gave up, in words (empty when reached). */
  reason: string;
  /**
   * After a search that exhausted its space ('no-route' by exploration): every pose it reached, as
   * x y θ triples. With reverse allowed, reachability is symmetric (a path driven backwards is a
   * path), so another start among these poses has the same answer (route.ts shares it between gates).
   */
  explored?: Float64Array;
  /**
   * Per explored pose: 1 if a child of it was refused by something that may not be there with the
   * removable obstacles gone (a removable obstacle, a close call Rapier decided, the distance grid),
   * 0 if every refusal was a wall or a fixed obstacle (VehicleProbe.lastHitFixed). A search of the
   * site with those obstacles removed, seeded with this space, expands only the poses marked 1.
   */
  exploredSoft?: Uint8Array;
  /** Poses in the space a search exhausted (forward, or back from the goal), when one did. */
  space?: number;
}

/** What one gate's planning leaves for the next with the same goal and world (route.ts keeps it). */
export interface PlanShared {
  /** Poses that can drive to a goal pose, all of them (an exhausted goal-rooted search). */
  proof?: { explored: Float64Array; expanded: number };
  /**
   * A goal-rooted search that ran out of its node budget: the space that can drive to the goal is
   * larger than the budget, so no later gate's search can exhaust it either; it is not run again.
   */
  proofTooLarge?: number;
}

export interface Goal {
  /** The pose satisfies the goal (and is collision-free: the caller's goal may assume it). */
  test(x: number, y: number, th: number): boolean;
  /** Verified goal poses (x y θ triples) for Dubins shots, nearest first is not required. */
  poses: Float64Array;
}

/**
 * Open-addressing hash table from pruning key (an integer-valued double) to the best cost so far and
 * a closed flag: the search's hottest lookups, without the boxed numbers a Map of large keys makes.
 */
class KeyTable {
  keys: Float64Array;
  costs: Float64Array;
  flags: Uint8Array;
  size = 0;
  constructor(capacity: number) {
    let n = 1;
    while (n < capacity) n *= 2;
    this.keys = new Float64Array(n);
    this.costs = new Float64Array(n);
    this.flags = new Uint8Array(n);
  }
  /** Index of the key's slot, or −1 − (the free slot it would take). */
  slot(k: number): number {
    const mask = this.keys.length - 1;
    // Mix the high and low halves: keys are 2 (cell · 1 000 003 + cell) · bins + bin + parity.
    let h = (Math.imul((k % 4294967296) | 0, 0x9e3779b1) ^ Math.imul((k / 4294967296) | 0, 0x85ebca6b)) >>> 0;
    for (;;) {
      const i = h & mask;
      if (this.flags[i] === 0) return -1 - i;
      if (this.keys[i] === k) return i;
      h = i + 1;
    }
  }
  private grow(): void {
    const { keys, costs, flags } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.costs = new Float64Array(keys.length * 2);
    this.flags = new Uint8Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++)
      if (flags[i] !== 0) {
        const j = -1 - this.slot(keys[i]!);
        this.keys[j] = keys[i]!;
        this.costs[j] = costs[i]!;
        this.flags[j] = flags[i]!;
        this.size++;
      }
  }
  private insert(k: number, cost: number, flag: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const i = this.slot(k);
    if (i >= 0) {
      this.costs[i] = cost;
      this.flags[i] = Math.max(this.flags[i]!, flag);
      return;
    }
    const j = -1 - i;
    this.keys[j] = k;
    this.costs[j] = cost;
    this.flags[j] = flag;
    this.size++;
  }
  /** The key is closed, or was reached at a cost ≤ `cost` (one lookup). */
  reached(k: number, cost: number): boolean {
    const i = this.slot(k);
    return i >= 0 && (this.flags[i] === 2 || this.costs[i]! <= cost);
  }
  set(k: number, cost: number): void {
    this.insert(k, cost, 1);
  }
  closed(k: number): boolean {
    const i = this.slot(k);
    return i >= 0 && this.flags[i] === 2;
  }
  /** Marks the key closed; false if it already was. */
  close(k: number): boolean {
    const i = this.slot(k);
    if (i >= 0 && this.flags[i] === 2) return false;
    if (i >= 0) this.flags[i] = 2;
    else this.insert(k, Infinity, 2);
    return true;
  }
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

/** An analytic shot: a forward Dubins path or a Reeds–Shepp path (which may reverse). */
interface Shot {
  dubins?: DubinsPath;
  rs?: ReedsSheppPath;
}

/** Cost of driving a Reeds–Shepp path in the search's terms, from a node reached in direction `from`. */
function shotCost(r: ReedsSheppPath, from: number, o: PlanOptions): number {
  let cost = 0;
  let last = from;
  for (const len of r.lengths) {
    if (len === 0) continue;
    const d = len < 0 ? -1 : 1;
    cost += Math.abs(len) * (d < 0 ? o.reverseFactor : 1) + (d !== last ? o.switchCost : 0);
    last = d;
  }
  return cost;
}

/** A Reeds–Shepp path is collision-free, sampled every `spacing` m. */
function rsFree(
  probe: VehicleProbe,
  x: number,
  y: number,
  th: number,
  r: ReedsSheppPath,
  spacing: number,
): boolean {
  return sampleReedsShepp(x, y, th, r, spacing, (px, py, pt) => probe.bodyFree(px, py, pt));
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

/**
 * Plans from `start` to `goal`. `seeds` (x y θ triples), if given, are poses known to be reachable
 * from the start in this world: the poses a search in a world with more obstacles exhausted (the
 * blocking analysis's clear-site plan starts from the failed plan's space: removing obstacles only
 * adds moves). They join the start as roots, so that space is not searched again move by move; a
 * path found then starts at a seed, not at the start.
 */
export function planPath(
  g: VehicleGeometry,
  probe: VehicleProbe,
  heuristic: HeuristicGrid,
  start: readonly [number, number, number],
  goal: Goal,
  options: Partial<PlanOptions> = {},
  shared: PlanShared = {},
  seeds?: Float64Array,
  seedSoft?: Uint8Array,
): PlanResult {
  const o = { ...DEFAULT_PLAN_OPTIONS, ...options };
  const t0 = performance.now();
  const first = planAt(g, probe, heuristic, start, goal, o, t0, shared, seeds, seedSoft);
  // Coarse first, fine where that fails: a tight site (a gate a few centimetres wider than the
  // swept path) can need the fine grid everywhere, a long route cannot afford it anywhere.
  if (first.outcome === 'reached' || first.outcome === 'start-blocked' || first.expanded === 0 || !o.refine)
    return first;
  // Only an exhausted coarse space is worth refining: a budget the coarse pass spent, the fine one would.
  // And not a "no route" the distance grid proved.
  if (first.outcome !== 'no-route' || !Number.isFinite(heuristic.at(start[0], start[1]))) return first;
  // A fine pass that cannot cover the space the coarse one exhausted can only search around the
  // start: on a large site the coarse answer stands. The fine grid has ≈ 4× the cells (half the cell
  // size) and more heading bins, so a coarse space above a quarter of the fine budget is too large.
  const coarseSpace = first.space ?? 0;
  const fineBudget = Math.min(o.maxNodes, o.refine.maxNodes ?? Infinity);
  if (coarseSpace * FINE_SPACE_RATIO > fineBudget)
    return {
      ...first,
      reason: `${first.reason}; no finer pass: the ${coarseSpace} poses reached, × ${FINE_SPACE_RATIO} at its resolution, exceed its budget of ${fineBudget}`,
    };
  if (performance.now() - t0 > o.maxMillis) return first;
  const fine = {
    ...o,
    ...o.refine,
    maxNodes: Math.min(o.maxNodes, o.refine.maxNodes ?? Infinity),
    maxMillis: Math.min(o.maxMillis, o.refine.maxMillis ?? Infinity),
    refine: null,
  };
  const second = planAt(g, probe, heuristic, start, goal, fine, t0, {}, seeds, seedSoft);
  const expanded = first.expanded + second.expanded;
  if (second.outcome === 'reached') return { ...second, expanded };
  const nearer =
    heuristic.at(first.stuck[0], first.stuck[1]) < heuristic.at(second.stuck[0], second.stuck[1]);
  return {
    ...second,
    expanded,
    stuck: nearer ? first.stuck : second.stuck,
    reason: `${second.reason} (fine pass, after the coarse one: ${first.reason})`,
  };
}

function planAt(
  g: VehicleGeometry,
  probe: VehicleProbe,
  heuristic: HeuristicGrid,
  start: readonly [number, number, number],
  goal: Goal,
  o: PlanOptions,
  t0: number,
  shared: PlanShared = {},
  seeds?: Float64Array,
  seedSoft?: Uint8Array,
): PlanResult {
  const [sx, sy, sth] = start;
  // Seeds are poses already known to be reachable from the start (see planPath): extra roots of
  // every search below, outside its node budget (they were paid for by the search that found them).
  let roots: ArrayLike<number> = start;
  if (seeds && seeds.length > 0) {
    const all = new Float64Array(3 + seeds.length);
    all.set(start);
    all.set(seeds, 3);
    roots = all;
  }
  const seedN = roots.length / 3 - 1;
  if (!probe.bodyFree(sx, sy, sth))
    return failed('start-blocked', start, 0, 'the body does not fit at the start pose');
  if (!Number.isFinite(heuristic.at(sx, sy))) {
    const proof =
      'no route even turning on the spot: the distance grid does not connect the start to the goal';
    const relaxed = heuristic.relaxed?.();
    if (!relaxed || !Number.isFinite(relaxed.at(sx, sy))) return failed('no-route', start, 0, proof);
    // Proven unreachable; a small search guided by the relaxed field finds how far the vehicle gets.
    const r = search(
      g,
      probe,
      relaxed,
      start,
      goal,
      { ...o, maxNodes: Math.min(o.maxNodes, o.stuckNodes) },
      t0,
      Infinity,
    );
    // A reached goal would contradict the proof (the grid is a relaxation); report it as found.
    return r.outcome === 'reached' || r.outcome === 'stalled'
      ? finalise(r, 0)
      : { ...r, outcome: 'no-route', reason: proof };
  }
  // Two levels: the grid route is the coarse plan. Where the search stalls (no metre of progress in
  // `stallExpansions`), the grid route most likely runs through a gap the turning vehicle cannot
  // take; block the grid there and steer the same search along the next grid route (its open poses
  // re-ranked, nothing explored thrown away; children in the blocked cells wait, see `deferred`).
  // After `maxDetours`, or when the grid runs out of routes, the true field guides it again, so
  // nothing the plain search would find is lost.
  const discs: number[] = [];
  const p = new Float64Array(2);
  let h = heuristic;
  const plain = openSearch(
    g,
    probe,
    heuristic,
    roots,
    goal,
    { ...o, maxNodes: o.maxNodes + seedN },
    t0,
    false,
    heuristic,
    seedSoft,
  );
  for (let k = 0; k < o.maxDetours; k++) {
    const r = plain(o.stallExpansions);
    if (r.outcome === 'reached') return finalise(r, r.expanded);
    if (r.outcome === 'time-budget' || r.outcome === 'node-budget') return finalise(r, r.expanded);
    if (r.outcome !== 'stalled')
      // Exhausted (children a detour set aside are searched before that): final.
      return finalise(
        k === 0
          ? r
          : { ...r, reason: `${r.reason}, none of them left out for the detour: the space is closed` },
        r.expanded,
      );
    h.descend(r.stuck[0], r.stuck[1], g.front, p);
    discs.push(p[0]!, p[1]!, g.halfWidth + g.front / 2);
    h = heuristic.without(discs);
    if (!Number.isFinite(h.at(sx, sy))) break;
    plain.reguide(h);
  }
  plain.reguide(heuristic);
  let proofExpanded = 0;
  if (o.proofNodes > 0) {
    // A long stall of the plain search is most likely a bottleneck the vehicle cannot pass, with a
    // large space on one side of it to flood before that is certain: the goal-rooted search floods
    // the goal's side. From the stall on the two take equal turns, so whichever side is smaller
    // decides at no more than about twice its cost past that point. Routes that are found never get
    // here.
    let r = plain(PROOF_STALL * o.stallExpansions);
    if (r.outcome !== 'stalled') return finalise(r, r.expanded);
    const proof = openProof(g, probe, heuristic, start, goal, o, t0, shared);
    // From the stall on, the two take equal turns (the plain search's expansions before it, detours
    // included, are not the goal-rooted one's to catch up on).
    const stalledAt = r.expanded;
    for (;;) {
      const step = proof(r.expanded - stalledAt);
      proofExpanded = step.expanded;
      if (step.proven)
        return {
          ...finalise(r, r.expanded + proofExpanded),
          outcome: 'no-route',
          reason: step.reason,
          space: step.space,
        };
      if (step.done) break;
      r = plain(Infinity, r.expanded + PROOF_TURN);
      if (r.outcome !== 'stalled') return finalise(r, r.expanded + proofExpanded);
    }
  }
  const r = plain(Infinity);
  return finalise(r, r.expanded + proofExpanded);
}

/** Goal poses an analytic expansion computes paths to, nearest first. */
const SHOT_CANDIDATES = 8;
/** Cell (m) and heading bins of the failed-shot memo (see the analytic expansion). */
const SHOT_CELL = 1;
const SHOT_BINS = 36;
/** Of those, the nearest that also get a Reeds–Shepp path (≈ 10× a Dubins one to compute). */
const SHOT_RS = 3;
/** Expansions a search goes on for after a shot that reverses (see `candidate`). */
const SHOT_GRACE = 200;
/** Shots (cheapest first) an analytic expansion checks for collisions. */
const SHOT_CHECKS = 4;

/** Expansions of one turn of the plain search between turns of the goal-rooted one. */
const PROOF_TURN = 500;

/** Fine-pass poses per coarse-pass pose, at least (2 × 2 cells); see planPath. */
const FINE_SPACE_RATIO = 4;

/** A plain search stalled for this many times `stallExpansions` triggers the goal-rooted proof. */
const PROOF_STALL = 4;

/** Start poses within this distance (m) and heading (rad) of a goal-rooted pose count as met. */
const MEET_DISTANCE = 3;
const MEET_HEADING = Math.PI / 4;

/**
 * Searches back from every verified goal pose (time-reversed primitives, same pruning grid, pruned by
 * the distance grid too: a cell it cannot connect cannot reach the goal) for the start. Exhausted
 * without a pose within MEET_DISTANCE and MEET_HEADING of the start: no route at this resolution,
 * whatever the size of the space behind the start. It proves nothing when it meets the start or
 * runs out of budget (the forward search then carries on), nor without goal poses to start from.
 */
export function proveNoRoute(
  g: VehicleGeometry,
  probe: VehicleProbe,
  heuristic: HeuristicGrid,
  start: readonly [number, number, number],
  goal: Goal,
  o: PlanOptions,
  t0: number,
  shared: PlanShared = {},
): ProofStep {
  return openProof(g, probe, heuristic, start, goal, o, t0, shared)(Infinity);
}

/** Where a goal-rooted search stands: `done` once it has proved "no route" or can no longer. */
interface ProofStep {
  proven: boolean;
  done: boolean;
  expanded: number;
  reason: string;
  space: number;
}

/**
 * The goal-rooted search as a resumable one: each call runs it until it is done or has expanded
 * `until` poses (planAt interleaves it with the forward search, so the smaller side decides).
 */
function openProof(
  g: VehicleGeometry,
  probe: VehicleProbe,
  heuristic: HeuristicGrid,
  start: readonly [number, number, number],
  goal: Goal,
  o: PlanOptions,
  t0: number,
  shared: PlanShared,
): (until: number) => ProofStep {
  const [sx, sy, sth] = start;
  const over =
    (step: ProofStep): ((until: number) => ProofStep) =>
    () =>
      step;
  if (goal.poses.length < 3)
    return over({ proven: false, done: true, expanded: 0, reason: 'no goal poses', space: 0 });
  const because = (n: number): string =>
    `no route at the planner's resolution: searching back from the ${goal.poses.length / 3} goal poses, ` +
    `all ${n} poses that can drive to one were explored and none is within ${MEET_DISTANCE} m of the start`;
  if (shared.proof) {
    // Another gate's goal-rooted search exhausted this space: only whether this start is in it is new.
    const { explored, expanded } = shared.proof;
    for (let k = 0; k + 2 < explored.length; k += 3)
      if (
        Math.hypot(explored[k]! - sx, explored[k + 1]! - sy) <= MEET_DISTANCE &&
        Math.abs(wrapAngle(explored[k + 2]! - sth)) <= MEET_HEADING
      )
        return over({
          proven: false,
          done: true,
          expanded: 0,
          reason: 'the goal-rooted search met the start',
          space: 0,
        });
    return over({
      proven: true,
      done: true,
      expanded: 0,
      reason: because(expanded),
      space: explored.length / 3,
    });
  }
  if (shared.proofTooLarge !== undefined)
    return over({
      proven: false,
      done: true,
      expanded: 0,
      reason: `more than ${shared.proofTooLarge} poses can drive to a goal pose (an earlier gate's search)`,
      space: 0,
    });
  const meets: Goal = {
    test: (x, y, th) =>
      Math.hypot(x - sx, y - sy) <= MEET_DISTANCE && Math.abs(wrapAngle(th - sth)) <= MEET_HEADING,
    poses: new Float64Array(0),
  };
  // Guided towards the start (straight-line distance): a reachable start is met soon.
  const towards = {
    at: (x: number, y: number): number =>
      Number.isFinite(heuristic.at(x, y)) ? Math.hypot(x - sx, y - sy) : Infinity,
  };
  const run = openSearch(g, probe, towards, goal.poses, meets, { ...o, maxNodes: o.proofNodes }, t0, true);
  return (until) => {
    const r = run(Infinity, until);
    if (r.outcome === 'stalled')
      return { proven: false, done: false, expanded: r.expanded, reason: r.reason, space: 0 };
    const proven = r.outcome === 'no-route';
    if (proven && r.explored) shared.proof = { explored: r.explored, expanded: r.expanded };
    if (r.outcome === 'node-budget') shared.proofTooLarge = o.proofNodes;
    return {
      proven,
      done: true,
      expanded: r.expanded,
      reason: proven ? because(r.expanded) : r.reason,
      space: proven ? (r.explored?.length ?? 0) / 3 : 0,
    };
  };
}

type SearchResult = Omit<PlanResult, 'outcome'> & {
  outcome: PlanOutcome | 'stalled';
  nodes: number;
  /**
   * A search guided by a field with cells blocked (a detour) left out a collision-free child because
   * of those cells: its exhausting the space proves nothing.
   */
  cut?: boolean;
};

function finalise(r: SearchResult, expanded: number): PlanResult {
  const { nodes: _nodes, ...rest } = r;
  return {
    ...rest,
    outcome: r.outcome === 'stalled' ? 'node-budget' : r.outcome,
    expanded: Math.max(expanded, r.expanded),
  };
}

function failed(
  outcome: PlanOutcome,
  at: readonly [number, number, number],
  expanded: number,
  reason: string,
): PlanResult {
  return {
    outcome,
    path: new Float64Array(0),
    length: 0,
    reverseLength: 0,
    reversals: 0,
    expanded,
    stuck: [at[0], at[1], at[2]],
    reason,
  };
}

/**
 * One best-first search. `roots` are x y θ triples (the start, or for a goal-rooted search every goal
 * pose). `backward`: the search runs time-reversed, from the goal poses towards the start: a child
 * reached by a primitive of search direction d is a pose from which the vehicle drives to its parent
 * in direction −d, so directions, their costs and "forward only" apply to −d; no analytic shots.
 */
function search(
  g: VehicleGeometry,
  probe: VehicleProbe,
  heuristic: Pick<HeuristicGrid, 'at'>,
  roots: ArrayLike<number>,
  goal: Goal,
  o: PlanOptions,
  t0: number,
  stall: number,
  backward = false,
): SearchResult {
  return openSearch(g, probe, heuristic, roots, goal, o, t0, backward)(stall);
}

/**
 * A search that can be resumed: each call runs it until it ends or stalls (no metre of progress in
 * `stall` expansions); after a stall the next call carries on where it stopped, exactly as if it had
 * never paused (the same expansions in the same order), so a stalled search is never run twice.
 */
function openSearch(
  g: VehicleGeometry,
  probe: VehicleProbe,
  heuristic: Pick<HeuristicGrid, 'at'>,
  roots: ArrayLike<number>,
  goal: Goal,
  o: PlanOptions,
  t0: number,
  backward = false,
  truth?: Pick<HeuristicGrid, 'at'>,
  seedSoft?: Uint8Array,
): ResumableSearch {
  const start = [roots[0]!, roots[1]!, roots[2]!] as const;
  const cap = Math.max(1, o.maxNodes);
  // Arrays grow by doubling up to `cap`: most searches (every blocking re-plan on a small site) use
  // a few hundred poses of a budget of tens of thousands.
  const size0 = Math.min(cap, Math.max(4096, roots.length / 3 + 64));
  let X = new Float64Array(size0);
  let Y = new Float64Array(size0);
  let T = new Float64Array(size0);
  let G = new Float64Array(size0);
  let F = new Float64Array(size0);
  let H = new Float64Array(size0);
  /**
   * The unblocked field's distance (= H without `truth`): analytic shots are tried where the plain
   * search would try them, so a detour that exhausts its space has tried what the plain search would.
   */
  let HT = truth ? new Float64Array(size0) : H;
  let cut = false;
  /**
   * Children a detour left out for lying in its blocked cells only (collision-free, reachable by the
   * unblocked field); searched once the detour's own space is exhausted.
   */
  const deferred: number[] = [];
  let guide = heuristic;
  /** Pruning key, signed arc length and curvature of the primitive that led here. */
  let K = new Float64Array(size0);
  let S = new Float64Array(size0);
  let KA = new Float64Array(size0);
  let parent = new Int32Array(size0);
  let dir = new Int8Array(size0);
  /** ExploredSoft of each node (PlanResult.exploredSoft). */
  let soft = new Uint8Array(size0);
  /** Seeds not expanded (seedSoft 0): closed cells only, kept for `explored`. */
  const quiet: number[] = [];
  // Full, half and fifth lock each way and straight: the small levels let long-overhang appliances
  // drift sideways in a lane where a sharper turn would swing the tail into the kerb.
  const kappas = [1, 0.5, 0.2, 0, -0.2, -0.5, -1].map((f) => f * g.maxCurvature);
  // Search directions; the vehicle's own direction is d, or −d searching back from the goal.
  const sense = backward ? -1 : 1;
  const dirs = o.allowReverse ? [1, -1] : [sense];
  // Farthest body point from the rear axle (m), for the certified part of a primitive.
  const rho = Math.hypot(Math.max(g.front, g.rear), g.halfWidth);
  const certified = kappas.map((k) => o.openMargin / (1 + rho * Math.abs(k)));
  /**
   * Every primitive's poses in the frame of its start pose (x y θ per check point, the end last), for
   * the fine and the open step: a child is then a rotation and a translation, no trigonometry.
   */
  const movesFor = (step: number): { sub: number; moves: Float64Array } => {
    const sub = Math.max(1, Math.ceil(step / o.checkSpacing));
    const moves = new Float64Array(dirs.length * kappas.length * sub * 3);
    const q = new Float64Array(3);
    dirs.forEach((d, di) =>
      kappas.forEach((k, ki) => {
        for (let j = 0; j < sub; j++) {
          arcStep(0, 0, 0, k, (d * step * (j + 1)) / sub, q);
          moves.set(q, ((di * kappas.length + ki) * sub + j) * 3);
        }
      }),
    );
    return { sub, moves };
  };
  const fineMoves = movesFor(o.step);
  const openMoves = movesFor(o.openStep);
  const best = new KeyTable(Math.min(cap * 2, 8192));
  const grown = <A extends Float64Array | Int32Array | Int8Array | Uint8Array>(a: A, n: number): A => {
    const b = new (a.constructor as new (n: number) => A)(n);
    b.set(a);
    return b;
  };
  /** Room for `need` poses (need ≤ cap). */
  const room = (need: number): void => {
    if (need <= X.length) return;
    const n = Math.min(cap, Math.max(need, 2 * X.length));
    X = grown(X, n);
    Y = grown(Y, n);
    T = grown(T, n);
    G = grown(G, n);
    F = grown(F, n);
    HT = truth ? grown(HT, n) : (H = grown(H, n));
    if (truth) H = grown(H, n);
    K = grown(K, n);
    S = grown(S, n);
    KA = grown(KA, n);
    parent = grown(parent, n);
    dir = grown(dir, n);
    soft = grown(soft, n);
    heap.key = F;
  };
  const heap = new MinHeap(F);
  // Integer remainder only (a float one, as in wrapAngle, costs more than the rest of the key).
  const binOf = (th: number, bins: number): number => {
    const b = Math.round((th / (2 * Math.PI)) * bins) % bins;
    return b < 0 ? b + bins : b;
  };
  // Fine and coarse keys live in disjoint halves (even / odd) of one key space.
  const keyOf = (x: number, y: number, th: number, coarse: boolean): number => {
    const c = coarse ? o.openCell : o.cell;
    const bins = coarse ? o.openHeadingBins : o.headingBins;
    const k = (Math.round(x / c) * 1_000_003 + Math.round(y / c)) * bins + binOf(th, bins);
    return 2 * k + (coarse ? 1 : 0);
  };
  const weight = (h: number): number =>
    o.heuristicWeight +
    (o.farWeight - o.heuristicWeight) * Math.min(1, Math.max(0, (h - o.farDistance) / o.farDistance));
  let stuck = 0;
  /** The expanded pose nearest the goal by the unblocked field (a detour's exhausted space). */
  let stuckTrue = 0;
  let expanded = 0;
  let progress = Infinity;
  let progressAt = 0;
  const fail = (outcome: PlanOutcome | 'stalled', reason: string): SearchResult => ({
    ...failed('no-route', [X[stuck]!, Y[stuck]!, T[stuck]!], expanded, reason),
    outcome,
    nodes: count,
  });

  let count = 0;
  for (let r = 0; r + 2 < roots.length && count < cap; r += 3) {
    const k = keyOf(roots[r]!, roots[r + 1]!, roots[r + 2]!, false);
    if (best.slot(k) >= 0) continue;
    if (!backward && r > 0 && seedSoft && seedSoft[r / 3 - 1] === 0) {
      // A seed none of whose children was refused by anything that may be gone here: its moves are
      // the search's that found it, so it is a closed cell (both grids), not a pose to expand.
      best.close(k);
      best.close(keyOf(roots[r]!, roots[r + 1]!, roots[r + 2]!, true));
      quiet.push(roots[r]!, roots[r + 1]!, roots[r + 2]!);
      continue;
    }
    const m = count++;
    X[m] = roots[r]!;
    Y[m] = roots[r + 1]!;
    T[m] = roots[r + 2]!;
    G[m] = 0;
    H[m] = heuristic.at(X[m]!, Y[m]!);
    HT[m] = truth ? truth.at(X[m]!, Y[m]!) : H[m]!;
    F[m] = weight(H[m]!) * H[m]!;
    K[m] = k;
    parent[m] = -1;
    dir[m] = 1;
    heap.push(m);
    best.set(k, 0);
    // A seed (a pose another search reached, with either grid) also stands for its coarse cell:
    // children landing there are not searched again.
    if (!backward && r > 0) {
      const kc = keyOf(roots[r]!, roots[r + 1]!, roots[r + 2]!, true);
      if (best.slot(kc) < 0) best.set(kc, 0);
    }
  }
  const p = new Float64Array(3);
  /** Goal poses (offsets into goal.poses) nearest the pose being expanded, and their distances. */
  const candPose = new Int32Array(SHOT_CANDIDATES);
  const candDist = new Float64Array(SHOT_CANDIDATES);
  const shots: (Shot & { cost: number })[] = [];
  const shotFailed = new Set<number>();
  /** Bounding box of the goal poses (min x, min y, max x, max y). */
  const goalBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (let k = 0; k + 2 < goal.poses.length; k += 3) {
    goalBox[0] = Math.min(goalBox[0]!, goal.poses[k]!);
    goalBox[1] = Math.min(goalBox[1]!, goal.poses[k + 1]!);
    goalBox[2] = Math.max(goalBox[2]!, goal.poses[k]!);
    goalBox[3] = Math.max(goalBox[3]!, goal.poses[k + 1]!);
  }
  /** The node popped when the search stalled: expanded first when it resumes. */
  let pending = -1;
  const run = (stall: number, until = Infinity): SearchResult => {
    let finish: { node: number; shot: Shot | undefined } | undefined;
    /**
     * A shot that reverses somewhere: the route it gives is kept while the search looks, for at
     * most SHOT_GRACE expansions, for one that costs less (a forward shot a little farther on is
     * often cheaper than a shunt now); taken once the queue's best estimate reaches its cost.
     */
    let candidate: { node: number; shot: Shot; total: number; at: number } | undefined;

    for (;;) {
      while (pending >= 0 || heap.size > 0) {
        let n: number;
        if (pending >= 0) {
          n = pending;
          pending = -1;
        } else {
          n = heap.pop();
          if (!best.close(K[n]!)) continue;
          if (candidate && (F[n]! >= candidate.total || expanded - candidate.at > SHOT_GRACE)) {
            finish = candidate;
            break;
          }
          expanded++;
          if (H[n]! < H[stuck]!) stuck = n;
          if (HT[n]! < HT[stuckTrue]!) stuckTrue = n;
          if (H[n]! < progress - 1) {
            progress = H[n]!;
            progressAt = expanded;
          } else if (
            !candidate &&
            expanded - progressAt > stall &&
            // Manoeuvring out of the start pose is no bottleneck of the route.
            Math.hypot(X[stuck]! - start[0], Y[stuck]! - start[1]) > g.front + g.rear
          ) {
            pending = n;
            return fail('stalled', `no progress in ${stall} expansions`);
          }
          if (expanded > until && !candidate) {
            // Paused (an interleaved search): carries on from here when called again.
            pending = n;
            return fail('stalled', `paused after ${until} expansions`);
          }
        }
        const x = X[n]!;
        const y = Y[n]!;
        const th = T[n]!;
        if (goal.test(x, y, th)) {
          finish = candidate && candidate.total <= G[n]! ? candidate : { node: n, shot: undefined };
          break;
        }
        // Analytic expansion: near the goal every time, farther away every 8th expansion. The goal
        // poses nearest the vehicle go first, at most SHOT_CANDIDATES of them: a site's goal can hold
        // thousands of poses, and a shot costs a path (a Reeds–Shepp one ≈ 10 µs) plus its checks.
        // A pose in the same shot cell (SHOT_CELL m, SHOT_BINS headings) as one whose shots all
        // failed tries none: its shots would nearly all run where those ran.
        const shotKey = backward
          ? 0
          : (Math.round(x / SHOT_CELL) * 1_000_003 + Math.round(y / SHOT_CELL)) * SHOT_BINS +
            binOf(th, SHOT_BINS);
        // Seeds (roots after the first) took their shots in the search that found them.
        const seed = n > 0 && parent[n] === -1;
        if (!backward && !seed && (HT[n]! < 40 || expanded % 8 === 0) && !shotFailed.has(shotKey)) {
          let shot: (Shot & { cost: number }) | undefined;
          const poses = goal.poses;
          let tried = 0;
          const limit = 2 * HT[n]! + 4 * g.minRadius;
          // Both shots are at least the straight distance long (and cost at least that): a pose
          // farther than the limit cannot give one.
          const reach = Math.min(3 * HT[n]! + 20, limit);
          let nc = 0;
          const bx = Math.max(goalBox[0]! - x, 0, x - goalBox[2]!);
          const by = Math.max(goalBox[1]! - y, 0, y - goalBox[3]!);
          const far = bx * bx + by * by > reach * reach;
          for (let k = 0; !far && k + 2 < poses.length; k += 3) {
            const dx = poses[k]! - x;
            const dy = poses[k + 1]! - y;
            const dist = Math.sqrt(dx * dx + dy * dy);
            if (dist > reach || (nc === SHOT_CANDIDATES && dist >= candDist[nc - 1]!)) continue;
            // Insertion into the sorted candidates (ties keep the goal's order).
            let i = nc < SHOT_CANDIDATES ? nc++ : nc - 1;
            while (i > 0 && candDist[i - 1]! > dist) {
              candDist[i] = candDist[i - 1]!;
              candPose[i] = candPose[i - 1]!;
              i--;
            }
            candDist[i] = dist;
            candPose[i] = k;
          }
          // Paths to every candidate, then collision checks cheapest first (at the search's own
          // costs: reversed metres × reverseFactor, switchCost per change of direction), so a shot
          // that reverses is taken only where it is cheaper to drive than the forward one.
          shots.length = 0;
          for (let c = 0; c < nc; c++) {
            const k = candPose[c]!;
            const dist = candDist[c]!;
            const gx = poses[k]!;
            const gy = poses[k + 1]!;
            const d = dubinsPath(x, y, th, gx, gy, poses[k + 2]!, g.minRadius);
            if (d !== undefined && d.total <= limit) shots.push({ cost: d.total, dubins: d });
            // With reverse allowed, a Reeds–Shepp path too, where it can be shorter: only worth
            // computing (≈ 10× a Dubins path) where the Dubins path detours by more than R beyond the
            // straight distance (a goal beside or behind the vehicle). Both are ≥ that distance.
            if (o.allowReverse && o.reedsShepp && c < SHOT_RS && (!d || d.total > dist + g.minRadius)) {
              const rs = reedsSheppPath(x, y, th, gx, gy, poses[k + 2]!, g.minRadius);
              const cost = rs !== undefined ? shotCost(rs, dir[n]!, o) : Infinity;
              if (rs !== undefined && cost <= limit && (d === undefined || cost < d.total - 1e-6))
                shots.push({ cost, rs });
            }
          }
          shots.sort((a, b) => a.cost - b.cost);
          for (let c = 0; c < shots.length && tried < SHOT_CHECKS; c++) {
            const sh = shots[c]!;
            tried++;
            if (
              sh.dubins
                ? dubinsFree(probe, x, y, th, sh.dubins, o.checkSpacing, undefined)
                : rsFree(probe, x, y, th, sh.rs!, o.checkSpacing)
            ) {
              shot = sh;
              break;
            }
          }
          if (shot) {
            const total = G[n]! + shot.cost;
            if (candidate && candidate.total <= total) {
              finish = candidate;
              break;
            }
            if (shot.dubins) {
              finish = { node: n, shot };
              break;
            }
            candidate = { node: n, shot, total, at: expanded };
          } else shotFailed.add(shotKey);
        }
        room(Math.min(cap, count + kappas.length * dirs.length));
        if (candidate && count + kappas.length * dirs.length > cap) {
          finish = candidate;
          break;
        }
        if (count + kappas.length * dirs.length > cap)
          return fail('node-budget', `node budget of ${cap} poses spent after ${expanded} expansions`);
        if ((expanded & 63) === 0 && o.maxMillis < Infinity && performance.now() - t0 > o.maxMillis)
          return fail('time-budget', `time budget of ${o.maxMillis} ms spent after ${expanded} expansions`);
        const open = probe.bodyClear(x, y, th, o.openMargin);
        const step = open ? o.openStep : o.step;
        const prim = open ? openMoves : fineMoves;
        const sub = prim.sub;
        const moves = prim.moves;
        const cth = Math.cos(th);
        const sth = Math.sin(th);
        for (let di = 0; di < dirs.length; di++) {
          const d = dirs[di]!;
          for (let ki = 0; ki < kappas.length; ki++) {
            const k = kappas[ki]!;
            const safe = open ? certified[ki]! : 0;
            // The primitive's poses from the table (moves), turned into the parent's frame.
            const base = (di * kappas.length + ki) * sub * 3;
            const e = base + (sub - 1) * 3;
            const ex = x + cth * moves[e]! - sth * moves[e + 1]!;
            const ey = y + sth * moves[e]! + cth * moves[e + 1]!;
            const et = th + moves[e + 2]!;
            const ck = keyOf(ex, ey, et, open);
            // Dominated children (a closed cell, or one reached as cheaply) are dropped before any
            // collision query.
            const switched = d !== dir[n]! && parent[n]! >= 0;
            const cost =
              step * (d * sense < 0 ? o.reverseFactor : 1) * (k !== 0 ? 1.05 : 1) +
              (switched ? o.switchCost : 0);
            const gn = G[n]! + cost;
            if (best.reached(ck, gn)) continue;
            // Endpoint first: it rules out most colliding primitives with one query.
            if (step > safe && !probe.bodyFree(ex, ey, et)) {
              if (probe.lastHitFixed?.() !== true) soft[n] = 1;
              continue;
            }
            let ok = true;
            for (let j = 0; j < sub - 1 && ok; j++) {
              if ((step * (j + 1)) / sub <= safe) continue;
              const q = base + j * 3;
              ok = probe.bodyFree(
                x + cth * moves[q]! - sth * moves[q + 1]!,
                y + sth * moves[q]! + cth * moves[q + 1]!,
                th + moves[q + 2]!,
              );
            }
            if (!ok) {
              if (probe.lastHitFixed?.() !== true) soft[n] = 1;
              continue;
            }
            const h = guide.at(ex, ey);
            const ht = truth ? truth.at(ex, ey) : h;
            if (!Number.isFinite(h) && !Number.isFinite(ht)) {
              soft[n] = 1;
              continue;
            }
            best.set(ck, gn);
            const m = count++;
            X[m] = ex;
            Y[m] = ey;
            T[m] = wrapAngle(et);
            G[m] = gn;
            H[m] = h;
            HT[m] = ht;
            F[m] = gn + weight(h) * h;
            K[m] = ck;
            S[m] = d * step;
            KA[m] = k;
            parent[m] = n;
            dir[m] = d;
            if (Number.isFinite(h)) heap.push(m);
            else {
              // In the detour's blocked cells only: kept for later (see `deferred`).
              H[m] = ht;
              cut = true;
              deferred.push(m);
            }
          }
        }
      }
      if (!finish && deferred.length > 0 && truth) {
        // A detour that exhausted its space with children left in its blocked cells: the guess was
        // wrong, and the space explored so far is the plain search's too. Carry on from it under the
        // unblocked field with those children, instead of searching it again from the start.
        guide = truth;
        for (const m of deferred) {
          F[m] = G[m]! + weight(HT[m]!) * HT[m]!;
          heap.push(m);
        }
        deferred.length = 0;
        cut = false;
        progress = Infinity;
        continue;
      }
      break;
    }
    if (!finish && candidate) finish = candidate;
    if (!finish) {
      const out = fail('no-route', `every reachable pose was explored (${expanded} expansions)`);
      if (truth) out.stuck = [X[stuckTrue]!, Y[stuckTrue]!, T[stuckTrue]!];
      const explored = new Float64Array(3 * count + quiet.length);
      for (let m = 0; m < count; m++) {
        explored[3 * m] = X[m]!;
        explored[3 * m + 1] = Y[m]!;
        explored[3 * m + 2] = T[m]!;
      }
      explored.set(quiet, 3 * count);
      const exploredSoft = new Uint8Array(count + quiet.length / 3);
      exploredSoft.set(soft.subarray(0, count));
      return { ...out, explored, exploredSoft, space: count + quiet.length / 3, cut };
    }

    // Rebuild: node chain, long primitives resampled every `step` m, then the analytic shot.
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
      const q = parent[n]!;
      const len = Math.abs(S[n]!);
      const pieces = Math.max(1, Math.ceil(len / o.step - 1e-9));
      for (let j = 1; j < pieces; j++) {
        arcStep(X[q]!, Y[q]!, T[q]!, KA[n]!, (S[n]! * j) / pieces, p);
        out.push(p[0]!, p[1]!, wrapAngle(p[2]!), dir[n]!);
      }
      out.push(X[n]!, Y[n]!, T[n]!, dir[n]!);
      length += len;
      if (dir[n]! < 0) reverseLength += len;
      if (lastDir !== 0 && dir[n]! !== lastDir) reversals++;
      lastDir = dir[n]!;
    }
    if (finish.shot?.dubins) {
      const n = finish.node;
      const d = finish.shot.dubins;
      dubinsFree(probe, X[n]!, Y[n]!, T[n]!, d, Math.max(1, o.step), out);
      length += d.total;
      if (lastDir < 0 && d.total > 0) reversals++;
    } else if (finish.shot?.rs) {
      const n = finish.node;
      const r = finish.shot.rs;
      sampleReedsShepp(X[n]!, Y[n]!, T[n]!, r, Math.max(1, o.step), (px, py, pt, d) => {
        out.push(px, py, wrapAngle(pt), d);
        return true;
      });
      length += r.total;
      for (const len of r.lengths) {
        if (len === 0) continue;
        const d = len < 0 ? -1 : 1;
        if (d < 0) reverseLength -= len;
        if (lastDir !== 0 && d !== lastDir) reversals++;
        lastDir = d;
      }
    }
    return {
      outcome: 'reached',
      path: Float64Array.from(out),
      length,
      reverseLength,
      reversals,
      expanded,
      stuck: [X[finish.node]!, Y[finish.node]!, T[finish.node]!],
      reason: '',
      nodes: count,
    };
  };
  /**
   * A new guide (a detour's blocked field, or the true one again): every open pose is ranked by it;
   * those in its blocked cells wait in `deferred`. The closed set stays: nothing explored is lost.
   */
  const reguide = (next: Pick<HeuristicGrid, 'at'>): void => {
    if (!truth) throw new Error('reguide needs the true field (openSearch truth)');
    guide = next;
    const open = [...heap.items.subarray(0, heap.size), ...deferred];
    heap.size = 0;
    deferred.length = 0;
    cut = false;
    for (const m of open) {
      if (best.closed(K[m]!)) continue;
      const hn = guide.at(X[m]!, Y[m]!);
      if (Number.isFinite(hn)) {
        H[m] = hn;
        F[m] = G[m]! + weight(hn) * hn;
        heap.push(m);
      } else {
        H[m] = HT[m]!;
        cut = true;
        deferred.push(m);
      }
    }
    if (pending >= 0) H[pending] = guide.at(X[pending]!, Y[pending]!);
    H[stuck] = guide.at(X[stuck]!, Y[stuck]!);
    progress = Infinity;
    progressAt = expanded;
  };
  return Object.assign(run, { reguide });
}

/** A search that can be resumed (each call runs it until it ends or stalls) and re-guided. */
type ResumableSearch = ((stall: number, until?: number) => SearchResult) & {
  reguide(next: Pick<HeuristicGrid, 'at'>): void;
};
