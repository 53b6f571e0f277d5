/**
 * Every polygon in the model must be a polygon in the sense of the format (spec "Conventions"): at
 * least 3 vertices, simple, not closed. Checked here: a closing repeat of the first vertex,
 * consecutive repeated vertices, fewer than 3 distinct vertices or no area, and self-intersection.
 * Later geometric rules call usablePolygon and skip polygons reported here, so that one bad polygon
 * gives one clear error instead of a cascade of overlap and door errors.
 */
import type { Point } from '../../schema/common.ts';
import type { Ring } from '../../geometry/polygon.ts';
import {
  allCollinear,
  cleanRing,
  distinctVertexCount,
  isClosed,
  repeatedVertexIndices,
  signedArea,
} from '../../geometry/polygon.ts';
import { findSelfIntersection, type SelfIntersection } from '../../geometry/simple-polygon.ts';
import type { ValidationContext } from '../context.ts';
import { KIND_WORDS, type IdKind } from '../context.ts';
import type { IssueList } from '../issue.ts';
import { num, pointer } from '../issue.ts';

/** Polygons enclosing less than this (m², a square millimetre) are degenerate: no room fits in them. */
export const MIN_POLYGON_AREA = 1e-6;

/** Vertices within this distance (m) of one line are collinear: far below any drawing precision. */
const COLLINEAR_EPS = 1e-9;

export interface PolygonAnalysis {
  /** The vertices without a closing repeat and without consecutive repeats. */
  ring: Ring;
  closed: boolean;
  /** Indices of vertices equal to the vertex before them. */
  repeated: number[];
  distinct: number;
  /** All vertices on one line (only when there are at least 3 distinct ones). */
  collinear: boolean;
  /** Absolute area of `ring` (m²); meaningless for a self-intersecting ring. */
  area: number;
  /** Where the boundary meets itself; only looked for when there are 3 non-collinear vertices. */
  crossing: SelfIntersection | undefined;
}

/** `[x, y]` with short numbers, for messages. */
export function pointText(p: Point): string {
  return `[${num(p[0])}, ${num(p[1])}]`;
}

// One analysis per polygon per validation run: the later rules ask again for the same polygons.
const analyses = new WeakMap<ValidationContext, Map<readonly Point[], PolygonAnalysis>>();

export function analysePolygon(ctx: ValidationContext, points: readonly Point[]): PolygonAnalysis {
  let memo = analyses.get(ctx);
  if (!memo) {
    memo = new Map();
    analyses.set(ctx, memo);
  }
  let a = memo.get(points);
  if (!a) {
    const ring = cleanRing(points);
    const distinct = distinctVertexCount(ring);
    const collinear = distinct >= 3 && allCollinear(ring, COLLINEAR_EPS);
    a = {
      ring,
      closed: isClosed(points),
      repeated: repeatedVertexIndices(points),
      distinct,
      collinear,
      area: Math.abs(signedArea(ring)),
      // A bow-tie's signed area can cancel to zero: look for crossings before judging the area.
      crossing: distinct < 3 || collinear ? undefined : findSelfIntersection(ring),
    };
    memo.set(points, a);
  }
  return a;
}

/** Too few distinct vertices, all on one line, or (if simple) next to no area. */
function isDegenerate(a: PolygonAnalysis): boolean {
  return a.distinct < 3 || a.collinear || (!a.crossing && a.area < MIN_POLYGON_AREA);
}

/**
 * The polygon's ring if geometry can be done on it (enough vertices, some area, simple), else
 * undefined. A closed polygon or repeated vertices are reported but still usable once cleaned.
 */
export function usablePolygon(ctx: ValidationContext, points: readonly Point[]): Ring | undefined {
  const a = analysePolygon(ctx, points);
  return isDegenerate(a) || a.crossing ? undefined : a.ring;
}

interface PolygonRef {
  points: readonly Point[];
  path: string;
  en: string;
  zh: string;
}

function labelled(kind: IdKind, id: string, points: readonly Point[], path: string): PolygonRef {
  const w = KIND_WORDS[kind];
  return { points, path, en: `${w.en} "${id}"`, zh: `${w.zh}“${id}”` };
}

