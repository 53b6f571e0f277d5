/**
 * The Scenario tool: create, duplicate, delete and edit the window's picked scenario without
 * touching JSON — name, fire storey and room, longest simulated time, seed; its changes (block a
 * stair, lift or exit, fail a pump, population and pre-movement overrides, parked cars and stalls)
 * with a remove button each; firefighter crews. Doors, stairs and site positions are also picked on
 * the plan (plan/PlanView.tsx) while "Pick on the plan" is on. Every action is one undoable command
 * (edit/commands.ts); an edit that makes the file invalid is listed with its JSON paths.
 */
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BUILTIN_PROFILES,
  type Building,
  type Locale,
  OUTSIDE,
  type Scenario,
  VEHICLE_CATALOGUE,
  type Vehicle,
} from '../../../models/index.ts';
import {
  type CommandLabel,
  addFirefighters,
  addObstacle,
  addOccupants,
  addPremovement,
  createScenario,
  deleteObstacle,
  deleteScenario,
  duplicateScenario,
  freshId,
  removeChange,
  removeFirefighters,
  renameScenario,
  setBlockTime,
  setDuration,
  setFire,
  setSeed,
  setVehicles,
  toggleChange,
} from '../edit/commands.ts';
import { PLACED_SIZE, type PlacedKind, placedObstacle, rectangle } from '../edit/obstacle-shape.ts';
import type { ScenarioEditor, StairAction } from '../edit/use-scenario-editor.ts';
import { CommitField, InputRow, InvalidNote, nameAndId, RemoveButton, StoreyOptions } from './fields.tsx';
import { describeChange } from './describe-change.ts';
import {
  PREMOVEMENT_FIELDS,
  PREMOVEMENT_TYPES,
  type PremovementField,
  type PremovementType,
  premovementInput,
} from './premovement-input.ts';
import { parseInteger, parseMinSec, parseNonNegative, parseNumber, showMinSec } from './parse-input.ts';

interface Props {
  editor: ScenarioEditor;
  locale: Locale;
}

const PLACED_KINDS: readonly PlacedKind[] = ['parked-car', 'stall'];
const STAIR_ACTIONS: readonly StairAction[] = ['block', 'smoke'];

function exitDoors(b: Building) {
  return b.storeys.flatMap((s) =>
    (s.doors ?? [])
      .filter((d) => d.spaces.includes(OUTSIDE))
      .map((d) => ({ id: d.id, name: d.name, storey: s.id })),
  );
}

