/**
 * The two-step load (renderer/src/load/staged-load.ts) ends with what `loadBuildingText` says of the
 * same text — valid, semantically broken, or refused early — and keeps the building it handed out
 * for drawing. Node has no Web Worker, so step 2 runs in-thread here (the fallback); a worker that
 * dies falls back the same way; the worker path itself is exercised by the e2e specs (the app opens
 * its sample through it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBuildingText } from '../../../models/index.ts';
import { loadInSteps } from '../../../renderer/src/load/staged-load.ts';
import { smallTowerText } from './fixtures.ts';

function edited(edit: (b: { storeys: { height: number; doors: { segment: number[][] }[] }[] }) => void) {
  const b = JSON.parse(smallTowerText());
  edit(b);
  return JSON.stringify(b);
}

const issues = (r: {
  errors: { code: string; path: string }[];
  warnings: { code: string; path: string }[];
}) => ({
  errors: r.errors.map((e) => `${e.code} ${e.path}`),
  warnings: r.warnings.map((e) => `${e.code} ${e.path}`),
});

describe('loading in two steps', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws a valid file at once and finishes with the same building object and no errors', async () => {
    const text = smallTowerText();
    const first = loadInSteps(text, 'small.json');
    if ('result' in first) throw new Error('a valid file must be drawable');
    const result = await first.finish();
    expect(result.building).toBe(first.drawable);
    expect(result.file).toBe('small.json');
    expect(issues(result)).toEqual(issues(loadBuildingText(text, 'small.json')));
  });

  it('draws a file whose only errors are semantic, then reports them and gives no building', async () => {
    const text = edited((b) => {
      b.storeys[0]!.doors[0]!.segment = [
        [2, 5],
        [3, 5],
      ];
    });
    const first = loadInSteps(text, 'door.json');
    if ('result' in first) throw new Error('a schema-valid file must be drawable');
    const result = await first.finish();
    expect(result.building).toBeUndefined();
    expect(result.errors.map((e) => e.code)).toContain('door.notOnSharedWall');
    expect(issues(result)).toEqual(issues(loadBuildingText(text, 'door.json')));
  });

  it('gives the loader’s own result at once for a schema error or broken JSON', () => {
    for (const text of [
      edited((b) => {
        b.storeys[0]!.height = -3;
      }),
      '{"storeys": [',
    ]) {
      const first = loadInSteps(text, 'bad.json');
      if (!('result' in first)) throw new Error('a file refused early has no drawing');
      expect(first.result.building).toBeUndefined();
      expect(first.result.errors.length).toBeGreaterThan(0);
      expect(issues(first.result)).toEqual(issues(loadBuildingText(text, 'bad.json')));
    }
  });

  it('checks the file in-thread when the worker dies', async () => {
    // Node has no ErrorEvent; the browser's carries the reason in `message`.
    class ErrorEvent extends Event {
      message = 'out of memory';
    }
    vi.stubGlobal('ErrorEvent', ErrorEvent);
    class DyingWorker extends EventTarget {
      constructor() {
        super();
        setTimeout(() => this.dispatchEvent(new ErrorEvent('error')), 0);
      }
      postMessage(): void {}
      terminate(): void {}
    }
    vi.stubGlobal('Worker', DyingWorker);
    const text = edited((b) => {
      b.storeys[0]!.doors[0]!.segment = [
        [2, 5],
        [3, 5],
      ];
    });
    const first = loadInSteps(text, 'door.json');
    if ('result' in first) throw new Error('a schema-valid file must be drawable');
    const result = await first.finish();
    expect(result.errors.map((e) => e.code)).toContain('door.notOnSharedWall');
  });

  it('keeps the worker for the next load once a check has answered', async () => {
    let started = 0;
    let terminated = 0;
    // Answers every comlink call with a valid, issue-free check.
    class AnsweringWorker extends EventTarget {
      constructor() {
        super();
        started++;
      }
      postMessage(msg: { id?: string; type?: string }): void {
        if (msg.type !== 'APPLY' || msg.id === undefined) return;
        const data = { id: msg.id, type: 'RAW', value: { valid: true, errors: [], warnings: [] } };
        setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })), 0);
      }
      terminate(): void {
        terminated++;
      }
    }
    vi.stubGlobal('Worker', AnsweringWorker);
    for (let k = 0; k < 2; k++) {
      const first = loadInSteps(smallTowerText(), 'small.json');
      if ('result' in first) throw new Error('a valid file must be drawable');
      const result = await first.finish();
      expect(result.building).toBe(first.drawable);
      first.cancel(); // too late: the check has answered
    }
    expect({ started, terminated }).toEqual({ started: 1, terminated: 0 });
  });

  it('rejects when a newer load cancels it', async () => {
    class SilentWorker extends EventTarget {
      postMessage(): void {}
      terminate(): void {}
    }
    vi.stubGlobal('Worker', SilentWorker);
    const first = loadInSteps(smallTowerText(), 'small.json');
    if ('result' in first) throw new Error('a valid file must be drawable');
    const done = first.finish();
    first.cancel();
    await expect(done).rejects.toThrow(/newer load/);
  });
});
