/**
 * Warnings, not errors: places where the building departs from the Chinese fire code as Lifeline
 * reads it. Clauses are GB 50016-2014 (2018 ed.) unless stated; the texts were read in secondary
 * copies (../../../../shared/reference/water-and-access.md §2), so each warning names its clause for
 * the engineer to check. A warning never stops a simulation: old towers are what this tool is for.
 */
import type { ValidationContext } from '../context.ts';
import { num, pointer, type IssueList } from '../issue.ts';
import { classify, PUBLIC_HIGH_RISE_M, RESIDENTIAL_HIGH_RISE_M } from '../../metrics/classification.ts';
import { OUTSIDE } from '../../schema/building.ts';

/** 5.5.30: residential stairs ≥ 1.1 m net width; 5.5.18: high-rise public buildings ≥ 1.2 m. */
const MIN_STAIR_WIDTH_RESIDENTIAL = 1.1;
const MIN_STAIR_WIDTH_PUBLIC_HIGH_RISE = 1.2;
/** 5.5.18 / 5.5.30: exits (安全出口) ≥ 0.9 m net width. */
const MIN_EXIT_WIDTH = 0.9;
/** 5.5.27: residential above 33 m needs smokeproof stairs; 7.3.1: and a fire lift. */
const RESIDENTIAL_SMOKEPROOF_M = 33;
/** 5.5.12 and 7.3.1: public buildings above 32 m (and class I) need smokeproof stairs and fire lifts. */
const PUBLIC_SMOKEPROOF_M = 32;
/** 5.5.23 / 5.5.31: refuge floors above 100 m, the first ≤ 50 m up and ≤ 50 m apart. */
const REFUGE_REQUIRED_M = 100;
const REFUGE_SPACING_M = 50;
/** GB 50352-2019 6.8.10 (UNVERIFIED here): shared residential stairs riser ≤ 0.175 m, tread ≥ 0.26 m. */
const RESIDENTIAL_MAX_RISER = 0.175;
const RESIDENTIAL_MIN_TREAD = 0.26;
/** GB 50352-2019 6.8.5: a flight has 3 to 18 risers. */
const MAX_RISERS_PER_FLIGHT = 18;

