/**
 * The report-to-PDF IPC handler: asks where (the native Save dialog, PDF filter), prints the report
 * HTML to PDF (report/print-pdf.ts, through the printer main.ts injects), writes it atomically.
 * Checked like every handler (handle.ts: sender and payload first). The HTML export goes through
 * file-handlers.ts (`exportReport`); a report never becomes the document or a recent file.
 */
import path from 'node:path';
import { writeFileAtomic } from '../../node/atomic-write.ts';
import { exportReportDialogOptions } from '../files/dialog-options.ts';
import { writeFailureReason } from '../files/write-failure.ts';
import { printFailureReason } from '../report/print-pdf.ts';
import { CHANNELS } from './channels.ts';
import type { SaveResult } from './contract.ts';
import { handleValidated, type IpcMainLike } from './handle.ts';
import { ExportReportPdfRequestSchema } from './schemas.ts';
import type { ShellContext } from './shell-context.ts';

/** Report HTML → PDF bytes (main.ts: a hidden window's printToPDF). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export interface ReportIo {
  write: (filePath: string, data: Uint8Array) => Promise<void>;
}

const NODE_REPORT_IO: ReportIo = { write: (filePath, data) => writeFileAtomic(filePath, data) };

/** Linux dialogs do not add the filter's extension. */
export function withPdfExtension(filePath: string): string {
  return /\.pdf$/i.test(filePath) ? filePath : `${filePath}.pdf`;
}

export function registerReportHandlers(
  ipc: IpcMainLike,
  ctx: ShellContext,
  printPdf: PdfPrinter,
  io: ReportIo = NODE_REPORT_IO,
): void {
  handleValidated(ipc, CHANNELS.exportReportPdf, ExportReportPdfRequestSchema, async (event, request) => {
    const chosen = await ctx.dialogs.showSave(
      event.sender.id,
      exportReportDialogOptions(ctx.getLocale(), 'pdf', request.suggestedName, ctx.defaultDir),
    );
    if (chosen.canceled || chosen.filePath === undefined || chosen.filePath === '')
      return { status: 'cancelled' } satisfies SaveResult;
    const filePath = withPdfExtension(chosen.filePath);
    let pdf: Uint8Array;
    try {
      pdf = await printPdf(request.html);
    } catch (error) {
      return { status: 'failed', reason: printFailureReason(error) } satisfies SaveResult;
    }
    try {
      await io.write(filePath, pdf);
    } catch (error) {
      return { status: 'failed', reason: writeFailureReason(error) } satisfies SaveResult;
    }
    return { status: 'saved', path: filePath, name: path.basename(filePath) } satisfies SaveResult;
  });
}
