/**
 * The file IPC handlers: open (dialog or recent list), save, save as, list recent, export report,
 * reveal in folder. Every one checks the sender and its payload first (handle.ts). Files are read
 * through node/read-file.ts (size-checked, plain-language reasons) and written with
 * node/atomic-write.ts; the renderer validates the bytes with the model's loader, never main.
 */
import path from 'node:path';
import { writeFileAtomic } from '../../node/atomic-write.ts';
import { readUserFile } from '../../node/read-file.ts';
import {
  exportReportDialogOptions,
  openBuildingDialogOptions,
  saveBuildingDialogOptions,
  withJsonExtension,
} from '../files/dialog-options.ts';
import { writeFailureReason } from '../files/write-failure.ts';
import { CHANNELS } from './channels.ts';
import type { OpenResult, SaveRequest, SaveResult } from './contract.ts';
import { handleValidated, type IpcMainLike } from './handle.ts';
import {
  ExportReportRequestSchema,
  NoPayloadSchema,
  RecentPathSchema,
  SaveRequestSchema,
} from './schemas.ts';
import type { ShellContext } from './shell-context.ts';

/** The file IO the handlers use; tests may swap in failing writers. */
export interface FileIo {
  read: typeof readUserFile;
  write: typeof writeFileAtomic;
}

const NODE_FILE_IO: FileIo = { read: readUserFile, write: writeFileAtomic };

export function registerFileHandlers(ipc: IpcMainLike, ctx: ShellContext, io: FileIo = NODE_FILE_IO): void {
  /** Reads a file for a window; it becomes the document's file only once the renderer accepts it. */
  async function readForWindow(windowId: number, filePath: string): Promise<OpenResult> {
    const name = path.basename(filePath);
    const read = await io.read(filePath);
    if (!read.ok) return { status: 'failed', name, reason: read.reason };
    ctx.documents.get(windowId).openedPath = filePath;
    return { status: 'opened', path: filePath, name, bytes: read.bytes };
  }

  async function writeDocument(
    windowId: number,
    filePath: string,
    request: SaveRequest,
  ): Promise<SaveResult> {
    const doc = ctx.documents.get(windowId);
    try {
      await io.write(filePath, request.text);
    } catch (error) {
      doc.closeAfterSave = false;
      return { status: 'failed', reason: writeFailureReason(error) };
    }
    doc.path = filePath;
    doc.dirty = false;
    await ctx.recent.add(filePath);
    ctx.documentChanged(windowId);
    if (doc.closeAfterSave) {
      doc.closeAfterSave = false;
      ctx.closeWindow(windowId);
    }
    return { status: 'saved', path: filePath, name: path.basename(filePath) };
  }

  async function saveAs(windowId: number, request: SaveRequest): Promise<SaveResult> {
    const doc = ctx.documents.get(windowId);
    const chosen = await ctx.dialogs.showSave(
      windowId,
      saveBuildingDialogOptions(ctx.getLocale(), request.suggestedName, doc.path, ctx.defaultDir),
    );
    if (chosen.canceled || chosen.filePath === undefined || chosen.filePath === '') {
      doc.closeAfterSave = false;
      return { status: 'cancelled' };
    }
    return writeDocument(windowId, withJsonExtension(chosen.filePath), request);
  }

  handleValidated(ipc, CHANNELS.openFile, NoPayloadSchema, async (event) => {
    const doc = ctx.documents.get(event.sender.id);
    const chosen = await ctx.dialogs.showOpen(
      event.sender.id,
      openBuildingDialogOptions(ctx.getLocale(), doc.path === null ? ctx.defaultDir : path.dirname(doc.path)),
    );
    const filePath = chosen.filePaths[0];
    if (chosen.canceled || filePath === undefined) return { status: 'cancelled' } satisfies OpenResult;
    return readForWindow(event.sender.id, filePath);
  });

  handleValidated(ipc, CHANNELS.openRecent, RecentPathSchema, async (event, filePath) => {
    // Only paths main itself put on the list: the renderer cannot make main read any file it likes.
    if (!(await ctx.recent.has(filePath))) throw new Error('IPC refused: not a recent file');
    const result = await readForWindow(event.sender.id, filePath);
    if (result.status === 'failed') await ctx.recent.remove(filePath);
    return result;
  });

  handleValidated(ipc, CHANNELS.save, SaveRequestSchema, (event, request) => {
    const doc = ctx.documents.get(event.sender.id);
    return doc.path === null
      ? saveAs(event.sender.id, request)
      : writeDocument(event.sender.id, doc.path, request);
  });

  handleValidated(ipc, CHANNELS.saveAs, SaveRequestSchema, (event, request) =>
    saveAs(event.sender.id, request),
  );

  handleValidated(ipc, CHANNELS.listRecent, NoPayloadSchema, () => ctx.recent.list());

  handleValidated(ipc, CHANNELS.exportReport, ExportReportRequestSchema, async (event, request) => {
    const chosen = await ctx.dialogs.showSave(
      event.sender.id,
      exportReportDialogOptions(ctx.getLocale(), request.format, request.suggestedName, ctx.defaultDir),
    );
    if (chosen.canceled || chosen.filePath === undefined || chosen.filePath === '') {
      return { status: 'cancelled' } satisfies SaveResult;
    }
    try {
      await io.write(chosen.filePath, request.bytes);
    } catch (error) {
      return { status: 'failed', reason: writeFailureReason(error) } satisfies SaveResult;
    }
    return {
      status: 'saved',
      path: chosen.filePath,
      name: path.basename(chosen.filePath),
    } satisfies SaveResult;
  });

  handleValidated(ipc, CHANNELS.revealInFolder, NoPayloadSchema, (event) => {
    const filePath = ctx.documents.get(event.sender.id).path;
    if (filePath === null) return false;
    ctx.revealInFolder(filePath);
    return true;
  });
}