export function checkCodeWarnings(ctx: ValidationContext, out: IssueList): void {
  const b = ctx.building;
  const c = classify(b);
  const h = num(c.height);

  b.stairs.forEach((stair, i) => {
    const base = pointer('stairs', i);
    const min = c.residential
      ? MIN_STAIR_WIDTH_RESIDENTIAL
      : c.highRise
        ? MIN_STAIR_WIDTH_PUBLIC_HIGH_RISE
        : MIN_STAIR_WIDTH_RESIDENTIAL;
    if (stair.width < min) {
      out.warning(
        base + '/width',
        'code.stairWidth',
        `stair "${stair.id}" is ${num(stair.width)} m wide; GB 50016 ${c.residential ? '5.5.30' : '5.5.18'} asks for at least ${min} m`,
        `楼梯“${stair.id}”宽 ${num(stair.width)} m；GB 50016 第 ${c.residential ? '5.5.30' : '5.5.18'} 条要求不小于 ${min} m`,
      );
    }
    if (c.residential && (stair.riser > RESIDENTIAL_MAX_RISER || stair.tread < RESIDENTIAL_MIN_TREAD)) {
      out.warning(
        base + (stair.riser > RESIDENTIAL_MAX_RISER ? '/riser' : '/tread'),
        'code.stairSteps',
        `steps ${num(stair.riser)} × ${num(stair.tread)} m exceed GB 50352-2019 6.8.10 for residential stairs (riser ≤ ${RESIDENTIAL_MAX_RISER}, tread ≥ ${RESIDENTIAL_MIN_TREAD} m)`,
        `踏步 ${num(stair.riser)} × ${num(stair.tread)} m 不符合 GB 50352-2019 第 6.8.10 条住宅楼梯要求（高 ≤ ${RESIDENTIAL_MAX_RISER}，宽 ≥ ${RESIDENTIAL_MIN_TREAD} m）`,
      );
    }
    // A stair is judged by the part of the building it serves: stairs serving only a podium (裙房)
    // may be enclosed even in a tall building (5.5.12 applies to the high-rise part).
    const served = Math.max(
      ...stair.landings.map((l) => {
        const s = ctx.storeys.get(l.storey)?.storey;
        return s ? s.elevation + s.height : 0;
      }),
    );
    const podiumOnly = served <= (c.residential ? RESIDENTIAL_HIGH_RISE_M : PUBLIC_HIGH_RISE_M);
    const needSmokeproof =
      !podiumOnly &&
      (c.residential ? c.height > RESIDENTIAL_SMOKEPROOF_M : c.classOne || c.height > PUBLIC_SMOKEPROOF_M);
    if (needSmokeproof && stair.enclosure !== 'smokeproof') {
      out.warning(
        base + '/enclosure',
        'code.stairEnclosure',
        `a ${h} m ${c.residential ? 'residential' : 'public'} building needs smokeproof stairs (GB 50016 ${c.residential ? '5.5.27' : '5.5.12'}); stair "${stair.id}" is ${stair.enclosure}`,
        `${h} m 的${c.residential ? '住宅' : '公共建筑'}应采用防烟楼梯间（GB 50016 第 ${c.residential ? '5.5.27' : '5.5.12'} 条）；楼梯“${stair.id}”为 ${stair.enclosure}`,
      );
    }
    for (let k = 1; k < stair.landings.length; k++) {
      const lower = ctx.storeys.get(stair.landings[k - 1]!.storey)?.storey;
      const upper = ctx.storeys.get(stair.landings[k]!.storey)?.storey;
      if (!lower || !upper) continue;
      // A dog-leg has two flights between landings (spec "Stairs and elevators").
      const perFlight = Math.ceil((upper.elevation - lower.elevation) / stair.riser / 2);
      if (perFlight > MAX_RISERS_PER_FLIGHT) {
        out.warning(
          `${base}/landings/${k}`,
          'code.flightLength',
          `${perFlight} risers per flight between ${lower.id} and ${upper.id}; GB 50352-2019 6.8.5 allows at most ${MAX_RISERS_PER_FLIGHT}`,
          `${lower.id} 至 ${upper.id} 之间每跑 ${perFlight} 级；GB 50352-2019 第 6.8.5 条规定不超过 ${MAX_RISERS_PER_FLIGHT} 级`,
        );
        break;
      }
    }
  });

  b.storeys.forEach((storey, si) => {
    (storey.doors ?? []).forEach((door, di) => {
      if (door.spaces[1] !== OUTSIDE && door.spaces[0] !== OUTSIDE) return;
      const [[x1, y1], [x2, y2]] = door.segment;
      const width = Math.hypot(x2 - x1, y2 - y1);
      if (width >= 0.3 && width < MIN_EXIT_WIDTH) {
        out.warning(
          pointer('storeys', si, 'doors', di, 'segment'),
          'code.exitWidth',
          `exit "${door.id}" is ${num(width)} m wide; GB 50016 5.5.18/5.5.30 ask for at least ${MIN_EXIT_WIDTH} m`,
          `安全出口“${door.id}”宽 ${num(width)} m；GB 50016 第 5.5.18/5.5.30 条要求不小于 ${MIN_EXIT_WIDTH} m`,
        );
      }
    });
  });

  checkStairCount(ctx, out, c);
  if (!c.highRise) return;

  const hasFireLift = (b.elevators ?? []).some((e) => e.fire);
  const liftNeeded = c.residential
    ? c.height > RESIDENTIAL_SMOKEPROOF_M
    : c.classOne || c.height > PUBLIC_SMOKEPROOF_M;
  if (liftNeeded && !hasFireLift) {
    out.warning(
      '/elevators',
      'code.noFireLift',
      `a ${h} m ${c.residential ? 'residential' : 'public'} building needs a fire lift (GB 50016 7.3.1); none is modelled`,
      `${h} m 的${c.residential ? '住宅' : '公共建筑'}应设消防电梯（GB 50016 第 7.3.1 条）；模型中没有`,
    );
  }
  if (c.height > REFUGE_REQUIRED_M) checkRefugeFloors(ctx, out);
  if (b.water && (b.water.inlets ?? []).length === 0) {
    out.warning(
      '/water/inlets',
      'code.noInlets',
      'high-rise buildings need pump inlets (水泵接合器) for fire engines (GB 50974 5.4.1); none is modelled',
      '高层建筑应设水泵接合器（GB 50974 第 5.4.1 条）；模型中没有',
    );
  }
  if (b.site && !(b.site.drivable ?? []).some((d) => d.kind === 'rescue-site')) {
    out.warning(
      '/site/drivable',
      'code.noRescueSite',
      'a high-rise building needs a rescue site (消防车登高操作场地) along a long side (GB 50016 7.2.1); none is modelled',
      '高层建筑应沿一条长边设消防车登高操作场地（GB 50016 第 7.2.1 条）；模型中没有',
    );
  }
}

