/**
 * What happens when the user closes a window: a clean window closes; a dirty one asks Save / Don't
 * save / Cancel. Save asks the renderer to save (it holds the document) and closes once the save
 * succeeds (file-handlers.ts); a cancelled or failed save keeps the window open.
 */
import { askUnsaved } from '../ipc/document-handlers.ts';
import type { ShellContext } from '../ipc/shell-context.ts';

/**
 * Call from the window's `close` event. Returns true when the close may go ahead now; otherwise the
 * caller must `preventDefault()` — synchronously, which is why the question is asked afterwards.
 */
export function allowClose(ctx: ShellContext, windowId: number): boolean {
  const doc = ctx.documents.get(windowId);
  if (!doc.dirty || doc.closeApproved) return true;
  // A second click on the close button while the question is open must not ask twice.
  if (doc.closePromptOpen) return false;
  doc.closePromptOpen = true;
  void askUnsaved(ctx, windowId)
    .catch(() => 'cancel' as const)
    .then((choice) => {
      doc.closePromptOpen = false;
      if (choice === 'discard') {
        doc.closeApproved = true;
        ctx.closeWindow(windowId);
      } else if (choice === 'save') {
        doc.closeAfterSave = true;
        ctx.sendCommand(windowId, { type: 'save' });
      }
    });
  return false;
}
