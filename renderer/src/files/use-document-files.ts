/**
 * The open document's file side, for App: loading over (or instead of) unsaved edits, the
 * unsaved-changes question before anything replaces the document, Save / Save As, and keeping the
 * desktop shell told (dirty flag, which file, UI language). The rules themselves are the pure
 * functions of document-session.ts; this hook applies them to React state.
 * Every returned function is stable: App's effects may depend on them without re-running.
 */
import { type Dispatch, type SetStateAction, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadResult, Locale } from '../../../models/index.ts';
import type { FileApi } from '../file-api.ts';
import type { Source, ViewState } from '../view-state.ts';
import {
  beginLoad,
  type DocumentSession,
  finishLoad,
  hasUnsavedEdits,
  type KeptEdits,
  markEdited,
  markSaved,
  savableBuilding,
} from './document-session.ts';
import { serializeBuilding, suggestedFileName } from './serialize-building.ts';

export interface DocumentFiles {
  dirty: boolean;
  /** A load that failed over unsaved edits (kept), or null. */
  kept: KeptEdits | null;
  /** Why the last save failed, or null. */
  saveError: string | null;
  canSave: boolean;
  /** Show `source` as loading (unless unsaved edits are on screen: they stay until replaced). */
  beginLoad(source: Source): void;
  /** A load finished; `file` says whether it came from a desktop dialog ('opened') or not. */
  commitLoad(view: ViewState, file: 'opened' | 'untitled'): void;
  /** Resolves true when the document may be replaced (clean, saved, or the user said Don't save). */
  confirmReplace(): Promise<boolean>;
  save(mode: 'save' | 'saveAs'): Promise<boolean>;
  /** For editing features: the document now differs from its file. */
  markEdited(): void;
  /** For editing features: `result` (a valid edit of the document's building) replaces it, edited. */
  applyEdit(result: LoadResult): void;
}

interface Options {
  fileApi: FileApi;
  view: ViewState;
  setView: Dispatch<SetStateAction<ViewState>>;
  locale: Locale;
  /** "Discard your unsaved changes?" in the UI language, for the browser's confirm(). */
  confirmMessage: string;
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function useDocumentFiles({ fileApi, view, setView, locale, confirmMessage }: Options): DocumentFiles {
  const [dirty, setDirty] = useState(false);
  const [kept, setKept] = useState<KeptEdits | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  // The latest session, readable from async code between renders.
  const session = useRef<DocumentSession>({ view, dirty, kept });
  session.current = { view, dirty, kept };
  const message = useRef(confirmMessage);
  message.current = confirmMessage;

  useEffect(() => fileApi.setLocale(locale), [fileApi, locale]);

  const actions = useMemo(() => {
    function apply(next: DocumentSession): void {
      session.current = next;
      setView(next.view);
      setDirty(next.dirty);
      setKept(next.kept);
    }

    async function save(mode: 'save' | 'saveAs'): Promise<boolean> {
      const current = session.current;
      const building = savableBuilding(current.view);
      if (building === undefined) return false;
      const name = suggestedFileName(current.view.status === 'loaded' ? current.view.source.fileName : '');
      try {
        const saved = await fileApi.saveBuildingFile({ name, text: serializeBuilding(building) }, mode);
        if (saved === null) return false;
        setSaveError(null);
        apply(markSaved(session.current, saved.name));
        return true;
      } catch (err) {
        setSaveError(reasonOf(err));
        return false;
      }
    }

    return {
      beginLoad: (source: Source) => apply(beginLoad(session.current, source)),
      commitLoad(loaded: ViewState, file: 'opened' | 'untitled') {
        const { session: next, accepted } = finishLoad(session.current, loaded);
        apply(next);
        fileApi.documentChanged({ dirty: next.dirty, file: accepted ? file : 'unchanged' });
      },
      async confirmReplace() {
        if (!hasUnsavedEdits(session.current)) return true;
        const choice = await fileApi.confirmReplace(message.current);
        if (choice === 'save') return save('save');
        // Don't save: the edits stay until a load actually replaces them (a failed load keeps them).
        return choice === 'discard';
      },
      save,
      markEdited() {
        const next = markEdited(session.current);
        if (next === session.current) return;
        apply(next);
        fileApi.documentChanged({ dirty: true, file: 'unchanged' });
      },
      applyEdit(result: LoadResult) {
        const { view, dirty: wasDirty } = session.current;
        if (view.status !== 'loaded' || result.building === undefined) return;
        apply(markEdited({ ...session.current, view: { ...view, result, draft: undefined } }));
        if (!wasDirty) fileApi.documentChanged({ dirty: true, file: 'unchanged' });
      },
    };
  }, [fileApi, setView]);

  return { dirty, kept, saveError, canSave: savableBuilding(view) !== undefined, ...actions };
}
