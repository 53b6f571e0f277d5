/**
 * The recent-files list under Open… in the desktop app (issue 6: "open via dialog, drag-and-drop
 * and recent list"). Main keeps the list (main/files/recent-store.ts) and opens only paths on it;
 * the renderer shows it and asks for one. A browser has no such list: the section is not shown.
 */
import type { DesktopApi, RecentFile } from '../../../main/ipc/contract.ts';

/** The bridge's recent-list functions, when the app runs in Electron; undefined in a browser. */
export type RecentBridge = Pick<DesktopApi, 'listRecent'>;

export function recentBridge(global: object = globalThis): RecentBridge | undefined {
  const bridge = (global as { lifelineDesktop?: DesktopApi }).lifelineDesktop;
  return bridge?.runtime === 'electron' ? bridge : undefined;
}

/** How many entries the side panel shows (the File menu has the full list). */
export const RECENT_SHOWN = 5;

/**
 * The folder a recent file is in, shortened from the left to `max` characters ("…/towers/2024"),
 * so two files of the same name in different folders can be told apart.
 */
export function recentFolder(file: RecentFile, max = 40): string {
  const cut = Math.max(file.path.length - file.name.length - 1, 0);
  const folder = file.path.slice(0, cut);
  if (folder.length <= max) return folder;
  const parts = folder.split(/[\\/]/);
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const next = out === '' ? parts[i]! : `${parts[i]!}/${out}`;
    if (next.length + 2 > max) break;
    out = next;
  }
  return `…/${out || folder.slice(-(max - 2))}`;
}

/** The list as shown: valid entries only (main's answer crosses a process boundary), at most RECENT_SHOWN. */
export function shownRecent(list: unknown): RecentFile[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (f): f is RecentFile =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as RecentFile).path === 'string' &&
        typeof (f as RecentFile).name === 'string' &&
        (f as RecentFile).path !== '',
    )
    .slice(0, RECENT_SHOWN);
}
