/**
 * The preload of the main window, bundled to one CJS file (sandboxed preloads can only `require`
 * `electron`, `events`, `timers` and `url`). It exposes a minimal, frozen, typed surface; no
 * `ipcRenderer` and no generic `send`. The desktop file API (open/save dialogs) lands here later,
 * one method per IPC channel, each validated in main with `assertTrustedSender`.
 */
import { contextBridge } from 'electron';

/** What the renderer sees as `window.lifelineDesktop` when it runs inside Electron. */
export interface DesktopApi {
  readonly runtime: 'electron';
  readonly versions: { readonly electron: string; readonly chrome: string };
}

const api: DesktopApi = Object.freeze({
  runtime: 'electron',
  versions: Object.freeze({
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
  }),
});

contextBridge.exposeInMainWorld('lifelineDesktop', api);
