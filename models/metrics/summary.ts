/**
 * The building at a glance — what `lifeline info` prints and the app's side panel shows: height and
 * code class, occupants by storey, stairs, exits, hydrants, rescue sites and facade risk shares.
 */
import { OUTSIDE, type Building } from '../schema/building.ts';
import { signedArea } from '../geometry/polygon.ts';
import { classify, type Classification } from './classification.ts';
import { occupantsByStorey } from './occupants.ts';

export interface BuildingSummary {
  name: string;
  use: Building['use'];
  builtYear: number | undefined;
  classification: Classification;
  storeys: { id: string; name: string; elevation: number; occupants: number; refuge: boolean }[];
  occupants: number;
  stairs: { id: string; width: number; enclosure: string; from: string; to: string; scissor?: string }[];
  elevators: { id: string; fire: boolean; from: string; to: string }[];
  exits: { id: string; storey: string; width: number }[];
  hydrants: number;
  rescueSites: { id: string; area: number; slope: number | undefined }[];
  facade: {
    openings: number;
    /** Share of units (or of openings, where openings name no unit) with a combustible canopy. */
    combustibleCanopyShare: number;
    /** Openings with a protruding net and no escape hatch. */
    trappingNets: number;
  };
  scenarios: string[];
}

export function summarize(b: Building): BuildingSummary {
  const perStorey = occupantsByStorey(b);
  const storeys = b.storeys.map((s, i) => ({
    id: s.id,
    name: s.name ?? s.id,
    elevation: s.elevation,
    occupants: perStorey[i]!.occupants,
    refuge: s.refuge === true || s.spaces.some((sp) => sp.kind === 'refuge'),
  }));
  const exits = b.storeys.flatMap((s) =>
    (s.doors ?? [])
      .filter((d) => d.spaces.includes(OUTSIDE))
      .map((d) => {
        const [[x1, y1], [x2, y2]] = d.segment;
        return { id: d.id, storey: s.id, width: Math.hypot(x2 - x1, y2 - y1) };
      }),
  );
  return {
    name: b.name,
    use: b.use,
    builtYear: b.builtYear,
    classification: classify(b),
    storeys,
    occupants: storeys.reduce((sum, s) => sum + s.occupants, 0),
    stairs: b.stairs.map((s) => ({
      id: s.id,
      width: s.width,
      enclosure: s.enclosure,
      from: s.landings[0]!.storey,
      to: s.landings[s.landings.length - 1]!.storey,
      ...(s.scissor !== undefined ? { scissor: s.scissor } : {}),
    })),
    elevators: (b.elevators ?? []).map((e) => ({
      id: e.id,
      fire: e.fire,
      from: e.stops[0]!.storey,
      to: e.stops[e.stops.length - 1]!.storey,
    })),
    exits,
    hydrants: b.water?.hydrants?.length ?? 0,
    rescueSites: (b.site?.drivable ?? [])
      .filter((d) => d.kind === 'rescue-site')
      .map((d) => ({ id: d.id, area: Math.abs(signedArea(d.polygon)), slope: d.slope })),
    facade: facadeFigures(b),
    scenarios: (b.scenarios ?? []).map((s) => s.id),
  };
}

function facadeFigures(b: Building): BuildingSummary['facade'] {
  const openings = b.facade?.openings ?? [];
  // Group by unit where given (the seed's figure is "units with combustible canopies").
  const groups = new Map<string, boolean>();
  openings.forEach((o, i) => {
    const key = o.unit !== undefined ? `unit:${o.storey}:${o.unit}` : `opening:${i}`;
    groups.set(key, (groups.get(key) ?? false) || o.canopy === 'combustible');
  });
  const combustible = [...groups.values()].filter(Boolean).length;
  return {
    openings: openings.length,
    combustibleCanopyShare: groups.size === 0 ? 0 : combustible / groups.size,
    trappingNets: openings.filter((o) => o.net === 'protruding' && o.hatch !== true).length,
  };
}
