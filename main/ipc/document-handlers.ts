/**
 * The document IPC handlers: the renderer reports whether its document is dirty and which file it
 * now is, asks the unsaved-changes question before replacing the document, and sets the language of
 * native menus and dialogs. Sender and payload are checked first (handle.ts).
 */
import path from 'node:path';
import { unsavedChoiceFor, unsavedPromptOptions } from '../documents/unsaved-prompt.ts';
import { CHANNELS } from './channels.ts';
import type { UnsavedChoice } from './contract.ts';
import { handleValidated, type IpcMainLike } from './handle.ts';
import { DocumentStateUpdateSchema, LocaleSchema, NoPayloadSchema } from './schemas.ts';
import type { ShellContext } from './shell-context.ts';

/** Asks Save / Don't save / Cancel if the window's document is dirty; `discard` if it is clean. */
export async function askUnsaved(ctx: ShellContext, windowId: number): Promise<UnsavedChoice> {
  const doc = ctx.documents.get(windowId);
  if (!doc.dirty) return 'discard';
  const name = doc.path === null ? null : path.basename(doc.path);
  return unsavedChoiceFor(
    await ctx.dialogs.showMessage(windowId, unsavedPromptOptions(ctx.getLocale(), name)),
  );
}

export function registerDocumentHandlers(ipc: IpcMainLike, ctx: ShellContext): void {
  handleValidated(ipc, CHANNELS.confirmUnsaved, NoPayloadSchema, (event) => askUnsaved(ctx, event.sender.id));

  handleValidated(ipc, CHANNELS.documentState, DocumentStateUpdateSchema, async (event, update) => {
    const doc = ctx.documents.get(event.sender.id);
    doc.dirty = update.dirty;
    if (update.file === 'untitled') doc.path = null;
    if (update.file === 'opened' && doc.openedPath !== null) {
      doc.path = doc.openedPath;
      await ctx.recent.add(doc.openedPath);
    }
    if (update.file !== 'unchanged') doc.openedPath = null;
    ctx.documentChanged(event.sender.id);
  });

  handleValidated(ipc, CHANNELS.setLocale, LocaleSchema, (_event, locale) => {
    ctx.setLocale(locale);
  });
}
