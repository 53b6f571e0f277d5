/**
 * The Compare tab's client (renderer/src/compare/drill-client.ts) with fake Web Workers: the drill
 * worker and the pool's evacuation workers run in-process over MessageChannels, through comlink as
 * in the browser. Checked: the fallback when no pool worker can be spawned (the drill worker runs
 * every run itself, the same result, "0 workers"), a one-core machine (one pool worker), and that
 * the callbacks handed to the worker are released with the batch (workers/closable-proxy.ts).
 */
import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runTask } from '../../../../drill/evac-runner.ts';
import { drillWorkerApi, type DrillProgress } from '../../../../drill/worker-api.ts';
import { generateTower } from '../../../../models/generator/tower.ts';
import { startDrillRun } from '../../../../renderer/src/compare/drill-client.ts';
import type * as ClosableProxyModule from '../../../../renderer/src/workers/closable-proxy.ts';
import { type ClosableProxy, closableProxy } from '../../../../renderer/src/workers/closable-proxy.ts';

/** Every closable proxy the client made (the module is wrapped to record them). */
const made: ClosableProxy<object>[] = vi.hoisted(() => []);
vi.mock('../../../../renderer/src/workers/closable-proxy.ts', async (original) => {
  const m = await original<typeof ClosableProxyModule>();
  return {
    ...m,
    closableProxy: <T extends object>(obj: T) => {
      const p = m.closableProxy(obj);
      made.push(p);
      return p;
    },
  };
});

const b = generateTower({ storeys: 4, units: 2, occupantsPerUnit: 1, stairs: 'two', seed: 1 });
const [first, second] = b.scenarios ?? [];

/** What the fake Worker constructor saw and did. */
interface Spawns {
  drill: number;
  evac: number;
  refused: number;
  terminated: number;
}

/**
 * A Worker class whose workers run `api` in this thread over a MessageChannel. `evac`: what a pool
 * worker does — 'refuse' throws in the constructor (as `new Worker` does under a CSP that forbids
 * it), 'run' runs drill/evac-task-worker.ts's API.
 */
function fakeWorkers(evac: 'refuse' | 'run'): Spawns {
  const seen: Spawns = { drill: 0, evac: 0, refused: 0, terminated: 0 };
  class FakeWorker extends EventTarget {
    private readonly port: MessagePort;
    constructor(_url: URL | string, options?: { name?: string }) {
      super();
      const name = options?.name ?? '';
      if (name === 'evac' && evac === 'refuse') {
        seen.refused++;
        throw new DOMException('Worker creation refused', 'SecurityError');
      }
      if (name === 'evac') seen.evac++;
      else seen.drill++;
      const { port1, port2 } = new MessageChannel();
      expose(name === 'evac' ? { runTask } : drillWorkerApi, port2);
      port1.addEventListener('message', (e) => {
        this.dispatchEvent(new MessageEvent('message', { data: (e as MessageEvent).data }));
      });
      port1.start();
      this.port = port1;
    }
    postMessage(data: unknown, transfer: Transferable[] = []): void {
      this.port.postMessage(data, transfer);
    }
    terminate(): void {
      seen.terminated++;
      this.port.close();
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the Compare client with fake workers', () => {
  it('runs every run in the drill worker when no pool worker can be spawned, with the same result', async () => {
    const seen = fakeWorkers('refuse');
    vi.stubGlobal('navigator', { hardwareConcurrency: 4 });
    const progress: DrillProgress[] = [];
    const h = startDrillRun(b, [first!.id, second!.id], 2, (p) => void progress.push(p));
    const results = await h.result;
    const direct = await drillWorkerApi.runScenarios(b, [first!.id, second!.id], { runs: 2 });
    expect(results).toEqual(direct);
    // The pool tried once, gave up, and the panel is told no pool worker ran (compare.workersFallback).
    expect(seen.refused).toBe(1);
    expect(seen.evac).toBe(0);
    expect(h.workers()).toBe(0);
    expect(seen.drill).toBe(1);
    expect(progress.at(-1)).toEqual({ scenario: 1, scenarios: 2, run: 2, runs: 2 });
  });

  it('uses one pool worker on a one-core machine, with the same result', async () => {
    const seen = fakeWorkers('run');
    vi.stubGlobal('navigator', { hardwareConcurrency: 1 });
    const h = startDrillRun(b, [second!.id], 3, () => {});
    const results = await h.result;
    expect(results).toEqual(await drillWorkerApi.runScenarios(b, [second!.id], { runs: 3 }));
    expect(seen.evac).toBe(1);
    expect(h.workers()).toBe(1);
    // The drill worker and the pool's worker are both stopped with the batch.
    expect(seen.terminated).toBe(2);
  });

  it('closes the ports of the callbacks it handed to the drill worker when the batch ends', async () => {
    fakeWorkers('run');
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    made.length = 0;
    let during: number[] = [];
    const h = startDrillRun(b, [first!.id], 1, () => {
      during = made.map((p) => p.open());
    });
    await h.result;
    // Two callbacks (progress, the pool's runner), each exposed on one port while the batch ran…
    expect(made).toHaveLength(2);
    expect(during).toEqual([1, 1]);
    // …and none left open after it.
    expect(made.map((p) => p.open())).toEqual([0, 0]);
  });

  it('closes them when the batch is cancelled too', async () => {
    fakeWorkers('run');
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    made.length = 0;
    const h = startDrillRun(b, [first!.id, second!.id], 2, () => {});
    h.cancel();
    await expect(h.result).rejects.toThrow('comparison cancelled');
    expect(made.map((p) => p.open())).toEqual([0, 0]);
  });
});

describe('closableProxy', () => {
  it('is passed like comlink.proxy, and close() shuts the port it was exposed on', async () => {
    const { port1, port2 } = new MessageChannel();
    let kept: { ping(): Promise<string> } | undefined;
    expose(
      {
        take: async (r: { ping(): Promise<string> }) => {
          kept = r;
          return r.ping();
        },
      },
      port2,
    );
    const api = wrap<{ take(r: unknown): Promise<string> }>(port1);
    let pings = 0;
    const p = closableProxy({ ping: () => `pong ${++pings}` });
    expect(p.open()).toBe(0);
    expect(await api.take(p.value)).toBe('pong 1');
    expect(p.open()).toBe(1);
    const close = vi.spyOn(MessagePort.prototype, 'close');
    p.close();
    expect(p.open()).toBe(0);
    expect(close).toHaveBeenCalledTimes(1);
    // The far side still holds its proxy: its calls no longer reach the object.
    void kept!.ping().catch(() => {});
    await new Promise((r) => setTimeout(r, 50));
    expect(pings).toBe(1);
    port1.close();
  });

  it("leaves comlink's plain proxy() as it was", async () => {
    const { proxy } = await import('comlink');
    const { port1, port2 } = new MessageChannel();
    expose({ call: async (f: () => Promise<number>) => f() }, port2);
    const api = wrap<{ call(f: unknown): Promise<number> }>(port1);
    expect(await api.call(proxy(() => 42))).toBe(42);
    port1.close();
  });
});
