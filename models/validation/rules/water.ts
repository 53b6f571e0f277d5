/**
 * The fire-water network: links join existing nodes, hydrants and inlets sit on junctions, pump
 * curves are usable by EPANET, tank levels are in order, every hydrant is connected to a source, and
 * values that look like a unit slip (MPa typed as Pa, L/s as m³/s, mm as m) are flagged.
 */
import type { ValidationContext } from '../context.ts';
import { num, pointer, type IssueList } from '../issue.ts';
import { checkRef } from '../refs.ts';

const NODE_KINDS = ['junction', 'reservoir', 'tank'] as const;

export function checkWater(ctx: ValidationContext, out: IssueList): void {
  const w = ctx.building.water;
  if (!w) return;
  const links: { from: string; to: string; path: string }[] = [];
  const collect = (list: { from: string; to: string }[] | undefined, key: string): void =>
    (list ?? []).forEach((l, i) => links.push({ from: l.from, to: l.to, path: pointer('water', key, i) }));
  collect(w.pipes, 'pipes');
  collect(w.pumps, 'pumps');
  collect(w.valves, 'valves');
  for (const l of links) {
    const okFrom = checkRef(ctx, out, l.path + '/from', l.from, NODE_KINDS);
    const okTo = checkRef(ctx, out, l.path + '/to', l.to, NODE_KINDS);
    if (okFrom && okTo && l.from === l.to) {
      out.error(
        l.path + '/to',
        'water.selfLink',
        `a link cannot join node "${l.from}" to itself`,
        `管段不能将节点“${l.from}”与自身相连`,
      );
    }
  }
  (w.hydrants ?? []).forEach((h, i) => {
    const base = pointer('water', 'hydrants', i);
    checkRef(ctx, out, base + '/junction', h.junction, ['junction']);
    checkRef(ctx, out, base + '/storey', h.storey, ['storey']);
    if (h.hose.diameter > 0.2) unitSlip(out, base + '/hose/diameter', h.hose.diameter, 'm', 'mm');
    if (h.nozzle.diameter > 0.1) unitSlip(out, base + '/nozzle/diameter', h.nozzle.diameter, 'm', 'mm');
  });
  (w.inlets ?? []).forEach((inlet, i) => {
    checkRef(ctx, out, pointer('water', 'inlets', i, 'junction'), inlet.junction, ['junction']);
  });
  (w.pumps ?? []).forEach((p, i) => checkCurve(p.curve, pointer('water', 'pumps', i, 'curve'), out));
  (w.tanks ?? []).forEach((t, i) => {
    const base = pointer('water', 'tanks', i);
    if (t.minLevel >= t.maxLevel) {
      out.error(
        base + '/minLevel',
        'water.tankLevels',
        `minLevel ${num(t.minLevel)} m must be below maxLevel ${num(t.maxLevel)} m`,
        `最低水位 ${num(t.minLevel)} m 必须低于最高水位 ${num(t.maxLevel)} m`,
      );
    } else if (t.level < t.minLevel || t.level > t.maxLevel) {
      out.error(
        base + '/level',
        'water.tankLevels',
        `level ${num(t.level)} m must lie between minLevel ${num(t.minLevel)} and maxLevel ${num(t.maxLevel)} m`,
        `水位 ${num(t.level)} m 必须介于最低水位 ${num(t.minLevel)} 与最高水位 ${num(t.maxLevel)} m 之间`,
      );
    }
  });
  (w.pipes ?? []).forEach((p, i) => {
    if (p.diameter > 2) unitSlip(out, pointer('water', 'pipes', i, 'diameter'), p.diameter, 'm', 'mm');
  });
  (w.valves ?? []).forEach((v, i) => {
    const path = pointer('water', 'valves', i, 'setting');
    // Pressure settings are in pascals; anything under 1 kPa (0.1 m of water) was surely typed in MPa.
    if ((v.type === 'PRV' || v.type === 'PSV' || v.type === 'PBV') && v.setting > 0 && v.setting < 1000) {
      unitSlip(out, path, v.setting, 'Pa', 'MPa');
    }
    if (v.type === 'FCV' && v.setting > 1) unitSlip(out, path, v.setting, 'm³/s', 'L/s');
  });
  checkConnected(ctx, out);
}

/** EPANET needs flows rising and heads falling along a multi-point curve (EPANET 2.2 manual, Pump curve). */
function checkCurve(curve: readonly (readonly [number, number])[], path: string, out: IssueList): void {
  for (let k = 1; k < curve.length; k++) {
    const [q0, h0] = curve[k - 1]!;
    const [q1, h1] = curve[k]!;
    if (q1 <= q0 || h1 >= h0) {
      out.error(
        `${path}/${k}`,
        'water.curveOrder',
        `pump curve points must have rising flow and falling head: [${num(q0)}, ${num(h0)}] then [${num(q1)}, ${num(h1)}]`,
        `水泵曲线各点的流量应递增、扬程应递减：[${num(q0)}, ${num(h0)}] 之后为 [${num(q1)}, ${num(h1)}]`,
      );
      return;
    }
  }
  const first = curve[0]!;
  if (first[1] <= 0) {
    out.error(`${path}/0`, 'water.curveHead', 'a pump curve needs a positive head', '水泵曲线的扬程必须为正');
  }
  if (curve.some(([q]) => q > 1)) {
    unitSlip(out, path, Math.max(...curve.map(([q]) => q)), 'm³/s', 'L/s');
  }
}

function unitSlip(out: IssueList, path: string, value: number, unit: string, likely: string): void {
  out.warning(
    path,
    'water.unitSlip',
    `${num(value)} ${unit} looks like a value in ${likely}; the format uses ${unit}`,
    `${num(value)} ${unit} 看起来像以 ${likely} 为单位的数值；本格式使用 ${unit}`,
  );
}

/** Every hydrant's junction must be joined (whatever the link statuses) to a reservoir or tank. */
function checkConnected(ctx: ValidationContext, out: IssueList): void {
  const w = ctx.building.water!;
  const adj = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    (adj.get(a) ?? adj.set(a, []).get(a)!).push(b);
    (adj.get(b) ?? adj.set(b, []).get(b)!).push(a);
  };
  for (const l of [...(w.pipes ?? []), ...(w.pumps ?? []), ...(w.valves ?? [])]) add(l.from, l.to);
  const queue = [...(w.reservoirs ?? []), ...(w.tanks ?? [])].map((n) => n.id);
  const reached = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    for (const next of adj.get(queue[head]!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  (w.hydrants ?? []).forEach((h, i) => {
    if (!ctx.waterNodes.has(h.junction) || reached.has(h.junction)) return;
    out.error(
      pointer('water', 'hydrants', i, 'junction'),
      'water.hydrantUnconnected',
      `hydrant "${h.id}": junction "${h.junction}" is not connected by any pipe, pump or valve to a reservoir or tank`,
      `消火栓“${h.id}”：节点“${h.junction}”未经任何管道、水泵或阀门与水池或水箱相连`,
    );
  });
}
