/**
 * Registering an `ipcMain.handle` listener that first checks who is asking (security.ts) and what
 * they sent (a zod schema). A refused call rejects the renderer's `invoke` with a short message and
 * never reaches the handler. Written against a minimal interface so tests pass a fake `ipcMain`.
 */
import type { z } from 'zod';
import { assertTrustedSender, type IpcSender } from '../security.ts';

/** The part of `IpcMainInvokeEvent` the handlers use: the frame (for the check) and its WebContents. */
export interface InvokeEvent extends IpcSender {
  readonly sender: { readonly id: number };
}

export type InvokeListener = (event: InvokeEvent, ...args: unknown[]) => unknown;

/** What `ipcMain` offers that we use; Electron's `ipcMain` satisfies it. */
export interface IpcMainLike {
  handle(channel: string, listener: InvokeListener): void;
}

export function handleValidated<S extends z.ZodType>(
  ipc: IpcMainLike,
  channel: string,
  schema: S,
  handler: (event: InvokeEvent, payload: z.output<S>) => unknown,
): void {
  ipc.handle(channel, (event, ...args) => {
    assertTrustedSender(event);
    if (args.length > 1) throw new Error(`IPC refused: ${channel} takes at most one argument`);
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      // Name the fields, never echo the payload (it may be megabytes, or hostile).
      const where = parsed.error.issues.map((i) => i.path.join('.') || '(payload)').join(', ');
      throw new Error(`IPC refused: invalid payload for ${channel} (${where})`);
    }
    return handler(event, parsed.data);
  });
}
