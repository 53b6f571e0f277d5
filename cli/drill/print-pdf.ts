/**
 * The report to PDF through headless Chromium (playwright-core, no bundled browser): only where a
 * system Chromium exists; otherwise a clear message and the HTML report still stands.
 */
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../../node/atomic-write.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export type PdfResult = { ok: true; path: string } | { ok: false; reason: { en: string; 'zh-CN': string } };

export async function printPdf(html: string, out: string): Promise<PdfResult> {
  const exe = CANDIDATES.find((p) => existsSync(p));
  if (!exe)
    return {
      ok: false,
      reason: {
        en: `no headless Chromium found (${CANDIDATES.join(', ')}); PDF skipped — open the HTML report and print it`,
        'zh-CN': `未找到无头 Chromium（${CANDIDATES.join('、')}）；已跳过 PDF——请打开 HTML 报告并打印`,
      },
    };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' },
    });
    await writeFileAtomic(out, pdf);
    return { ok: true, path: out };
  } finally {
    await browser.close();
  }
}
