/**
 * The preload of the main window, bundled to one CJS file (sandboxed preloads can only `require`
 * `electron`, `events`, `timers` and `url`). It exposes a frozen `window.lifelineDesktop` with one
 * function per capability (ipc/contract.ts); no `ipcRenderer` and no generic `send`/`invoke`. Main
 * checks the sender and the payload of every call (ipc/handle.ts).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS } from './ipc/channels.ts';
import type { DesktopApi, DesktopCommand } from './ipc/contract.ts';

export type { DesktopApi } from './ipc/contract.ts';

const api: DesktopApi = Object.freeze({
  runtime: 'electron',
  versions: Object.freeze({
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
  }),
  openFile: () => ipcRenderer.invoke(CHANNELS.openFile),
  openRecent: (path) => ipcRenderer.invoke(CHANNELS.openRecent, path),
  save: (request) => ipcRenderer.invoke(CHANNELS.save, request),
  saveAs: (request) => ipcRenderer.invoke(CHANNELS.saveAs, request),
  listRecent: () => ipcRenderer.invoke(CHANNELS.listRecent),
  exportReport: (request) => ipcRenderer.invoke(CHANNELS.exportReport, request),
  exportReportPdf: (request) => ipcRenderer.invoke(CHANNELS.exportReportPdf, request),
  revealInFolder: () => ipcRenderer.invoke(CHANNELS.revealInFolder),
  confirmUnsaved: () => ipcRenderer.invoke(CHANNELS.confirmUnsaved),
  setDocumentState: (update) => ipcRenderer.invoke(CHANNELS.documentState, update),
  setLocale: (locale) => ipcRenderer.invoke(CHANNELS.setLocale, locale),
  onCommand: (listener) => {
    // The page gets the command only, never the IPC event (it carries `sender`).
    const forward = (_event: IpcRendererEvent, command: DesktopCommand) => listener(command);
    ipcRenderer.on(CHANNELS.command, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.command, forward);
    };
  },
} satisfies DesktopApi);

contextBridge.exposeInMainWorld('lifelineDesktop', api);
