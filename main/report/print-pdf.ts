/**
 * Printing the drill report to PDF with Chromium's own `webContents.printToPDF` (issue 7: "printable
 * to PDF (Electron printToPDF in the app)"). The report is self-contained HTML (inline CSS and SVG),
 * so it is loaded as a `data:` URL into a hidden, sandboxed window with JavaScript disabled (the
 * report's language toggle is the only script; without it the page shows both languages, which is
 * what a printed bilingual report should show). The window is always destroyed, also when loading
 * or printing fails or hangs. Pure: Electron comes in through `PrintPage`, so tests use fakes.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { LocalizedText } from '../../models/index.ts';

/** Chromium refuses URLs longer than 2 MiB (url::kMaxURLChars); the data URL must fit. */
export const MAX_DATA_URL_CHARS = 2 * 1024 * 1024;
/** A report loads in well under a second; these only stop a hung page from hanging the export. */
export const LOAD_TIMEOUT_MS = 30_000;
export const PRINT_TIMEOUT_MS = 60_000;

/** The hidden print window: nothing runs in it, it reaches nothing, it is never shown. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = Object.freeze({
  show: false,
  width: 1100,
  height: 1400,
  webPreferences: Object.freeze({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
    devTools: false,
  }),
});

/** The printToPDF options: A4 with the report's own colours (verdicts green and red). */
export const PDF_OPTIONS = Object.freeze({
  pageSize: 'A4' as const,
  printBackground: true,
  landscape: false,
});

/** One hidden window, as main.ts makes it from a BrowserWindow. */
export interface PrintPage {
  load(url: string): Promise<void>;
  print(options: typeof PDF_OPTIONS): Promise<Uint8Array>;
  close(): void;
}

/** Printing failed; `reason` is in both languages for the renderer to show. */
export class PdfPrintError extends Error {
  readonly reason: LocalizedText;
  constructor(reason: LocalizedText) {
    super(reason.en);
    this.name = 'PdfPrintError';
    this.reason = reason;
  }
}

/** The report as a base64 `data:` URL, or null when it is too long for Chromium to load. */
export function reportDataUrl(html: string): string | null {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  return url.length <= MAX_DATA_URL_CHARS ? url : null;
}

function within<T>(p: Promise<T>, ms: number, reason: LocalizedText): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfPrintError(reason)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** A PDF file starts with "%PDF-" (ISO 32000-1 §7.5.2). */
const isPdf = (b: Uint8Array): boolean =>
  b.length > 5 && String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!, b[4]!) === '%PDF-';

export async function printReportPdf(
  html: string,
  openPage: () => PrintPage,
  timeouts = { load: LOAD_TIMEOUT_MS, print: PRINT_TIMEOUT_MS },
): Promise<Uint8Array> {
  const url = reportDataUrl(html);
  if (url === null) {
    const mb = (Buffer.byteLength(html, 'utf8') / 1024 / 1024).toFixed(1);
    throw new PdfPrintError({
      en: `the report is too large to print here (${mb} MB); export it as HTML and print it from a browser`,
      'zh-CN': `报告过大（${mb} MB），无法在此打印；请导出为 HTML 后在浏览器中打印`,
    });
  }
  const page = openPage();
  try {
    await within(page.load(url), timeouts.load, {
      en: 'the report did not load for printing in time',
      'zh-CN': '报告未能及时加载以供打印',
    });
    const pdf = await within(page.print(PDF_OPTIONS), timeouts.print, {
      en: 'printing the report to PDF took too long',
      'zh-CN': '报告打印为 PDF 超时',
    });
    if (!isPdf(pdf))
      throw new PdfPrintError({ en: 'the printer did not produce a PDF', 'zh-CN': '打印未生成 PDF 文件' });
    return pdf;
  } finally {
    page.close();
  }
}

/** Why printing failed, in plain words in both languages. */
export function printFailureReason(error: unknown): LocalizedText {
  if (error instanceof PdfPrintError) return error.reason;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    en: `the report could not be printed to PDF (${detail})`,
    'zh-CN': `报告未能打印为 PDF（${detail}）`,
  };
}
