/**
 * IPC channel names between the preload and main, in their own module with no imports so the
 * sandboxed preload bundle stays tiny (no zod, no models) and both sides spell every name the same.
 */
export const CHANNELS = {
  openFile: 'lifeline:file/open',
  openRecent: 'lifeline:file/open-recent',
  save: 'lifeline:file/save',
  saveAs: 'lifeline:file/save-as',
  listRecent: 'lifeline:file/list-recent',
  exportReport: 'lifeline:file/export-report',
  exportReportPdf: 'lifeline:file/export-report-pdf',
  revealInFolder: 'lifeline:file/reveal-in-folder',
  confirmUnsaved: 'lifeline:document/confirm-unsaved',
  documentState: 'lifeline:document/state',
  setLocale: 'lifeline:app/set-locale',
  /** main → renderer only (menu commands); never handled by `ipcMain`. */
  command: 'lifeline:app/command',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];
