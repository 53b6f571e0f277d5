/**
 * The scenario editor of the open document: the undo/redo history of scenario commands, the edited
 * building re-validated after every step, and the commit into the document. A valid result replaces
 * the document's building (`applyEdit`: App's view state, so every tool and Save see it, and the
 * document is marked edited); an invalid one stays here with its path-named errors until it is
 * undone or fixed, and the document keeps its last valid version. A new document resets the history.
 * Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes (⌘ on macOS), except while typing in a text field.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Building, LoadResult, Scenario, ValidationIssue } from '../../../models/index.ts';
import type { CommandLabel, EditCommand } from './commands.ts';
import { type EditHistory, execute, redo, startHistory, undo } from './history.ts';
import type { PlacedKind } from './obstacle-shape.ts';
import { type KnownIssues, revalidateScenario, validateEdit } from './validate-edit.ts';

export interface ScenarioEditor {
  /** The edited building (the document's, or an invalid edit of it not yet committed). */
  building: Building;
  /** The window's picked scenario in the edited building, if any. */
  scenario: Scenario | undefined;
  /** Errors of the edited building; non-empty = the last edit is not in the document. */
  errors: ValidationIssue[];
  /** An edit that could not be made at all (e.g. it named something that is gone), or null. */
  failure: string | null;
  /** Nothing may be edited (a run is in progress). */
  busy: boolean;
  undoLabel: CommandLabel | undefined;
  redoLabel: CommandLabel | undefined;
  /** Builds a command against the edited building and does it. */
  execute(make: (b: Building) => EditCommand): void;
  undo(): void;
  redo(): void;
  /** Picking on the plan: doors and stairs toggle "block", the site takes placed obstacles. */
  pick: boolean;
  setPick(on: boolean): void;
  placeKind: PlacedKind;
  setPlaceKind(kind: PlacedKind): void;
  /** Seconds after the alarm a door or stair blocked by a pick closes (undefined: from the start). */
  blockAt: number | undefined;
  setBlockAt(at: number | undefined): void;
  /** What a click on a stair does: block it, or fill it with smoke of `smokeExtinction` (1/m). */
  stairAction: StairAction;
  setStairAction(action: StairAction): void;
  smokeExtinction: number;
  setSmokeExtinction(k: number): void;
  /** Milliseconds the last validation took (shown nowhere; read by the e2e spec). */
  lastValidationMs: number;
}

export type StairAction = 'block' | 'smoke';

/**
 * The smoke a stair click puts in a stair unless the user says otherwise: K_s = 2 /m, about 1.5 m
 * visibility of a light-reflecting sign (V = C/K_s with C = 3: Jin, SFPE Handbook 3rd ed. §2-4),
 * i.e. a smoke-logged stair; walkers keep 84 % of their speed (docs/evacuation.md "Smoke").
 */
export const DEFAULT_SMOKE_EXTINCTION = 2;

interface Options {
  /** The document's valid building (App's view state); undefined: nothing to edit. */
  building: Building | undefined;
  fileName: string;
  /** The window's picked scenario id (raw: it may name a scenario only the edited building has). */
  picked: string | null;
  onPick(id: string | null): void;
  /** Commits a valid edit to the document (use-document-files' applyEdit). */
  applyEdit(result: LoadResult): void;
  busy: boolean;
}

interface State {
  /** The document building this history belongs to (the last one committed or loaded). */
  owner: Building;
  history: EditHistory;
  errors: ValidationIssue[];
  /** The exact issues of `history.building`; undefined until the first edit validates it whole. */
  known: KnownIssues | undefined;
  failure: string | null;
  ms: number;
}

const fresh = (b: Building): State => ({
  owner: b,
  history: startHistory(b),
  errors: [],
  known: undefined,
  failure: null,
  ms: 0,
});

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'range'].includes(target.type)
  );
}

