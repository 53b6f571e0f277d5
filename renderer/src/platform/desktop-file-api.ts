/**
 * The FileApi of the desktop app, over the preload bridge (`window.lifelineDesktop`): main shows
 * the native dialogs, reads and writes the files (atomically) and keeps the recent list; here the
 * results become what the UI expects. Failures carry main's reason in the UI language.
 */
import type { Locale } from '../../../models/index.ts';
import type { DesktopApi, OpenResult } from '../../../main/ipc/contract.ts';
import type { FileApi, PickedFile } from '../file-api.ts';

export function desktopFileApi(api: DesktopApi, initialLocale: Locale = 'en'): FileApi {
  let locale = initialLocale;

  function picked(result: OpenResult): PickedFile | null {
    switch (result.status) {
      case 'opened':
        return { name: result.name, bytes: result.bytes, path: result.path };
      case 'cancelled':
        return null;
      case 'failed':
        throw new Error(`${result.name}: ${result.reason[locale]}`);
    }
  }

  return {
    openBuildingFile: async () => picked(await api.openFile()),
    openRecentFile: async (path) => picked(await api.openRecent(path)),
    async saveBuildingFile(doc, mode) {
      const request = { text: doc.text, suggestedName: doc.name };
      const result = mode === 'save' ? await api.save(request) : await api.saveAs(request);
      if (result.status === 'failed') throw new Error(result.reason[locale]);
      return result.status === 'saved' ? { name: result.name } : null;
    },
    // Main asks natively, in the language it was given, and only if it knows the document is dirty.
    confirmReplace: () => api.confirmUnsaved(),
    documentChanged: (update) => void api.setDocumentState(update),
    setLocale(next) {
      locale = next;
      void api.setLocale(next);
    },
    onCommand: (listener) => api.onCommand(listener),
  };
}
