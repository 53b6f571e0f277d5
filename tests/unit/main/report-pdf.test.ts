/**
 * The drill report to PDF in the desktop app: the hidden print window's options, the printing
 * (data URL, timeouts, the window always closed, a non-PDF refused) and the IPC handler (dialog,
 * print, atomic write, plain-language failures), all with fakes instead of Electron.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../main/ipc/channels.ts';
import { registerReportHandlers, type PdfPrinter } from '../../../main/ipc/report-handlers.ts';
import {
  MAX_DATA_URL_CHARS,
  PDF_OPTIONS,
  PRINT_WINDOW_OPTIONS,
  printReportPdf,
  reportDataUrl,
  type PrintPage,
} from '../../../main/report/print-pdf.ts';
import { appSender, FakeIpcMain, fakeShell, foreignSender, type FakeShell } from './support/fake-shell.ts';

const PDF = new Uint8Array([...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)));
const HTML = '<!doctype html><html><body><h1>演练报告 Drill report</h1><svg></svg></body></html>';

/** A fake hidden window that records what it was asked, with scripted load and print answers. */
function fakePage(over: Partial<Pick<PrintPage, 'load' | 'print'>> = {}) {
  const log: string[] = [];
  let closed = 0;
  let loaded = '';
  const page: PrintPage = {
    load: over.load ?? (async (url) => void (loaded = url)),
    print: over.print ?? (async () => PDF),
    close: () => void closed++,
  };
  return {
    open: () => {
      log.push('open');
      return page;
    },
    log,
    closed: () => closed,
    loaded: () => loaded,
  };
}

describe('the print window', () => {
  it('is hidden, sandboxed, isolated and runs no script', () => {
    const w = PRINT_WINDOW_OPTIONS;
    expect(w.show).toBe(false);
    expect(w.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(w.webPreferences?.preload).toBeUndefined();
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true });
  });

  it('loads the report as a data URL that decodes to the same text (CJK included)', async () => {
    const f = fakePage();
    expect(await printReportPdf(HTML, f.open)).toBe(PDF);
    const url = f.loaded();
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8')).toBe(HTML);
    expect(f.closed()).toBe(1);
  });

  it('refuses a report too large for a data URL before opening any window', async () => {
    const big = 'x'.repeat(Math.ceil((MAX_DATA_URL_CHARS * 3) / 4) + 10);
    expect(reportDataUrl(big)).toBeNull();
    const f = fakePage();
    await expect(printReportPdf(big, f.open)).rejects.toThrow(/too large to print here \(1\.5 MB\)/);
    expect(f.log).toEqual([]);
  });

  it('closes the window when loading or printing fails, hangs, or gives no PDF', async () => {
    const cases: [Partial<Pick<PrintPage, 'load' | 'print'>>, RegExp][] = [
      [{ load: () => Promise.reject(new Error('ERR_ABORTED')) }, /ERR_ABORTED/],
      [{ load: () => new Promise<void>(() => {}) }, /did not load for printing in time/],
      [{ print: () => new Promise<Uint8Array>(() => {}) }, /took too long/],
      [{ print: async () => new Uint8Array([60, 104, 116, 109, 108, 62]) }, /did not produce a PDF/],
    ];
    for (const [over, message] of cases) {
      const f = fakePage(over);
      await expect(printReportPdf(HTML, f.open, { load: 20, print: 20 })).rejects.toThrow(message);
      expect(f.closed()).toBe(1);
    }
  });
});

describe('the export-report-PDF handler', () => {
  let shell: FakeShell;
  let ipc: FakeIpcMain;
  let printed: string[];
  let printer: PdfPrinter;

  beforeEach(() => {
    shell = fakeShell();
    ipc = new FakeIpcMain();
    printed = [];
    printer = async (html) => {
      printed.push(html);
      return PDF;
    };
    registerReportHandlers(ipc, shell.ctx, (html) => printer(html));
  });
  afterEach(() => rmSync(shell.dir, { recursive: true, force: true }));

  const invoke = (...args: unknown[]) => ipc.invoke(CHANNELS.exportReportPdf, appSender(), ...args);
  const request = { html: HTML, suggestedName: 'lifeline-report-tower.pdf' };

  it('asks where (PDF filter, in the UI language), prints, writes the PDF and adds .pdf if missing', async () => {
    shell.setLocaleTo('zh-CN');
    shell.answers.save = path.join(shell.dir, 'drill');
    const result = await invoke(request);
    const file = path.join(shell.dir, 'drill.pdf');
    expect(result).toEqual({ status: 'saved', path: file, name: 'drill.pdf' });
    expect(new Uint8Array(readFileSync(file))).toEqual(PDF);
    expect(printed).toEqual([HTML]);
    expect(shell.calls.save[0]?.defaultPath).toBe(path.join(shell.dir, 'lifeline-report-tower.pdf'));
    expect(shell.calls.save[0]?.filters?.[0]?.extensions).toEqual(['pdf']);
    // A report is not the document: no save target, no recent file.
    expect(shell.ctx.documents.get(appSender().sender.id).path).toBeNull();
    expect(await shell.ctx.recent.list()).toEqual([]);
  });

  it('prints nothing when the dialog is cancelled', async () => {
    expect(await invoke(request)).toEqual({ status: 'cancelled' });
    expect(printed).toEqual([]);
  });

  it('says in both languages why printing or writing failed, and leaves no file', async () => {
    shell.answers.save = path.join(shell.dir, 'r.pdf');
    printer = () => Promise.reject(new Error('GPU process crashed'));
    expect(await invoke(request)).toEqual({
      status: 'failed',
      reason: {
        en: 'the report could not be printed to PDF (GPU process crashed)',
        'zh-CN': '报告未能打印为 PDF（GPU process crashed）',
      },
    });
    expect(readdirSync(shell.dir).filter((n) => n.endsWith('.pdf'))).toEqual([]);
    shell.answers.save = path.join(shell.dir, 'missing-folder', 'r.pdf');
    printer = async () => PDF;
    expect(await invoke(request)).toEqual({
      status: 'failed',
      reason: { en: 'the folder does not exist', 'zh-CN': '文件夹不存在' },
    });
  });

  it.each([
    [[{ html: '', suggestedName: 'r.pdf' }]],
    [[{ html: 1, suggestedName: 'r.pdf' }]],
    [[{ html: HTML, suggestedName: '../r.pdf' }]],
    [[{ html: HTML, suggestedName: 'r.pdf', path: '/etc/x' }]],
    [[request, 'extra']],
    [[]],
  ])('refuses the bad payload %j before any dialog', async (args) => {
    await expect(invoke(...args)).rejects.toThrow(/IPC refused/);
    expect(shell.calls.save).toEqual([]);
    expect(printed).toEqual([]);
  });

  it('refuses a foreign sender', async () => {
    await expect(
      ipc.invoke(CHANNELS.exportReportPdf, foreignSender('https://evil.example/'), request),
    ).rejects.toThrow(/IPC refused/);
    expect(shell.calls.save).toEqual([]);
  });
});