export function useScenarioEditor(options: Options): ScenarioEditor | undefined {
  const { building, fileName, picked, onPick, applyEdit, busy } = options;
  const [state, setState] = useState<State | undefined>(() => (building ? fresh(building) : undefined));
  const [pick, setPick] = useState(false);
  const [placeKind, setPlaceKind] = useState<PlacedKind>('parked-car');
  const [blockAt, setBlockAt] = useState<number | undefined>(undefined);
  const [stairAction, setStairAction] = useState<StairAction>('block');
  const [smokeExtinction, setSmokeExtinction] = useState(DEFAULT_SMOKE_EXTINCTION);
  // A building this history did not produce is a new document: start afresh (during render, React's
  // pattern for state derived from props, so no frame pairs the new file with the old history).
  let current = state;
  if (building === undefined ? state !== undefined : state?.owner !== building) {
    current = building === undefined ? undefined : fresh(building);
    setState(current);
  }
  const latest = useRef({ current, fileName, onPick, applyEdit, busy });
  latest.current = { current, fileName, onPick, applyEdit, busy };

  /** Validates the history's building; commits it when valid. */
  const settle = useCallback(
    (history: EditHistory, command: EditCommand, select: string | null | undefined) => {
      const { current: s, fileName: file, onPick: pickScenario, applyEdit: commit } = latest.current;
      if (s === undefined) return;
      const t0 = performance.now();
      const result =
        command.scope !== undefined && s.known !== undefined
          ? revalidateScenario(history.building, file, command.scope, s.known)
          : validateEdit(history.building, file);
      const ms = performance.now() - t0;
      const valid = result.building !== undefined;
      const next: State = {
        owner: valid ? history.building : s.owner,
        history,
        errors: result.errors,
        known: { errors: result.errors, warnings: result.warnings },
        failure: null,
        ms,
      };
      latest.current.current = next;
      setState(next);
      if (valid) commit(result);
      if (select !== undefined) pickScenario(select);
    },
    [],
  );

  const run = useCallback(
    (make: (b: Building) => EditCommand) => {
      const s = latest.current.current;
      if (s === undefined || latest.current.busy) return;
      let history: EditHistory;
      let command: EditCommand;
      try {
        command = make(s.history.building);
        history = execute(s.history, command);
      } catch (err) {
        const failure = err instanceof Error ? err.message : String(err);
        latest.current.current = { ...s, failure };
        setState(latest.current.current);
        return;
      }
      settle(history, command, command.select?.afterDo);
    },
    [settle],
  );

  const step = useCallback(
    (back: boolean) => {
      const s = latest.current.current;
      if (s === undefined || latest.current.busy) return;
      const moved = back ? undo(s.history) : redo(s.history);
      if (moved === undefined) return;
      const select = moved.command.select;
      settle(
        moved.history,
        moved.command,
        select === undefined ? undefined : back ? select.afterUndo : select.afterDo,
      );
    },
    [settle],
  );
  const undoStep = useCallback(() => step(true), [step]);
  const redoStep = useCallback(() => step(false), [step]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target)) return;
      const key = e.key.toLowerCase();
      const h = latest.current.current?.history;
      if (h === undefined) return;
      if (key === 'z' && !e.shiftKey && h.done.length > 0) {
        e.preventDefault();
        undoStep();
      } else if (((key === 'z' && e.shiftKey) || key === 'y') && h.undone.length > 0) {
        e.preventDefault();
        redoStep();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undoStep, redoStep]);

  if (current === undefined) return undefined;
  const { history } = current;
  return {
    building: history.building,
    scenario: picked === null ? undefined : history.building.scenarios?.find((s) => s.id === picked),
    errors: current.errors,
    failure: current.failure,
    busy,
    undoLabel: history.done[history.done.length - 1]?.label,
    redoLabel: history.undone[history.undone.length - 1]?.label,
    execute: run,
    undo: undoStep,
    redo: redoStep,
    pick,
    setPick,
    placeKind,
    setPlaceKind,
    blockAt,
    setBlockAt,
    stairAction,
    setStairAction,
    smokeExtinction,
    setSmokeExtinction,
    lastValidationMs: current.ms,
  };
}
