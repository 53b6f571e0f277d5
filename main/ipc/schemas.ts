/**
 * zod schemas of every IPC payload main accepts. Main never trusts the renderer: a payload that does
 * not match is refused before any file is touched. No Node or Electron imports (pure contract).
 */
import { z } from 'zod';
import { LIMITS } from '../../models/index.ts';

/** A file name offered in a Save dialog: one segment, no separators, no control characters. */
export const FileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (s) => !/[\\/]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 0x20) && s !== '.' && s !== '..',
    'must be a plain file name',
  );

export const SaveRequestSchema = z.strictObject({
  // A UTF-16 length bound; the byte size is checked again when written.
  text: z.string().max(LIMITS.maxFileBytes),
  suggestedName: FileNameSchema,
});

/** Reports may be large (a PDF with charts), but not unbounded. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export const ExportReportRequestSchema = z.strictObject({
  format: z.enum(['html', 'pdf']),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength <= MAX_REPORT_BYTES, {
    message: `must be bytes (at most ${MAX_REPORT_BYTES} bytes)`,
  }),
  suggestedName: FileNameSchema,
});

/** The report HTML main prints to PDF: text, bounded like a report's bytes. */
export const ExportReportPdfRequestSchema = z.strictObject({
  html: z.string().min(1).max(MAX_REPORT_BYTES),
  suggestedName: FileNameSchema,
});

export const RecentPathSchema = z.string().min(1).max(4096);

export const DocumentStateUpdateSchema = z.strictObject({
  dirty: z.boolean(),
  file: z.enum(['opened', 'untitled', 'unchanged']),
});

export const LocaleSchema = z.enum(['en', 'zh-CN']);

/** For channels that take no argument: nothing at all may be sent. */
export const NoPayloadSchema = z.undefined();
