/**
 * The undo/redo stacks of scenario edits over one document: pure, so the editor hook only stores the
 * value. A new edit clears the redo stack; the undo stack keeps the last HISTORY_LIMIT commands.
 */
import type { Building } from '../../../models/index.ts';
import type { EditCommand } from './commands.ts';

/** Commands kept for undo: ample for an editing session (each holds only shared references). */
export const HISTORY_LIMIT = 200;

export interface EditHistory {
  /** The building after every done command (it may be invalid; the editor says so). */
  building: Building;
  done: readonly EditCommand[];
  undone: readonly EditCommand[];
}

export function startHistory(building: Building): EditHistory {
  return { building, done: [], undone: [] };
}

export function execute(h: EditHistory, command: EditCommand): EditHistory {
  const done = [...h.done, command];
  return {
    building: command.do(h.building),
    done: done.length > HISTORY_LIMIT ? done.slice(done.length - HISTORY_LIMIT) : done,
    undone: [],
  };
}

/** The history one command back, and that command; undefined when there is nothing to undo. */
export function undo(h: EditHistory): { history: EditHistory; command: EditCommand } | undefined {
  const command = h.done[h.done.length - 1];
  if (command === undefined) return undefined;
  return {
    history: {
      building: command.undo(h.building),
      done: h.done.slice(0, -1),
      undone: [...h.undone, command],
    },
    command,
  };
}

export function redo(h: EditHistory): { history: EditHistory; command: EditCommand } | undefined {
  const command = h.undone[h.undone.length - 1];
  if (command === undefined) return undefined;
  return {
    history: { building: command.do(h.building), done: [...h.done, command], undone: h.undone.slice(0, -1) },
    command,
  };
}
