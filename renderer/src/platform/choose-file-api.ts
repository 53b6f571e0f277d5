/**
 * Which FileApi the app uses: the desktop one when the preload bridge is there (the app runs in
 * Electron), otherwise the browser one (`npm run web`, the e2e tests).
 */
import type { DesktopApi } from '../../../main/ipc/contract.ts';
import { browserFileApi, type FileApi } from '../file-api.ts';
import { desktopFileApi } from './desktop-file-api.ts';

export function chooseFileApi(global: object = globalThis): FileApi {
  const bridge = (global as { lifelineDesktop?: DesktopApi }).lifelineDesktop;
  return bridge?.runtime === 'electron' ? desktopFileApi(bridge) : browserFileApi;
}
