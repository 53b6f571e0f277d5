/**
 * How the renderer reads and writes files. Two implementations with one interface, chosen at start
 * (platform/choose-file-api.ts), so the UI does not care which it has:
 * - the browser one here: `<input type="file">` to open, a download to save;
 * - the desktop one (platform/desktop-file-api.ts) over the preload bridge: native dialogs, atomic
 *   saves, recent files and menu commands, all in main.
 */
import type { Locale } from '../../models/index.ts';
import type { DesktopCommand, DocumentStateUpdate, UnsavedChoice } from '../../main/ipc/contract.ts';

export type { DesktopCommand } from '../../main/ipc/contract.ts';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** Set when the file came from a desktop dialog or the recent list (main knows its path). */
  path?: string;
}

export interface DocumentToSave {
  /** File name to offer (Save As) — the document's current name. */
  name: string;
  text: string;
}

export interface FileApi {
  /** Resolves to the chosen file, or null if the user cancelled. Rejects if it cannot be read. */
  openBuildingFile(): Promise<PickedFile | null>;
  /** A file of the recent list (desktop only; the browser has none and resolves null). */
  openRecentFile(path: string): Promise<PickedFile | null>;
  /** Resolves to the saved file's name, or null if cancelled. Rejects with a reason if it failed. */
  saveBuildingFile(doc: DocumentToSave, mode: 'save' | 'saveAs'): Promise<{ name: string } | null>;
  /**
   * Asks whether unsaved changes may be replaced: Save / Don't save / Cancel. `message` is the
   * question in the UI language, for implementations without their own dialog.
   */
  confirmReplace(message: string): Promise<UnsavedChoice>;
  /** The document changed (desktop: main tracks the dirty flag and the file for Save and close). */
  documentChanged(update: DocumentStateUpdate): void;
  /** The UI language changed (desktop: native menus and dialogs follow it). */
  setLocale(locale: Locale): void;
  /** Menu commands from the desktop shell; returns the unsubscribe function. */
  onCommand(listener: (command: DesktopCommand) => void): () => void;
}

/** Reads a browser `File` (from the file chooser or a drop) as a PickedFile. */
export async function pickedFromFile(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  // The download has started from the URL by now; free it a little later (Chromium needs the tick).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const browserFileApi: FileApi = {
  openBuildingFile() {
    return new Promise<PickedFile | null>((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.addEventListener('cancel', () => resolve(null), { once: true });
      input.addEventListener(
        'change',
        () => {
          const file = input.files?.[0];
          if (file === undefined) {
            resolve(null);
            return;
          }
          pickedFromFile(file).then(resolve, (err: unknown) =>
            reject(err instanceof Error ? err : new Error(String(err))),
          );
        },
        { once: true },
      );
      input.click();
    });
  },
  openRecentFile: () => Promise.resolve(null),
  // A browser cannot write files: Save and Save As both download (the browser asks where, if set to).
  saveBuildingFile(doc) {
    download(doc.name, doc.text);
    return Promise.resolve({ name: doc.name });
  },
  confirmReplace: (message) => Promise.resolve(window.confirm(message) ? 'discard' : 'cancel'),
  documentChanged: () => undefined,
  setLocale: () => undefined,
  onCommand: () => () => undefined,
};