function profileIds(b: Building): string[] {
  const ids = BUILTIN_PROFILES.map((p) => p.id);
  for (const p of b.profiles ?? []) if (!ids.includes(p.id)) ids.push(p.id);
  return ids;
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <section className="se-section" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function ScenarioPanel({ editor, locale }: Props) {
  const { t } = useTranslation();
  const { scenario: s, busy } = editor;
  const cmdText = (l: CommandLabel | undefined): string => {
    if (l === undefined) return '';
    // (The app's escapeValue is already false; stating it lets i18next type a computed key's values.)
    return t(`scenarioEdit.command.${l.key}`, { ...l.values, interpolation: { escapeValue: false } });
  };

  return (
    <div
      className="scenario-edit"
      data-testid="scenario-edit"
      aria-busy={busy}
      data-validation-ms={Math.round(editor.lastValidationMs)}
    >
      <div className="se-toolbar">
        <button
          type="button"
          data-testid="se-new"
          disabled={busy}
          onClick={() =>
            editor.execute((x) =>
              createScenario(
                x,
                t('scenarioEdit.newName', { n: (x.scenarios?.length ?? 0) + 1 }),
                s?.id ?? null,
              ),
            )
          }
        >
          {t('scenarioEdit.new')}
        </button>
        <button
          type="button"
          data-testid="se-duplicate"
          disabled={busy || s === undefined}
          onClick={() =>
            s &&
            editor.execute((x) =>
              duplicateScenario(x, s.id, t('scenarioEdit.copyName', { name: s.name ?? s.id })),
            )
          }
        >
          {t('scenarioEdit.duplicate')}
        </button>
        <button
          type="button"
          data-testid="se-delete"
          disabled={busy || s === undefined}
          onClick={() => s && editor.execute((x) => deleteScenario(x, s.id))}
        >
          {t('scenarioEdit.delete')}
        </button>
        <span className="se-spacer" />
        <button
          type="button"
          data-testid="se-undo"
          disabled={busy || editor.undoLabel === undefined}
          title={editor.undoLabel && t('scenarioEdit.undoTitle', { what: cmdText(editor.undoLabel) })}
          onClick={editor.undo}
        >
          {t('scenarioEdit.undo')}
        </button>
        <button
          type="button"
          data-testid="se-redo"
          disabled={busy || editor.redoLabel === undefined}
          title={editor.redoLabel && t('scenarioEdit.redoTitle', { what: cmdText(editor.redoLabel) })}
          onClick={editor.redo}
        >
          {t('scenarioEdit.redo')}
        </button>
      </div>
      {busy && <p className="se-note">{t('scenarioEdit.busy')}</p>}
      {editor.failure !== null && (
        <p className="se-errors" role="alert" data-testid="se-failure">
          {t('scenarioEdit.failed', { reason: editor.failure })}
        </p>
      )}
      {editor.errors.length > 0 && (
        <div className="se-errors" role="alert" data-testid="se-errors">
          <p>{t('scenarioEdit.invalid')}</p>
          <ul>
            {editor.errors.map((e, i) => (
              <li key={i}>
                <code className="issue-path">{e.path || '/'}</code> {e.text[locale]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {s === undefined ? (
        <p className="se-note" data-testid="se-none">
          {t('scenarioEdit.none')}
        </p>
      ) : (
        <fieldset className="se-body" disabled={busy}>
          <ScenarioSettings editor={editor} s={s} />
          <PickControls editor={editor} />
          <Changes editor={editor} s={s} />
          <AddChanges editor={editor} s={s} />
          <Crews editor={editor} s={s} />
          <Vehicles editor={editor} s={s} />
        </fieldset>
      )}
    </div>
  );
}

function ScenarioSettings({ editor, s }: { editor: ScenarioEditor; s: Scenario }) {
  const { t } = useTranslation();
  const b = editor.building;
  const fireStorey = b.storeys.find((st) => st.id === s.fire?.storey);
  return (
    <div className="se-grid">
      <label>
        <span>{t('scenarioEdit.name')}</span>
        <CommitField
          data-testid="se-name"
          value={s.name ?? ''}
          placeholder={s.id}
          parse={(text) => ({ ok: true, value: text })}
          invalidText=""
          onCommit={(name) => editor.execute((x) => renameScenario(x, s.id, name))}
        />
      </label>
      <label>
        <span>{t('scenarioEdit.fire')}</span>
        <select
          data-testid="se-fire"
          value={s.fire?.storey ?? ''}
          onChange={(e) =>
            editor.execute((x) => setFire(x, s.id, e.target.value === '' ? null : e.target.value))
          }
        >
          <option value="">{t('scenarioEdit.fireNone')}</option>
          <StoreyOptions storeys={b.storeys} />
        </select>
      </label>
      {fireStorey !== undefined && (
        <label>
          <span>{t('scenarioEdit.fireSpace')}</span>
          <select
            data-testid="se-fire-space"
            value={s.fire?.space ?? ''}
            onChange={(e) =>
              editor.execute((x) =>
                setFire(x, s.id, fireStorey.id, e.target.value === '' ? undefined : e.target.value),
              )
            }
          >
            <option value="">{t('scenarioEdit.fireSpaceAny')}</option>
            {fireStorey.spaces.map((sp) => (
              <option key={sp.id} value={sp.id}>
                {nameAndId(sp)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('scenarioEdit.duration')}</span>
        <CommitField
          data-testid="se-duration"
          value={showMinSec(s.duration)}
          placeholder={t('scenarioEdit.durationDefault')}
          parse={(text) => {
            const p = parseMinSec(text);
            return p.ok && p.value === 0 ? { ok: false } : p;
          }}
          invalidText={t('scenarioEdit.badMinSec')}
          onCommit={(v) => editor.execute((x) => setDuration(x, s.id, v))}
        />
      </label>
      <label>
        <span>{t('scenarioEdit.seed')}</span>
        <CommitField
          data-testid="se-seed"
          value={s.seed === undefined ? '' : String(s.seed)}
          placeholder={t('scenarioEdit.seedDefault')}
          inputMode="numeric"
          parse={(text) => parseInteger(text)}
          invalidText={t('scenarioEdit.badInteger')}
          onCommit={(v) => editor.execute((x) => setSeed(x, s.id, v))}
        />
      </label>
    </div>
  );
}

function PickControls({ editor }: { editor: ScenarioEditor }) {
  const { t } = useTranslation();
  return (
    <div className="se-pick">
      <label>
        <input
          type="checkbox"
          data-testid="se-pick"
          checked={editor.pick}
          onChange={(e) => editor.setPick(e.target.checked)}
        />{' '}
        {t('scenarioEdit.pick')}
      </label>
      <div role="radiogroup" aria-label={t('scenarioEdit.placeKind')} className="se-kinds">
        {PLACED_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="se-place-kind"
              data-testid={`se-kind-${k}`}
              checked={editor.placeKind === k}
              onChange={() => editor.setPlaceKind(k)}
            />{' '}
            {t(`scenarioEdit.obstacleKind.${k}`)} ({PLACED_SIZE[k].length} × {PLACED_SIZE[k].width} m)
          </label>
        ))}
      </div>
      <div role="radiogroup" aria-label={t('scenarioEdit.stairAction')} className="se-kinds">
        <span>{t('scenarioEdit.stairAction')}:</span>
        {STAIR_ACTIONS.map((a) => (
          <label key={a}>
            <input
              type="radio"
              name="se-stair-action"
              data-testid={`se-stair-${a}`}
              checked={editor.stairAction === a}
              onChange={() => editor.setStairAction(a)}
            />{' '}
            {t(a === 'block' ? 'scenarioEdit.stairBlock' : 'scenarioEdit.stairSmoke')}
          </label>
        ))}
      </div>
      {editor.stairAction === 'smoke' && (
        <label className="se-pick-at">
          <span>{t('scenarioEdit.smokeK')}</span>
          <CommitField
            data-testid="se-smoke-k"
            value={String(editor.smokeExtinction)}
            inputMode="decimal"
            parse={(text) => {
              // The smoke rule's range (models/validation/rules/smoke.ts): 0–30 /m.
              const p = parseNonNegative(text);
              return p.ok && p.value !== undefined && p.value <= 30 ? p : { ok: false };
            }}
            invalidText={t('scenarioEdit.badSmokeK')}
            onCommit={(k) => k !== undefined && editor.setSmokeExtinction(k)}
          />
        </label>
      )}
      <label className="se-pick-at">
        <span>{t('scenarioEdit.pickBlockAt')}</span>
        <CommitField
          data-testid="se-pick-block-at"
          value={showMinSec(editor.blockAt)}
          placeholder={t('scenarioEdit.blockAtStart')}
          parse={(text) => parseMinSec(text)}
          invalidText={t('scenarioEdit.badMinSec')}
          onCommit={(v) => editor.setBlockAt(v === 0 ? undefined : v)}
        />
      </label>
      <p className="se-note">{t('scenarioEdit.pickHint')}</p>
    </div>
  );
}

function Changes({ editor, s }: { editor: ScenarioEditor; s: Scenario }) {
  const { t } = useTranslation();
  const changes = s.changes ?? [];
  return (
    <Section title={t('scenarioEdit.changes')} testId="se-changes">
      {changes.length === 0 ? (
        <p className="se-note">{t('scenarioEdit.noChanges')}</p>
      ) : (
        <ul className="se-list">
          {changes.map((c, k) => {
            const d = describeChange(c);
            const kind = 'add' in c ? c.add.obstacles[0]!.kind : undefined;
            const text = t(`scenarioEdit.change.${d.key}`, {
              ...d.values,
              kind: kind === undefined ? '' : t(`scenarioEdit.obstacleKind.${kind}`),
            });
            return (
              <li key={k} data-testid="se-change" data-kind={Object.keys(c)[0]}>
                <span>{text}</span>
                <RemoveButton
                  what={text}
                  testId="se-change-remove"
                  titled
                  onRemove={() => editor.execute((x) => removeChange(x, s.id, k))}
                />
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

function AddChanges({ editor, s }: { editor: ScenarioEditor; s: Scenario }) {
  const { t } = useTranslation();
  const b = editor.building;
  const [block, setBlock] = useState('');
  const [blockTime, setBlockText] = useState('');
  const at = parseMinSec(blockTime);
  const [fail, setFail] = useState('');
  const failables = [
    ...(b.water?.pumps ?? []).map((p) => ({ id: p.id, group: 'pumps' as const })),
    ...(b.water?.tanks ?? []).map((p) => ({ id: p.id, group: 'tanks' as const })),
    ...(b.water?.valves ?? []).map((p) => ({ id: p.id, group: 'valves' as const })),
  ];
  return (
    <Section title={t('scenarioEdit.addTitle')} testId="se-add">
      <div className="se-form" data-testid="se-block">
        <label>
          <span>{t('scenarioEdit.block')}</span>
          <select data-testid="se-block-target" value={block} onChange={(e) => setBlock(e.target.value)}>
            <option value="">{t('scenarioEdit.choose')}</option>
            <optgroup label={t('scenarioEdit.stairs')}>
              {b.stairs.map((st) => (
                <option key={st.id} value={st.id}>
                  {st.name ?? st.id}
                </option>
              ))}
            </optgroup>
            {(b.elevators ?? []).length > 0 && (
              <optgroup label={t('scenarioEdit.lifts')}>
                {(b.elevators ?? []).map((el) => (
                  <option key={el.id} value={el.id}>
                    {el.id}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('scenarioEdit.exits')}>
              {exitDoors(b).map((d) => (
                <option key={d.id} value={d.id}>
                  {nameAndId(d)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <InputRow
          label={t('scenarioEdit.blockAt')}
          data-testid="se-block-at"
          value={blockTime}
          placeholder={t('scenarioEdit.blockAtStart')}
          aria-invalid={!at.ok}
          onText={setBlockText}
        />
        <button
          type="button"
          data-testid="se-block-add"
          disabled={block === '' || !at.ok}
          onClick={() =>
            at.ok &&
            editor.execute((x) =>
              at.value === undefined
                ? toggleChange(x, s.id, 'block', block)
                : setBlockTime(x, s.id, block, at.value),
            )
          }
        >
          {t('scenarioEdit.toggle')}
        </button>
        {at.ok ? (
          <p className="se-note se-wide">{t('scenarioEdit.blockAtHint')}</p>
        ) : (
          <InvalidNote>{t('scenarioEdit.badMinSec')}</InvalidNote>
        )}
      </div>
      {failables.length > 0 && (
        <div className="se-row">
          <label>
            <span>{t('scenarioEdit.fail')}</span>
            <select data-testid="se-fail-target" value={fail} onChange={(e) => setFail(e.target.value)}>
              <option value="">{t('scenarioEdit.choose')}</option>
              {failables.map((f) => (
                <option key={f.id} value={f.id}>
                  {t(`scenarioEdit.failGroup.${f.group}`)} {f.id}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            data-testid="se-fail-add"
            disabled={fail === ''}
            onClick={() => editor.execute((x) => toggleChange(x, s.id, 'fail', fail))}
          >
            {t('scenarioEdit.toggle')}
          </button>
        </div>
      )}
      <PopulationForm editor={editor} s={s} />
      <PremovementForm editor={editor} s={s} />
      <ObstacleForm editor={editor} s={s} />
    </Section>
  );
}

type PopulationMode = 'density' | 'count' | 'share' | 'keep';

function PopulationForm({ editor, s }: { editor: ScenarioEditor; s: Scenario }) {
  const { t } = useTranslation();
  const b = editor.building;
  const [storey, setStorey] = useState('');
  const [mode, setMode] = useState<PopulationMode>('density');
  const [amount, setAmount] = useState('');
  const [profile, setProfile] = useState('');
  const parsed = mode === 'keep' ? ({ ok: true, value: undefined } as const) : parseNonNegative(amount);
  const countOk =
    mode !== 'count' || !parsed.ok || parsed.value === undefined || Number.isInteger(parsed.value);
  // The format's `scale` (extension) is 0–10; the form takes a percentage (80 = 80 % at home).
  const shareOk = mode !== 'share' || !parsed.ok || parsed.value === undefined || parsed.value <= 1000;
  const ready = parsed.ok && countOk && shareOk && (parsed.value !== undefined || profile !== '');
  return (
    <fieldset className="se-form" data-testid="se-population">
      <legend>{t('scenarioEdit.population')}</legend>
      <label>
        <span>{t('scenarioEdit.popStorey')}</span>
        <select data-testid="se-pop-storey" value={storey} onChange={(e) => setStorey(e.target.value)}>
          <option value="">{t('scenarioEdit.popAll')}</option>
          <StoreyOptions storeys={b.storeys} />
        </select>
      </label>
      <label>
        <span>{t('scenarioEdit.popMode')}</span>
        <select
          data-testid="se-pop-mode"
          value={mode}
          onChange={(e) => setMode(e.target.value as PopulationMode)}
        >
          <option value="density">{t('scenarioEdit.popDensity')}</option>
          <option value="count">{t('scenarioEdit.popCount')}</option>
          <option value="share">{t('scenarioEdit.popShare')}</option>
          <option value="keep">{t('scenarioEdit.popKeep')}</option>
        </select>
      </label>
      {mode !== 'keep' && (
        <InputRow
          label={
            mode === 'density'
              ? t('scenarioEdit.popDensityUnit')
              : mode === 'share'
                ? t('scenarioEdit.popShareUnit')
                : t('scenarioEdit.popCountUnit')
          }
          data-testid="se-pop-amount"
          value={amount}
          inputMode="decimal"
          aria-invalid={!parsed.ok || !countOk || !shareOk}
          onText={setAmount}
        />
      )}
      <label>
        <span>{t('scenarioEdit.popProfile')}</span>
        <select data-testid="se-pop-profile" value={profile} onChange={(e) => setProfile(e.target.value)}>
          <option value="">{t('scenarioEdit.popProfileKeep')}</option>
          {profileIds(b).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      {(!parsed.ok || !countOk || !shareOk) && (
        <InvalidNote>
          {mode === 'count'
            ? t('scenarioEdit.badInteger')
            : mode === 'share'
              ? t('scenarioEdit.badShare')
              : t('scenarioEdit.badNumber')}
        </InvalidNote>
      )}
      <button
        type="button"
        data-testid="se-pop-add"
        disabled={!ready}
        onClick={() => {
          if (!parsed.ok) return;
          const v = parsed.value;
          editor.execute((x) =>
            addOccupants(x, s.id, {
              ...(storey === '' ? {} : { storey }),
              ...(v === undefined
                ? {}
                : mode === 'density'
                  ? { density: v }
                  : mode === 'share'
                    ? { scale: v / 100 }
                    : { count: v }),
              ...(profile === '' ? {} : { profile }),
            }),
          );
        }}
      >
        {t('scenarioEdit.add')}
      </button>
    </fieldset>
  );
}

function PremovementForm({ editor, s }: { editor: ScenarioEditor; s: Scenario }) {
  const { t } = useTranslation();
  const [type, setType] = useState<PremovementType>('lognormal');
  const [text, setText] = useState<Partial<Record<PremovementField, string>>>({});
  const [profile, setProfile] = useState('');
  const input = premovementInput(type, text);
  return (
    <fieldset className="se-form" data-testid="se-premovement">
      <legend>{t('scenarioEdit.premovement')}</legend>
      <label>
        <span>{t('scenarioEdit.premType')}</span>
        <select
          data-testid="se-prem-type"
          value={type}
          onChange={(e) => setType(e.target.value as PremovementType)}
        >
          {PREMOVEMENT_TYPES.map((k) => (
            <option key={k} value={k}>
              {t(`scenarioEdit.premTypes.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {PREMOVEMENT_FIELDS[type].map((f) => (
        <InputRow
          key={f}
          label={t(`scenarioEdit.premField.${f}`)}
          data-testid={`se-prem-${f}`}
          value={text[f] ?? ''}
          placeholder="m:ss"
          aria-invalid={!input.ok && input.problem !== null}
          onText={(v) => setText((x) => ({ ...x, [f]: v }))}
        />
      ))}
      <label>
        <span>{t('scenarioEdit.popProfile')}</span>
        <select data-testid="se-prem-profile" value={profile} onChange={(e) => setProfile(e.target.value)}>
          <option value="">{t('scenarioEdit.premEveryProfile')}</option>
          {profileIds(editor.building).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      {!input.ok && input.problem !== null && (
        <InvalidNote>{t(`scenarioEdit.premProblem.${input.problem}`)}</InvalidNote>
      )}
      <button
        type="button"
        data-testid="se-prem-add"
        disabled={!input.ok}
        onClick={() =>
          input.ok &&
          editor.execute((x) => addPremovement(x, s.id, input.value, profile === '' ? undefined : profile))
        }
      >
        {t('scenarioEdit.add')}
      </button>
    </fieldset>
  );
}

/** The keyboard way to place a car or stall: centre and heading typed in. */
function ObstacleForm({ editor, s }: { editor: ScenarioEditor; s: Scenario }) {
  const { t } = useTranslation();
  const [x, setX] = useState('');
  const [y, setY] = useState('');
  const [heading, setHeading] = useState('0');
  const px = parseNumber(x);
  const py = parseNumber(y);
  const ph = parseNumber(heading);
  const ok = px.ok && py.ok && ph.ok;
  const kind = editor.placeKind;
  const added = (s.changes ?? []).flatMap((c) =>
    'add' in c && c.add.storey === undefined ? c.add.obstacles : [],
  );
  return (
    <fieldset className="se-form" data-testid="se-obstacle">
      <legend>{t('scenarioEdit.placeTitle', { kind: t(`scenarioEdit.obstacleKind.${kind}`) })}</legend>
      <InputRow label="x (m)" data-testid="se-ob-x" value={x} inputMode="decimal" onText={setX} />
      <InputRow label="y (m)" data-testid="se-ob-y" value={y} inputMode="decimal" onText={setY} />
      <InputRow
        label={t('scenarioEdit.heading')}
        data-testid="se-ob-heading"
        value={heading}
        inputMode="decimal"
        onText={setHeading}
      />
      <button
        type="button"
        data-testid="se-ob-add"
        disabled={!ok}
        onClick={() => {
          if (!px.ok || !py.ok || !ph.ok) return;
          const size = PLACED_SIZE[kind];
          const polygon = rectangle(
            [px.value, py.value],
            size.length,
            size.width,
            (ph.value * Math.PI) / 180,
          );
          editor.execute((bb) =>
            addObstacle(
              bb,
              s.id,
              placedObstacle(kind, freshId(bb, kind === 'stall' ? 'stall' : 'car'), polygon),
            ),
          );
        }}
      >
        {t('scenarioEdit.add')}
      </button>
      {added.length > 0 && (
        <ul className="se-list" data-testid="se-placed">
          {added.map((o) => (
            <li key={o.id}>
              <span>{o.id}</span>
              <RemoveButton
                what={o.id}
                onRemove={() => editor.execute((bb) => deleteObstacle(bb, s.id, o.id))}
              />
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function Crews({ editor, s }: { editor: ScenarioEditor; s: Scenario }) {
  const { t } = useTranslation();
  const b = editor.building;
  const exits = exitDoors(b);
  const [count, setCount] = useState('6');
  const [enter, setEnter] = useState('');
  const [to, setTo] = useState('');
  const [start, setStart] = useState('8:00');
  const c = parseInteger(count, 1);
  const st = parseMinSec(start);
  const door = enter !== '' ? enter : (exits[0]?.id ?? '');
  const target = to !== '' ? to : (s.fire?.storey ?? b.storeys[b.storeys.length - 1]?.id ?? '');
  const ok = c.ok && c.value !== undefined && st.ok && st.value !== undefined && door !== '' && target !== '';
  const crews = s.firefighters ?? [];
  return (
    <Section title={t('scenarioEdit.firefighters')} testId="se-crews">
      {crews.length > 0 && (
        <ul className="se-list">
          {crews.map((f, k) => {
            const text = t('scenarioEdit.crew', {
              count: f.count,
              door: f.enter,
              storey: f.to,
              start: showMinSec(f.start),
            });
            return (
              <li key={k} data-testid="se-crew">
                <span>{text}</span>
                <RemoveButton
                  what={text}
                  onRemove={() => editor.execute((x) => removeFirefighters(x, s.id, k))}
                />
              </li>
            );
          })}
        </ul>
      )}
      <fieldset className="se-form">
        <legend>{t('scenarioEdit.addCrew')}</legend>
        <InputRow
          label={t('scenarioEdit.crewCount')}
          data-testid="se-crew-count"
          value={count}
          inputMode="numeric"
          onText={setCount}
        />
        <label>
          <span>{t('scenarioEdit.crewEnter')}</span>
          <select data-testid="se-crew-enter" value={door} onChange={(e) => setEnter(e.target.value)}>
            {exits.map((d) => (
              <option key={d.id} value={d.id}>
                {nameAndId(d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('scenarioEdit.crewTo')}</span>
          <select data-testid="se-crew-to" value={target} onChange={(e) => setTo(e.target.value)}>
            <StoreyOptions storeys={b.storeys} />
          </select>
        </label>
        <InputRow
          label={t('scenarioEdit.crewStart')}
          data-testid="se-crew-start"
          value={start}
          onText={setStart}
        />
        {(!c.ok || !st.ok) && (
          <InvalidNote>{!c.ok ? t('scenarioEdit.badCount') : t('scenarioEdit.badMinSec')}</InvalidNote>
        )}
        <button
          type="button"
          data-testid="se-crew-add"
          disabled={!ok}
          onClick={() =>
            ok &&
            editor.execute((x) =>
              addFirefighters(x, s.id, { count: c.value!, enter: door, to: target, start: st.value! }),
            )
          }
        >
          {t('scenarioEdit.add')}
        </button>
      </fieldset>
    </Section>
  );
}

/** The catalogue's vehicles with the file's own (a file entry with a catalogue id replaces it). */
function vehicleChoices(b: Building): Vehicle[] {
  const own = new Map((b.vehicles ?? []).map((v) => [v.id, v]));
  return [
    ...VEHICLE_CATALOGUE.map((v) => own.get(v.id) ?? v),
    ...(b.vehicles ?? []).filter((v) => !VEHICLE_CATALOGUE.some((c) => c.id === v.id)),
  ];
}

/** Which appliances come: ticked ones in the order listed; none ticked = the defaults (spec). */
function Vehicles({ editor, s }: { editor: ScenarioEditor; s: Scenario }) {
  const { t } = useTranslation();
  const choices = vehicleChoices(editor.building);
  const chosen = new Set(s.vehicles ?? []);
  // An id the scenario names that neither lists (validation reports it) stays visible to untick.
  const unknown = (s.vehicles ?? []).filter((id) => !choices.some((v) => v.id === id));
  const set = (id: string, on: boolean) => {
    const next = [...choices.map((v) => v.id), ...unknown].filter((v) => (v === id ? on : chosen.has(v)));
    editor.execute((x) => setVehicles(x, s.id, next));
  };
  return (
    <Section title={t('scenarioEdit.vehicles')} testId="se-vehicles">
      <p className="se-note">
        {s.vehicles === undefined ? t('scenarioEdit.vehiclesDefault') : t('scenarioEdit.vehiclesChosen')}
      </p>
      <ul className="se-list se-vehicles">
        {[
          ...choices.map((v) => ({
            id: v.id,
            text: `${v.id} · ${t(`scenarioEdit.vehicleKind.${v.kind}`)}${v.name ? ` · ${v.name}` : ''}`,
          })),
          ...unknown.map((id) => ({ id, text: id })),
        ].map((v) => (
          <li key={v.id}>
            <label>
              <input
                type="checkbox"
                data-testid="se-vehicle"
                data-id={v.id}
                checked={chosen.has(v.id)}
                onChange={(e) => set(v.id, e.target.checked)}
              />{' '}
              {v.text}
            </label>
          </li>
        ))}
      </ul>
    </Section>
  );
}