/** Every polygon of the model with its JSON path and a name for messages. */
function modelPolygons(ctx: ValidationContext): PolygonRef[] {
  const b = ctx.building;
  const refs: PolygonRef[] = [];
  b.storeys.forEach((storey, si) => {
    storey.spaces.forEach((s, i) =>
      refs.push(labelled('space', s.id, s.polygon, pointer('storeys', si, 'spaces', i, 'polygon'))),
    );
    (storey.obstacles ?? []).forEach((o, i) =>
      refs.push(
        labelled('storey-obstacle', o.id, o.polygon, pointer('storeys', si, 'obstacles', i, 'polygon')),
      ),
    );
  });
  const site = b.site;
  if (site?.boundary) {
    refs.push({
      points: site.boundary,
      path: pointer('site', 'boundary'),
      en: 'the site boundary',
      zh: '场地边界',
    });
  }
  (site?.drivable ?? []).forEach((d, i) =>
    refs.push(labelled('drivable', d.id, d.polygon, pointer('site', 'drivable', i, 'polygon'))),
  );
  (site?.obstacles ?? []).forEach((o, i) =>
    refs.push(labelled('site-obstacle', o.id, o.polygon, pointer('site', 'obstacles', i, 'polygon'))),
  );
  (b.scenarios ?? []).forEach((sc, si) =>
    (sc.changes ?? []).forEach((change, ci) => {
      if (!('add' in change)) return;
      change.add.obstacles.forEach((o, oi) =>
        refs.push(
          labelled(
            'site-obstacle',
            o.id,
            o.polygon,
            pointer('scenarios', si, 'changes', ci, 'add', 'obstacles', oi, 'polygon'),
          ),
        ),
      );
    }),
  );
  return refs;
}

function reportClosed(ref: PolygonRef, out: IssueList): void {
  const last = ref.points.length - 1;
  const at = pointText(ref.points[last]!);
  out.error(
    `${ref.path}/${last}`,
    'polygon.closed',
    `${ref.en}: the last vertex repeats the first (${at}); leave polygons open, the closing edge is implied`,
    `${ref.zh}：最后一个顶点与第一个顶点重复（${at}）；多边形不应闭合，首尾之间的边是隐含的`,
  );
}

function reportRepeated(ref: PolygonRef, repeated: readonly number[], out: IssueList): void {
  const i = repeated[0]!;
  const at = pointText(ref.points[i]!);
  const more = repeated.length - 1;
  out.error(
    `${ref.path}/${i}`,
    'polygon.repeatedVertex',
    `${ref.en}: vertex ${i} repeats vertex ${i - 1} (${at})` +
      (more > 0 ? `, and ${more} more vertices repeat the one before them` : '') +
      '; remove the repeats',
    `${ref.zh}：第 ${i} 个顶点与第 ${i - 1} 个顶点重复（${at}）` +
      (more > 0 ? `，另有 ${more} 个顶点与前一个顶点重复` : '') +
      '；请删除重复顶点',
  );
}

function reportDegenerate(ref: PolygonRef, a: PolygonAnalysis, out: IssueList): void {
  const [en, zh] =
    a.distinct < 3
      ? [
          `has only ${a.distinct} distinct vertices; a polygon needs at least 3`,
          `只有 ${a.distinct} 个不同的顶点；多边形至少需要 3 个`,
        ]
      : a.collinear
        ? ['encloses no area: its vertices lie on one line', '的面积为零：其顶点都在一条直线上']
        : [
            `encloses almost no area (${a.area.toPrecision(2)} m²); is it a stray or mis-scaled shape?`,
            `的面积几乎为零（${a.area.toPrecision(2)} m²）；是否为多余或比例错误的图形？`,
          ];
  out.error(ref.path, 'polygon.degenerate', `${ref.en} ${en}`, `${ref.zh}${zh}`);
}

function reportCrossing(ref: PolygonRef, crossing: SelfIntersection, out: IssueList): void {
  const at = pointText(crossing.at);
  const [i, j] = crossing.edges;
  out.error(
    ref.path,
    'polygon.selfIntersecting',
    `${ref.en} crosses itself near ${at} (the edges from vertex ${i} and from vertex ${j}); ` +
      'a polygon must be simple',
    `${ref.zh}在 ${at} 附近自相交（从第 ${i} 个顶点和第 ${j} 个顶点出发的边）；多边形必须是简单多边形`,
  );
}

export function checkPolygons(ctx: ValidationContext, out: IssueList): void {
  for (const ref of modelPolygons(ctx)) {
    const a = analysePolygon(ctx, ref.points);
    if (a.closed) reportClosed(ref, out);
    if (a.repeated.length > 0) reportRepeated(ref, a.repeated, out);
    if (a.crossing) reportCrossing(ref, a.crossing, out);
    else if (isDegenerate(a)) reportDegenerate(ref, a, out);
  }
}
