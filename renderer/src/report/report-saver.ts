/**
 * Where an exported drill report goes. In a browser: a download (`lifeline-report-<building>.html`).
 * In the desktop app: main asks where with the native dialog and writes atomically (HTML as bytes),
 * or prints the HTML to PDF first (Chromium's printToPDF in a hidden window without script). Chosen
 * like the FileApi (platform/choose-file-api.ts): the bridge when the preload exposed it.
 */
import type { Locale, LocalizedText } from '../../../models/index.ts';
import type { DesktopApi, SaveResult } from '../../../main/ipc/contract.ts';

export type ReportFormat = 'html' | 'pdf';

export type ReportSaveResult =
  { status: 'saved'; name: string } | { status: 'cancelled' } | { status: 'failed'; reason: LocalizedText };

export interface ReportSaver {
  /** What this platform can write: HTML everywhere, PDF in the desktop app. */
  readonly formats: readonly ReportFormat[];
  save(html: string, suggestedName: string, format: ReportFormat): Promise<ReportSaveResult>;
  /** The runtime that ran the engines, for the report's versions table. */
  readonly runtime: string;
}

/**
 * `lifeline-report-<file name without .json>.html`: characters no file system takes become "-";
 * the building's name is the fallback for a file without a usable name.
 */
export function reportFileName(
  fileName: string,
  buildingName: string,
  format: ReportFormat = 'html',
): string {
  const clean = (s: string): string =>
    [...s]
      .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '-' : c))
      .join('')
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '');
  const stem = clean(fileName.replace(/\.json$/i, '')) || clean(buildingName) || 'building';
  // Well under every file system's 255-byte name limit, even in UTF-8 CJK (3 bytes a character).
  return `lifeline-report-${[...stem].slice(0, 60).join('')}.${format}`;
}

/** "Chrome 140" from a user agent, else the whole agent (the report's runtime line). */
export function browserRuntime(userAgent: string): string {
  const m = /(?:HeadlessChrome|Chrome|Firefox|Version)\/(\d+)/.exec(userAgent);
  const name = /HeadlessChrome/.test(userAgent)
    ? 'HeadlessChrome'
    : /Chrome\//.test(userAgent)
      ? 'Chrome'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  return name !== null && m ? `${name} ${m[1]} (web)` : userAgent || 'browser';
}

const same = (text: string): LocalizedText => ({ en: text, 'zh-CN': text });

function download(name: string, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  // The download has started from the URL by now; free it a little later (Chromium needs the tick).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function browserReportSaver(userAgent: string): ReportSaver {
  return {
    formats: ['html'],
    runtime: browserRuntime(userAgent),
    save(html, suggestedName) {
      download(suggestedName, html);
      return Promise.resolve({ status: 'saved', name: suggestedName });
    },
  };
}

function fromSave(r: SaveResult): ReportSaveResult {
  switch (r.status) {
    case 'saved':
      return { status: 'saved', name: r.name };
    case 'cancelled':
      return { status: 'cancelled' };
    case 'failed':
      return { status: 'failed', reason: r.reason };
  }
}

export function desktopReportSaver(api: DesktopApi): ReportSaver {
  return {
    formats: ['html', 'pdf'],
    runtime: `Electron ${api.versions.electron} / Chrome ${api.versions.chrome}`,
    async save(html, suggestedName, format) {
      try {
        if (format === 'pdf') return fromSave(await api.exportReportPdf({ html, suggestedName }));
        const bytes = new TextEncoder().encode(html);
        return fromSave(await api.exportReport({ format: 'html', bytes, suggestedName }));
      } catch (err) {
        // A refused call (main's payload check) rejects: say so rather than fail silently.
        return { status: 'failed', reason: same(err instanceof Error ? err.message : String(err)) };
      }
    },
  };
}

export function chooseReportSaver(global: object = globalThis): ReportSaver {
  const bridge = (global as { lifelineDesktop?: DesktopApi }).lifelineDesktop;
  if (bridge?.runtime === 'electron') return desktopReportSaver(bridge);
  const ua = (global as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? '';
  return browserReportSaver(ua);
}

/** The reason of a failed save in the UI language. */
export const reasonIn = (r: LocalizedText, locale: Locale): string => r[locale];