/**
 * Storeys served by fewer than two stairs where two are required: high-rise public buildings
 * (5.5.8), residential above 54 m (5.5.26). A scissor pair counts as two (5.5.28).
 */
function checkStairCount(ctx: ValidationContext, out: IssueList, c: ReturnType<typeof classify>): void {
  const needsTwo = c.residential ? c.height > 54 : c.highRise;
  if (!needsTwo) return;
  const served = new Map<string, number>();
  for (const stair of ctx.building.stairs) {
    for (const l of stair.landings) served.set(l.storey, (served.get(l.storey) ?? 0) + 1);
  }
  const single = ctx.building.storeys.filter((s) => (served.get(s.id) ?? 0) === 1).map((s) => s.id);
  if (single.length === 0) return;
  const list =
    single.length > 6 ? `${single.slice(0, 6).join(', ')} … (${single.length} storeys)` : single.join(', ');
  out.warning(
    '/stairs',
    'code.singleStair',
    `storeys ${list} are served by one stair; GB 50016 ${c.residential ? '5.5.26' : '5.5.8'} asks for two exits per storey in a ${num(c.height)} m ${c.residential ? 'residential' : 'public'} building`,
    `楼层 ${list} 仅有一部疏散楼梯；GB 50016 第 ${c.residential ? '5.5.26' : '5.5.8'} 条要求 ${num(c.height)} m 的${c.residential ? '住宅' : '公共建筑'}每层设两个安全出口`,
  );
}

function checkRefugeFloors(ctx: ValidationContext, out: IssueList): void {
  const refuges = ctx.building.storeys
    .filter((s) => s.refuge === true || s.spaces.some((sp) => sp.kind === 'refuge'))
    .map((s) => s.elevation)
    .sort((a, b) => a - b);
  let previous = 0;
  for (const z of [...refuges, Infinity]) {
    const top = z === Infinity ? Math.max(...ctx.building.storeys.map((s) => s.elevation)) : z;
    if (top - previous > REFUGE_SPACING_M) {
      out.warning(
        '/storeys',
        'code.refugeSpacing',
        `no refuge floor between z = ${num(previous)} m and z = ${num(top)} m; GB 50016 5.5.23 asks for one at most every ${REFUGE_SPACING_M} m above 100 m buildings`,
        `标高 ${num(previous)} m 至 ${num(top)} m 之间没有避难层；GB 50016 第 5.5.23 条要求 100 m 以上建筑避难层间隔不超过 ${REFUGE_SPACING_M} m`,
      );
      return;
    }
    previous = z;
  }
}
