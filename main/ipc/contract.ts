/**
 * The contract between the renderer and the desktop shell: what `window.lifelineDesktop` offers.
 * Pure types (plus the list of keys) with no Node or Electron import, so the renderer may import
 * this one module of main/ (eslint.config.js allows exactly this file). Payloads are checked in main
 * by the zod schemas of schemas.ts; results are plain structured-clone data.
 */
import type { Locale, LocalizedText } from '../../models/index.ts';

/** A building file the user opened before, most recent first in every list. */
export interface RecentFile {
  readonly path: string;
  /** The file name shown in menus (the last path segment). */
  readonly name: string;
}

export type OpenResult =
  | { readonly status: 'opened'; readonly path: string; readonly name: string; readonly bytes: Uint8Array }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly name: string; readonly reason: LocalizedText };

export type SaveResult =
  | { readonly status: 'saved'; readonly path: string; readonly name: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly reason: LocalizedText };

/** The document as text (the renderer serializes; main never interprets it). */
export interface SaveRequest {
  readonly text: string;
  /** File name offered by the Save As dialog when the document has no path yet. */
  readonly suggestedName: string;
}

export type ReportFormat = 'html' | 'pdf';

export interface ExportReportRequest {
  readonly format: ReportFormat;
  readonly bytes: Uint8Array;
  readonly suggestedName: string;
}

/** The drill report as HTML, for main to print to PDF (Chromium's printToPDF) and save. */
export interface ExportReportPdfRequest {
  readonly html: string;
  readonly suggestedName: string;
}

/** The answer to "save your changes first?": Save / Don't save / Cancel. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/**
 * What the renderer tells main after its document changed. `file` says which file it is now:
 * `opened` adopts the file the last open returned (only once the renderer has validated it, so a
 * rejected file never becomes the save target), `untitled` has no file (a sample, a dropped file),
 * `unchanged` only updates `dirty`.
 */
export interface DocumentStateUpdate {
  readonly dirty: boolean;
  readonly file: 'opened' | 'untitled' | 'unchanged';
}

/** What the native menu asks the renderer to do (main → renderer). */
export type DesktopCommand =
  | { readonly type: 'open' }
  | { readonly type: 'openRecent'; readonly path: string }
  | { readonly type: 'save' }
  | { readonly type: 'saveAs' }
  | { readonly type: 'exportReport' }
  | { readonly type: 'language'; readonly locale: Locale };

/** `window.lifelineDesktop`: one function per capability, nothing generic. */
export interface DesktopApi {
  readonly runtime: 'electron';
  readonly versions: { readonly electron: string; readonly chrome: string };
  /** Asks with the native Open dialog and reads the chosen file. */
  openFile(): Promise<OpenResult>;
  /** Reads a file of the recent list (main refuses any other path). */
  openRecent(path: string): Promise<OpenResult>;
  /** Writes to the document's file, or asks where (Save As) if it has none. Atomic. */
  save(request: SaveRequest): Promise<SaveResult>;
  /** Asks where with the native Save dialog, then writes atomically. */
  saveAs(request: SaveRequest): Promise<SaveResult>;
  listRecent(): Promise<readonly RecentFile[]>;
  /** Asks where, then writes the given report bytes (HTML or PDF) atomically. */
  exportReport(request: ExportReportRequest): Promise<SaveResult>;
  /** Asks where, prints the report HTML to PDF in a hidden window (no script), writes it atomically. */
  exportReportPdf(request: ExportReportPdfRequest): Promise<SaveResult>;
  /** Shows the document's file in the system file manager; false when it has no file. */
  revealInFolder(): Promise<boolean>;
  /** If the document is dirty, asks Save / Don't save / Cancel natively; otherwise `discard`. */
  confirmUnsaved(): Promise<UnsavedChoice>;
  setDocumentState(update: DocumentStateUpdate): Promise<void>;
  /** The UI language, for native menus and dialogs. */
  setLocale(locale: Locale): Promise<void>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: DesktopCommand) => void): () => void;
}

/** Every key of DesktopApi, checked both ways at compile time; the preload test compares to it. */
export const DESKTOP_API_KEYS = [
  'runtime',
  'versions',
  'openFile',
  'openRecent',
  'save',
  'saveAs',
  'listRecent',
  'exportReport',
  'exportReportPdf',
  'revealInFolder',
  'confirmUnsaved',
  'setDocumentState',
  'setLocale',
  'onCommand',
] as const satisfies readonly (keyof DesktopApi)[];

// A DesktopApi key missing from the list above is a compile error here.
const _allKeysListed: Exclude<keyof DesktopApi, (typeof DESKTOP_API_KEYS)[number]> extends never
  ? true
  : never = true;
