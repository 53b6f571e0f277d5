/**
 * "Download a template": a measured-drill CSV for the loaded building and the window's scenario, with
 * the header, a row for each figure a trainer would time or read — every occupied storey (top down,
 * the order it clears), every final exit door, the storeys the scenario's firefighters climb to
 * (else its fire storey), the hydrants of the fire storey and of the top hydrant storey — and the
 * value left empty: an empty value is "not measured" (drill/debrief.ts), so the template loads as is
 * and the trainer fills in what was measured. Comment lines (#) say what each kind's value is, in
 * the UI language. Pure: unit-tested as is.
 */
import type { Building, Locale } from '../../../models/index.ts';
import { formatCsv } from '../../../drill/csv.ts';
import type { MeasureKind } from '../../../drill/debrief.ts';

/** The final exits: doors with "outside" on one side (models/schema/storey.ts Door). */
const OUTSIDE = 'outside';

const HELP: Record<Locale, (name: string) => string[]> = {
  en: (name) => [
    `# Lifeline debrief: what was measured in the drill of ${name}.`,
    '# One measurement a row; leave the value empty for what was not measured; lines starting with # are ignored.',
    '# storey-clear: storey id, time after the alarm when the storey was clear (m:ss, h:mm:ss or seconds)',
    '# exit-count: exit door id, persons counted out through it',
    '# firefighter-arrival: storey id, time after the alarm when the first firefighters got there',
    '# hydrant-pressure: hydrant id, outlet pressure read (MPa)',
  ],
  'zh-CN': (name) => [
    `# Lifeline 演练复盘：${name} 演练的实测数据。`,
    '# 每行一项实测；未测的项目值留空；以 # 开头的行会被忽略。',
    '# storey-clear：楼层编号，报警后该楼层清空的时间（分:秒、时:分:秒或秒）',
    '# exit-count：出口门编号，经此门疏散的人数',
    '# firefighter-arrival：楼层编号，报警后首批消防员到达该层的时间',
    '# hydrant-pressure：消火栓编号，读取的栓口压力（MPa）',
  ],
};

const occupied = (st: Building['storeys'][number]): boolean =>
  st.spaces.some(
    (sp) =>
      (sp.occupants?.count ?? 0) > 0 ||
      (sp.occupants?.density ?? 0) > 0 ||
      (sp.occupants?.positions?.length ?? 0) > 0,
  );

/** The template's rows (kind, id), in the order written. */
export function templateRows(building: Building, scenarioId: string | null): [MeasureKind, string][] {
  const scenario = building.scenarios?.find((s) => s.id === scenarioId);
  const storeys = [...building.storeys].reverse();
  const withPeople = storeys.filter(occupied);
  const rows: [MeasureKind, string][] = (withPeople.length > 0 ? withPeople : storeys).map((s) => [
    'storey-clear',
    s.id,
  ]);
  for (const st of building.storeys)
    for (const d of st.doors ?? [])
      if (d.spaces[0] === OUTSIDE || d.spaces[1] === OUTSIDE) rows.push(['exit-count', d.id]);
  const fire = scenario?.fire?.storey ?? null;
  const climbs = [...new Set((scenario?.firefighters ?? []).map((f) => f.to))];
  for (const id of climbs.length > 0 ? climbs : fire !== null ? [fire] : [])
    rows.push(['firefighter-arrival', id]);
  const hydrants = building.water?.hydrants ?? [];
  const order = building.storeys.map((s) => s.id);
  const top = hydrants.reduce<string | null>(
    (best, h) => (best === null || order.indexOf(h.storey) > order.indexOf(best) ? h.storey : best),
    null,
  );
  const read = new Set([fire, top].filter((s): s is string => s !== null));
  for (const h of hydrants) if (read.has(h.storey)) rows.push(['hydrant-pressure', h.id]);
  return rows;
}

/** The template CSV (RFC 4180, CRLF; the app saves it as UTF-8 with a BOM for spreadsheets). */
export function debriefTemplate(building: Building, scenarioId: string | null, locale: Locale): string {
  // A comment is still a CSV record: a quote in the name could open a quoted field that never closes.
  const name = building.name.replace(/[\r\n]+/g, ' ').replace(/"/g, "'");
  const help = HELP[locale](name).join('\r\n') + '\r\n';
  return (
    help +
    formatCsv([['kind', 'id', 'value'], ...templateRows(building, scenarioId).map(([k, id]) => [k, id, ''])])
  );
}

/** `lifeline-debrief-<file name without .json>.csv`, characters no file system takes made "-". */
export function templateFileName(fileName: string): string {
  const stem = [...fileName.replace(/\.json$/i, '')]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) || /\s/.test(c) ? '-' : c))
    .join('')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `lifeline-debrief-${[...(stem || 'building')].slice(0, 60).join('')}.csv`;
}
