/**
 * Everything the IPC handlers need from the outside world, passed in rather than imported, so the
 * handlers are plain modules that tests drive with fakes. main.ts builds the real one from Electron
 * (dialogs parented to the sender's window, `shell.showItemInFolder`, the user-data folder).
 * Windows are named by the id of their WebContents (`event.sender.id`).
 */
import type {
  MessageBoxOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { Locale } from '../../models/index.ts';
import type { WindowDocuments } from '../documents/window-documents.ts';
import type { RecentStore } from '../files/recent-store.ts';
import type { DesktopCommand } from './contract.ts';

export interface DialogPort {
  showOpen(windowId: number, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSave(windowId: number, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  /** Resolves to the index of the button pressed. */
  showMessage(windowId: number, options: MessageBoxOptions): Promise<number>;
}

export interface ShellContext {
  readonly dialogs: DialogPort;
  readonly documents: WindowDocuments;
  readonly recent: RecentStore;
  /** The UI language of native menus and dialogs. */
  getLocale(): Locale;
  setLocale(locale: Locale): void;
  revealInFolder(filePath: string): void;
  /** Folder the dialogs start in when the document has no file yet (e.g. Documents). */
  defaultDir?: string;
  /** A window's document changed (path or dirty): update title, menu. */
  documentChanged(windowId: number): void;
  /** Sends a menu command to a window's renderer. */
  sendCommand(windowId: number, command: DesktopCommand): void;
  closeWindow(windowId: number): void;
}
