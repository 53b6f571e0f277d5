/**
 * Fakes for driving the IPC handlers without Electron: an `ipcMain` that records handlers and
 * invokes them like the real one, trusted and foreign senders, and a ShellContext whose dialogs
 * answer from a script and which records what main would have done to its windows.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Locale } from '../../../../models/index.ts';
import { WindowDocuments } from '../../../../main/documents/window-documents.ts';
import { createRecentStore } from '../../../../main/files/recent-store.ts';
import type { DesktopCommand } from '../../../../main/ipc/contract.ts';
import type { InvokeEvent, InvokeListener, IpcMainLike } from '../../../../main/ipc/handle.ts';
import type { ShellContext } from '../../../../main/ipc/shell-context.ts';

export const WINDOW_ID = 7;

export function appSender(id = WINDOW_ID): InvokeEvent {
  return { senderFrame: { url: 'app://lifeline/index.html' }, sender: { id } };
}

export function foreignSender(url: string | null): InvokeEvent {
  return { senderFrame: url === null ? null : { url }, sender: { id: WINDOW_ID } };
}

export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  /** Like `ipcRenderer.invoke`: a throwing handler becomes a rejected promise. */
  async invoke(channel: string, event: InvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return await handler(event, ...args);
  }
}

export interface ScriptedAnswers {
  open: string[] | null;
  save: string | null;
  message: number;
}

export interface FakeShell {
  ctx: ShellContext;
  dir: string;
  answers: ScriptedAnswers;
  calls: {
    open: OpenDialogOptions[];
    save: SaveDialogOptions[];
    message: MessageBoxOptions[];
    revealed: string[];
    commands: DesktopCommand[];
    closed: number[];
    changed: number[];
  };
  setLocaleTo(locale: Locale): void;
}

export function fakeShell(locale: Locale = 'en'): FakeShell {
  const dir = mkdtempSync(path.join(tmpdir(), 'lifeline-shell-'));
  const answers: ScriptedAnswers = { open: null, save: null, message: 2 };
  const calls: FakeShell['calls'] = {
    open: [],
    save: [],
    message: [],
    revealed: [],
    commands: [],
    closed: [],
    changed: [],
  };
  let current = locale;
  const ctx: ShellContext = {
    dialogs: {
      showOpen: async (_id, options) => {
        calls.open.push(options);
        return answers.open === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: answers.open };
      },
      showSave: async (_id, options) => {
        calls.save.push(options);
        return answers.save === null
          ? { canceled: true, filePath: '' }
          : { canceled: false, filePath: answers.save };
      },
      showMessage: async (_id, options) => {
        calls.message.push(options);
        return answers.message;
      },
    },
    documents: new WindowDocuments(),
    recent: createRecentStore({ file: path.join(dir, 'user-data', 'recent-files.json') }),
    getLocale: () => current,
    setLocale: (l) => {
      current = l;
    },
    revealInFolder: (p) => calls.revealed.push(p),
    defaultDir: dir,
    documentChanged: (id) => calls.changed.push(id),
    sendCommand: (_id, command) => calls.commands.push(command),
    closeWindow: (id) => calls.closed.push(id),
  };
  return { ctx, dir, answers, calls, setLocaleTo: (l) => (current = l) };
}
