/**
 * The app's Compare tool, report export and recent list, their pure parts: scenario order and the
 * baseline, the run count, the run state machine, progress, delta colours, report file names, where
 * a report is saved (browser vs desktop bridge), and the recent list as shown.
 */
import { describe, expect, it, vi } from 'vitest';
import { generateTower } from '../../../models/generator/tower.ts';
import type { Figure } from '../../../drill/compare.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import type { DesktopApi, SaveResult } from '../../../main/ipc/contract.ts';
import {
  AS_DRAWN,
  compareFraction,
  compareReducer,
  deltaTone,
  orderedPick,
  parseRuns,
  scenarioKeys,
  type CompareState,
} from '../../../renderer/src/compare/compare-model.ts';
import {
  browserRuntime,
  chooseReportSaver,
  desktopReportSaver,
  reportFileName,
} from '../../../renderer/src/report/report-saver.ts';
import { recentBridge, recentFolder, shownRecent } from '../../../renderer/src/recent/recent-files.ts';

const b = generateTower({ storeys: 3, units: 2, occupantsPerUnit: 1, stairs: 'two', seed: 1 });

describe('compare model', () => {
  it('orders the picked scenarios as shown, the building as drawn first, whatever the click order', () => {
    expect(scenarioKeys(b)).toEqual([AS_DRAWN, 'baseline', 'night', 'stairA-smoke']);
    expect(orderedPick(b, new Set(['stairA-smoke', 'gone', 'baseline']))).toEqual([
      'baseline',
      'stairA-smoke',
    ]);
    expect(orderedPick(b, new Set(['night', AS_DRAWN]))).toEqual([AS_DRAWN, 'night']);
  });

  it('accepts 1 to 50 whole runs only', () => {
    expect(parseRuns(' 5 ')).toBe(5);
    expect(parseRuns('1')).toBe(1);
    expect(parseRuns('50')).toBe(50);
    for (const bad of ['0', '51', '2.5', '-1', '', 'five', '1e1']) expect(parseRuns(bad)).toBeNull();
  });

  it('ignores events of an older run and keeps no half result', () => {
    const request = { scenarios: ['baseline', null], runs: 2 };
    const results = [{ scenario: 'baseline' }] as DrillScenarioResult[];
    let s: CompareState = compareReducer({ status: 'idle' }, { type: 'start', id: 1, request });
    s = compareReducer(s, { type: 'start', id: 2, request });
    expect(compareReducer(s, { type: 'done', id: 1, results })).toBe(s);
    const p = { scenario: 1, scenarios: 2, run: 1, runs: 2 };
    s = compareReducer(s, { type: 'progress', id: 2, progress: p });
    expect(s).toMatchObject({ status: 'running', progress: p });
    expect(compareReducer(s, { type: 'cancelled', id: 2 })).toEqual({ status: 'idle' });
    expect(compareReducer(s, { type: 'failed', id: 2, reason: 'out of memory' })).toEqual({
      status: 'failed',
      request,
      reason: 'out of memory',
    });
    expect(compareReducer(s, { type: 'done', id: 2, results })).toEqual({ status: 'done', request, results });
    expect(compareReducer(s, { type: 'reset' })).toEqual({ status: 'idle' });
  });

  it('counts water and trucks as a step after the runs, so the bar never sits full early', () => {
    expect(compareFraction(null)).toBe(0);
    expect(compareFraction({ scenario: 0, scenarios: 2, run: 0, runs: 3 })).toBe(0);
    expect(compareFraction({ scenario: 0, scenarios: 2, run: 3, runs: 3 })).toBeCloseTo(0.375);
    expect(compareFraction({ scenario: 1, scenarios: 2, run: 3, runs: 3 })).toBeLessThan(1);
  });

  it('colours a delta by whether more is better for that figure', () => {
    const fig = (higherIsBetter: boolean, deltas: (number | null)[]): Figure => ({
      key: 'k',
      label: { en: 'k', 'zh-CN': 'k' },
      higherIsBetter,
      values: deltas.map(() => ({ kind: 'time', value: 1 })),
      deltas,
    });
    const rset = fig(false, [0, -28, 12, 0, null]);
    expect([0, 1, 2, 3, 4].map((i) => deltaTone(rset, i))).toEqual([null, 'better', 'worse', 'same', null]);
    const storey = fig(true, [0, 12, -1]);
    expect([1, 2].map((i) => deltaTone(storey, i))).toEqual(['better', 'worse']);
  });
});

