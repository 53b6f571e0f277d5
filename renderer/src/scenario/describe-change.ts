/** One line per scenario change for the Scenario tab's list (i18n key and values; pure). */
import { type Change, type Distribution, formatMinSec, seconds } from '../../../models/index.ts';
import type { en } from '../locales/en.ts';
import { centreOf } from '../edit/obstacle-shape.ts';

export type ChangeKey = keyof (typeof en)['scenarioEdit']['change'];

export interface ChangeText {
  key: ChangeKey;
  values: Record<string, string>;
}

const fmt = (v: number) => String(Math.round(v * 100) / 100);

export function distributionText(d: Distribution): string {
  switch (d.type) {
    case 'constant':
      return `${fmt(d.value)} s`;
    case 'uniform':
      return `U(${fmt(d.min)}–${fmt(d.max)} s)`;
    case 'normal':
      return `N(${fmt(d.mean)} ± ${fmt(d.sd)} s)`;
    case 'lognormal':
      return `LN(${fmt(d.mean)} ± ${fmt(d.sd)} s)`;
    case 'triangular':
      return `T(${fmt(d.min)}, ${fmt(d.mode)}, ${fmt(d.max)} s)`;
  }
}

export function describeChange(c: Change): ChangeText {
  if ('block' in c)
    return c.at !== undefined && c.at > 0
      ? { key: 'blockAt', values: { id: c.block, at: formatMinSec(seconds(c.at)) } }
      : { key: 'block', values: { id: c.block } };
  if ('fail' in c) return { key: c.mode === 'open' ? 'failOpen' : 'fail', values: { id: c.fail } };
  if ('remove' in c) return { key: 'remove', values: { id: c.remove } };
  if ('add' in c) {
    const o = c.add.obstacles;
    const [x, y] = centreOf(o[0]!.polygon);
    return {
      key: c.add.storey === undefined ? 'add' : 'addStorey',
      values: {
        ids: o.map((ob) => ob.id).join(', '),
        kind: o[0]!.kind,
        at: `${fmt(x)}, ${fmt(y)}`,
        storey: c.add.storey ?? '',
      },
    };
  }
  if ('occupants' in c) {
    const o = c.occupants;
    const parts: string[] = [];
    if (o.count !== undefined) parts.push(`${o.count} / space`);
    if (o.density !== undefined) parts.push(`${fmt(o.density)} /m²`);
    if (o.scale !== undefined) parts.push(`× ${fmt(o.scale)}`);
    if (o.profile !== undefined) parts.push(o.profile);
    if (o.mix !== undefined) parts.push(o.mix.map((m) => `${m.profile} ${fmt(m.fraction)}`).join(' + '));
    return {
      key:
        o.space !== undefined
          ? 'occupantsSpace'
          : o.storey !== undefined
            ? 'occupantsStorey'
            : 'occupantsAll',
      values: { where: o.space ?? o.storey ?? '', what: parts.join(', ') },
    };
  }
  if ('premovement' in c)
    return {
      key: c.profile === undefined ? 'premovement' : 'premovementProfile',
      values: { what: distributionText(c.premovement), profile: c.profile ?? '' },
    };
  if ('smoke' in c) {
    const m = c.smoke;
    const what = [`K ${fmt(m.extinction)} /m`];
    if (m.co !== undefined) what.push(`CO ${fmt(m.co)} ppm`);
    if (m.co2 !== undefined) what.push(`CO2 ${fmt(m.co2)} %`);
    if (m.o2 !== undefined) what.push(`O2 ${fmt(m.o2)} %`);
    return { key: 'smoke', values: { target: m.target, from: fmt(m.from ?? 0), what: what.join(', ') } };
  }
  return { key: 'set', values: { path: c.set.path, value: JSON.stringify(c.set.value) ?? '' } };
}
