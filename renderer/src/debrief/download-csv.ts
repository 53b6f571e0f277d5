/**
 * Saves a CSV as a download: in a browser the browser's download (asking where, if set to); in the
 * desktop app Electron's own download handling, which asks where with the native save dialog. With
 * a BOM, so a spreadsheet (Excel) reads the UTF-8 Chinese comments as such and not as the system
 * code page; drill/csv.ts drops the BOM on reading.
 */
export function downloadCsv(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  // The download has started from the URL by now; free it a little later (Chromium needs the tick).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
