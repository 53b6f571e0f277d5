/**
 * The rules of the open document, as pure functions of the view and its dirty flag (unit-tested in
 * tests/unit/renderer/document-session.test.ts):
 * - a document is dirty only after an edit (`markEdited`), and clean again after a save or a load;
 * - while a file loads over unsaved edits, the edited building stays on screen;
 * - a load that fails (unreadable, or a file with errors) while there are unsaved edits does not
 *   replace them: the edits stay, dirty, and a notice says what could not be opened.
 */
import type { Building } from '../../../models/index.ts';
import type { Source, ViewState } from '../view-state.ts';

/** A load that failed over unsaved edits, which were kept. `reason` null: the file has errors. */
export interface KeptEdits {
  fileName: string;
  reason: string | null;
}

export interface DocumentSession {
  view: ViewState;
  dirty: boolean;
  kept: KeptEdits | null;
}

export const EMPTY_SESSION: DocumentSession = { view: { status: 'empty' }, dirty: false, kept: null };

/** The building that Save would write: a loaded building without errors. */
export function savableBuilding(view: ViewState): Building | undefined {
  return view.status === 'loaded' ? view.result.building : undefined;
}

/** Unsaved edits exist (only a usable building can be edited). */
export function hasUnsavedEdits(session: DocumentSession): boolean {
  return session.dirty && savableBuilding(session.view) !== undefined;
}

export function markEdited(session: DocumentSession): DocumentSession {
  return savableBuilding(session.view) === undefined || session.dirty ? session : { ...session, dirty: true };
}

/** After a successful save as `fileName`: clean, and the document is that file now. */
export function markSaved(session: DocumentSession, fileName: string): DocumentSession {
  const view: ViewState =
    session.view.status === 'loaded' ? { ...session.view, source: { kind: 'file', fileName } } : session.view;
  return { view, dirty: false, kept: null };
}

export function beginLoad(session: DocumentSession, source: Source): DocumentSession {
  return hasUnsavedEdits(session)
    ? session
    : { view: { status: 'loading', source }, dirty: false, kept: null };
}

/** A load finished with `loaded` (a `loaded` or `readFailed` view). `accepted`: it replaced the document. */
export function finishLoad(
  session: DocumentSession,
  loaded: ViewState,
): { session: DocumentSession; accepted: boolean } {
  const usable = savableBuilding(loaded) !== undefined;
  if (!usable && hasUnsavedEdits(session)) {
    const fileName = loaded.status === 'empty' ? '' : loaded.source.fileName;
    const reason = loaded.status === 'readFailed' ? loaded.reason : null;
    return { session: { ...session, kept: { fileName, reason } }, accepted: false };
  }
  return { session: { view: loaded, dirty: false, kept: null }, accepted: true };
}