describe('report export', () => {
  it('names the file after the building file, safely', () => {
    expect(reportFileName('old-tower-1998-24f.json', 'Old tower')).toBe(
      'lifeline-report-old-tower-1998-24f.html',
    );
    expect(reportFileName('a/b:c*?.JSON', 'x', 'pdf')).toBe('lifeline-report-a-b-c.pdf');
    expect(reportFileName('', '渝中 住宅 33F')).toBe('lifeline-report-渝中-住宅-33F.html');
    expect(reportFileName('..', '')).toBe('lifeline-report-building.html');
    expect([...reportFileName('x'.repeat(300), '')].length).toBe('lifeline-report-'.length + 60 + 5);
  });

  it('names the browser that ran the engines', () => {
    expect(
      browserRuntime(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
      ),
    ).toBe('HeadlessChrome 140 (web)');
    expect(browserRuntime('Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0')).toBe(
      'Firefox 130 (web)',
    );
    expect(browserRuntime('')).toBe('browser');
  });

  it('saves through the desktop bridge: HTML as UTF-8 bytes, PDF as HTML for main to print', async () => {
    const saved: SaveResult = {
      status: 'saved',
      path: '/r/lifeline-report-x.html',
      name: 'lifeline-report-x.html',
    };
    const bridge = {
      runtime: 'electron',
      versions: { electron: '45.5.0', chrome: '140.0' },
      exportReport: vi.fn(async () => saved),
      exportReportPdf: vi.fn(async (): Promise<SaveResult> => ({ status: 'cancelled' })),
    } as unknown as DesktopApi;
    const saver = desktopReportSaver(bridge);
    expect(saver.formats).toEqual(['html', 'pdf']);
    expect(saver.runtime).toBe('Electron 45.5.0 / Chrome 140.0');
    expect(await saver.save('<p>演练</p>', 'lifeline-report-x.html', 'html')).toEqual({
      status: 'saved',
      name: 'lifeline-report-x.html',
    });
    expect(bridge.exportReport).toHaveBeenCalledWith({
      format: 'html',
      bytes: new TextEncoder().encode('<p>演练</p>'),
      suggestedName: 'lifeline-report-x.html',
    });
    expect(await saver.save('<p>r</p>', 'lifeline-report-x.pdf', 'pdf')).toEqual({ status: 'cancelled' });
    expect(bridge.exportReportPdf).toHaveBeenCalledWith({
      html: '<p>r</p>',
      suggestedName: 'lifeline-report-x.pdf',
    });
    // A refused call (main's payload check) becomes a failure in words, not an unhandled rejection.
    (bridge.exportReport as ReturnType<typeof vi.fn>).mockRejectedValueOnce(
      new Error('IPC refused: too big'),
    );
    expect(await saver.save('x', 'r.html', 'html')).toEqual({
      status: 'failed',
      reason: { en: 'IPC refused: too big', 'zh-CN': 'IPC refused: too big' },
    });
    expect(chooseReportSaver({ lifelineDesktop: bridge }).formats).toEqual(['html', 'pdf']);
    expect(chooseReportSaver({ navigator: { userAgent: 'x' } }).formats).toEqual(['html']);
  });
});

describe('recent files', () => {
  it('exists only with the Electron bridge', () => {
    expect(recentBridge({})).toBeUndefined();
    expect(recentBridge({ lifelineDesktop: { runtime: 'web' } })).toBeUndefined();
    expect(recentBridge({ lifelineDesktop: { runtime: 'electron', listRecent: () => [] } })).toBeDefined();
  });

  it('shows at most five well-formed entries, newest first', () => {
    const list = Array.from({ length: 7 }, (_, i) => ({ path: `/d/t${i}.json`, name: `t${i}.json` }));
    expect(shownRecent([{ path: 1 }, null, { path: '', name: 'x' }, ...list]).map((f) => f.name)).toEqual(
      list.slice(0, 5).map((f) => f.name),
    );
    expect(shownRecent('nope')).toEqual([]);
  });

  it("shows the file's folder, shortened from the left", () => {
    expect(recentFolder({ path: '/home/ann/towers/a.json', name: 'a.json' })).toBe('/home/ann/towers');
    const deep = { path: '/home/ann/very/long/folder/names/brigade-2024/towers/old/a.json', name: 'a.json' };
    const shown = recentFolder(deep, 25);
    expect(shown).toBe('…/brigade-2024/towers/old');
    expect(shown.length).toBeLessThanOrEqual(25);
    expect(recentFolder(deep, 24)).toBe('…/towers/old');
    expect(recentFolder({ path: 'C:\\Users\\ann\\Documents\\b.json', name: 'b.json' })).toBe(
      'C:\\Users\\ann\\Documents',
    );
  });
});
