/**
 * `node bench/app-playback.ts` (suggested script: "bench:app"): the desktop app's renderer speed
 * (issue 6 "Speed"), in headless Debian Chromium with software GL (the e2e launch flags). Builds the
 * renderer into a temporary folder, serves it like the e2e tests and prints:
 *   1. time from opening the app on the 33-storey sample (navigation start) to its first WebGL
 *      frame: one warm-up start (not counted), then `--starts N` cold starts (default 5), median and
 *      p95, split into script loaded → app rendered → sample loaded → building shown → first draw →
 *      frame presented (target ≤ 2 s);
 *   2. a run of 10 000 agents (one open storey at 1.6 p/m², a 60 s scenario) in the app's worker:
 *      Run → verdict time and main-thread long tasks while the worker computed and after its result
 *      arrived (split at the app's result mark);
 *   3. playback of those 10 000 agents at ×8: a 2 s warm-up (not counted), then `--reps N` (default
 *      3) runs of 5 s: frame intervals (requestAnimationFrame deltas, so they include everything the
 *      main thread did that frame; median, p95, max pooled over the runs) and main-thread long tasks
 *      (PerformanceObserver 'longtask'; target none over 50 ms), people only and with the heat map.
 * Besides wall-clock times it prints the CPU time its own Chromium's GPU and renderer processes
 * spent (chromium-cpu.ts): to the first frame, and per playback frame — figures the machine's load
 * changes far less. `--starts-only` stops after part 1.
 * `--profile` adds a Chrome trace (CDP Tracing) of one more start, of the run and of one playback
 * run, and a JS CPU profile of another: what the long main-thread tasks were made of (self time by
 * trace event), how busy the GPU process was (self time by event), and the JS functions with the
 * most self time.
 * Figures, not a pass/fail test; on a shared machine the load average (printed at start and end)
 * matters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { buildRenderer } from '../main/build.mjs';
import { chromiumCpu, cpuSince } from './chromium-cpu.ts';
import { openStoreyModel } from './open-storey.ts';
import { loadBuildingText } from '../models/load/load-building.ts';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';

const AGENTS = 10_000;
const SCENARIO_SECONDS = 60;

/** One open storey holding n agents at 1.6 p/m² with a 4 m exit in each wall, and a 60 s scenario. */
function openStoreyText(n: number): string {
  const text = JSON.stringify(openStoreyModel(n, 4, SCENARIO_SECONDS));
  const r = loadBuildingText(text, 'open-storey.json');
  if (r.building === undefined)
    throw new Error(`bench building invalid: ${JSON.stringify(r.errors.slice(0, 2))}`);
  return text;
}

const ARGS = process.argv.slice(2);
const PROFILE = ARGS.includes('--profile');
const numArg = (name: string, fallback: number): number => {
  const i = ARGS.indexOf(name);
  const v = i >= 0 ? Number(ARGS[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};
const STARTS = numArg('--starts', 5);
/** Only the cold starts (part 1): for working on the first frame. */
const STARTS_ONLY = ARGS.includes('--starts-only');
const REPS = numArg('--reps', 3);
const PLAY_SECONDS = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–');
const loadAverage = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
const longest = (tasks: number[]) => (tasks.length > 0 ? ms(Math.max(...tasks)) : 'none');

/**
 * Timestamps of the start-up (performance.now(), from navigation start): the app's first DOM, the
 * building's name shown, the 3D canvas mounted, the first WebGL draw call and the frame after it;
 * and the start-up's long tasks.
 */
const START_HOOK = `(() => {
  const marks = (self.__marks = {});
  const mark = (k) => { if (marks[k] === undefined) marks[k] = performance.now(); };
  self.__startTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) self.__startTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (document.querySelector('#root > *')) mark('app');
    if (document.querySelector('[data-testid=building-name]')) mark('building');
    if (document.querySelector('[data-testid=building-canvas] canvas')) mark('canvas');
  }).observe(document, { subtree: true, childList: true });
  for (const C of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    if (!C) continue;
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
      const f = C.prototype[name];
      if (typeof f !== 'function') continue;
      C.prototype[name] = function (...args) {
        if (marks.draw === undefined) {
          mark('draw');
          requestAnimationFrame(() => mark('presented'));
        }
        return f.apply(this, args);
      };
    }
  }
})();`;

interface StartMarks {
  app?: number;
  building?: number;
  canvas?: number;
  draw?: number;
  presented?: number;
  /** responseEnd of the main script and of the sample's chunk. */
  script?: number;
  sample?: number;
  /** CPU ms of the GPU and renderer processes from navigation to the first frame (polled: a little after). */
  gpuCpu?: number;
  rendererCpu?: number;
  /** The semantic rules' result arrived from the worker (load/staged-load.ts: after the first frame). */
  checked?: number;
  tasks: number[];
}

async function startMarks(page: Page): Promise<StartMarks> {
  return page.evaluate(() => {
    const w = window as unknown as { __marks: Record<string, number>; __startTasks: number[] };
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const end = (re: RegExp) => res.find((r) => re.test(r.name))?.responseEnd;
    return {
      ...w.__marks,
      script: end(/assets\/index-[^/]*\.js$/),
      checked: performance.getEntriesByName('lifeline:building-checked')[0]?.startTime,
      sample: end(/yuzhong-residential-33f[^/]*\.js$/),
      tasks: [...w.__startTasks],
    };
  });
}

type Recording = {
  tasks: { start: number; duration: number }[];
  frames: number[];
  on: boolean;
  observer: PerformanceObserver;
};

/** Starts a long-task observer and a requestAnimationFrame interval recorder in the page. */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { rec: Recording };
    const rec: Recording = {
      tasks: [],
      frames: [],
      on: true,
      observer: new PerformanceObserver((list) => {
        for (const e of list.getEntries()) rec.tasks.push({ start: e.startTime, duration: e.duration });
      }),
    };
    w.rec = rec;
    rec.observer.observe({ type: 'longtask' });
    let last = performance.now();
    const loop = (t: number) => {
      if (!rec.on) return;
      rec.frames.push(t - last);
      last = t;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

/** Stops the recorder (and its observer: each recording counts its own tasks once). */
async function stopRecording(
  page: Page,
): Promise<{ tasks: { start: number; duration: number }[]; frames: number[] }> {
  return page.evaluate(() => {
    const rec = (window as unknown as { rec: Recording }).rec;
    rec.on = false;
    for (const e of rec.observer.takeRecords()) rec.tasks.push({ start: e.startTime, duration: e.duration });
    rec.observer.disconnect();
    return { tasks: rec.tasks, frames: rec.frames.slice(1) };
  });
}

// ---------------------------------------------------------------------------------------------
// Profiling (--profile): CDP Tracing and Profiler.

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'gpu',
  'cc',
  'viz',
  'disabled-by-default-gpu.service',
  'disabled-by-default-gpu.device',
].join(',');

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Complete events per thread (B/E pairs joined), sorted by start then longest first. */
function completeEvents(events: TraceEvent[]): Map<string, TraceEvent[]> {
  const byThread = new Map<string, TraceEvent[]>();
  const open = new Map<string, TraceEvent[]>();
  const push = (key: string, e: TraceEvent) => {
    let list = byThread.get(key);
    if (list === undefined) byThread.set(key, (list = []));
    list.push(e);
  };
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.dur !== undefined) push(key, e);
    else if (e.ph === 'B') {
      let stack = open.get(key);
      if (stack === undefined) open.set(key, (stack = []));
      stack.push(e);
    } else if (e.ph === 'E') {
      const b = open.get(key)?.pop();
      if (b !== undefined) push(key, { ...b, ph: 'X', dur: e.ts - b.ts });
    }
  }
  for (const list of byThread.values()) list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  return byThread;
}

/** Self time of each event of one thread's sorted list (its duration minus its children's). */
function selfTimes(list: TraceEvent[]): Map<TraceEvent, number> {
  const self = new Map<TraceEvent, number>();
  const stack: TraceEvent[] = [];
  for (const e of list) {
    while (stack.length > 0 && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts)
      stack.pop();
    const parent = stack[stack.length - 1];
    self.set(e, e.dur!);
    if (parent !== undefined)
      self.set(parent, self.get(parent)! - Math.min(e.dur!, parent.ts + parent.dur! - e.ts));
    stack.push(e);
  }
  return self;
}

/** Prints what the renderer main thread's long tasks were made of and how busy the GPU thread was. */
function summariseTrace(events: TraceEvent[], label: string): void {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const threads = completeEvents(events);
  const pick = (threadName: string) => {
    let best: string | undefined;
    for (const [key, list] of threads)
      if (names.get(key) === threadName && (best === undefined || list.length > threads.get(best)!.length))
        best = key;
    return best;
  };
  const isTask = (e: TraceEvent) =>
    e.name === 'ThreadControllerImpl::RunTask' || (e.name === 'RunTask' && e.cat.includes('toplevel'));
  const main = pick('CrRendererMain');
  console.log(`   profile of ${label}:`);
  if (main === undefined) {
    console.log('     (no renderer main thread in the trace)');
    return;
  }
  const list = threads.get(main)!;
  const tasks = list.filter((e) => isTask(e) && e.dur! > 50_000);
  const self = selfTimes(list);
  const inTask = (e: TraceEvent) => tasks.some((t) => e.ts >= t.ts && e.ts < t.ts + t.dur!);
  const byName = new Map<string, number>();
  for (const e of list) {
    if (!inTask(e)) continue;
    let name = e.name;
    const fn = e.args?.data?.functionName;
    if (fn) name += ` ${fn}`;
    const url = e.args?.data?.url;
    if (url && e.name === 'EvaluateScript') name += ` ${url.slice(url.lastIndexOf('/') + 1)}`;
    byName.set(name, (byName.get(name) ?? 0) + self.get(e)!);
  }
  const total = tasks.reduce((a, t) => a + t.dur!, 0);
  console.log(
    `     renderer main thread: ${tasks.length} tasks > 50 ms, ${ms(total / 1000)} in all ` +
      `(longest ${longest(tasks.map((t) => t.dur! / 1000))}); self time inside them by trace event:`,
  );
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14))
    if (us >= 1000) console.log(`       ${ms(us / 1000).padStart(8)}  ${name}`);
  const gpu = pick('CrGpuMain');
  if (gpu !== undefined && list.length > 0) {
    const t0 = list[0]!.ts;
    const t1 = list[list.length - 1]!.ts;
    const busy = threads
      .get(gpu)!
      .filter((e) => isTask(e) && e.ts >= t0 && e.ts <= t1)
      .reduce((a, e) => a + e.dur!, 0);
    const gpuList = threads.get(gpu)!;
    const gpuSelf = selfTimes(gpuList);
    const gpuNames = new Map<string, number>();
    for (const e of gpuList)
      if (e.ts >= t0 && e.ts <= t1) gpuNames.set(e.name, (gpuNames.get(e.name) ?? 0) + gpuSelf.get(e)!);
    console.log(
      `     GPU main thread busy ${ms(busy / 1000)} of ${ms((t1 - t0) / 1000)}; top events (self time): ` +
        [...gpuNames]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([n, us]) => `${n} ${ms(us / 1000)}`)
          .join(', '),
    );
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Prints the JS functions (and V8 states: GC, program, idle) with the most self time. */
function summariseCpuProfile(profile: CpuProfile, label: string): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byNode.get(profile.samples[i]!);
    if (node === undefined) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.slice(url.lastIndexOf('/') + 1);
    const key = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`   JS CPU profile of ${label} (${ms(total / 1000)} sampled), self time:`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`     ${ms(us / 1000).padStart(8)}  ${key}`);
}

async function playFor(
  page: Page,
  seconds: number,
): Promise<{ tasks: number[]; frames: number[]; cpu: Record<string, number> }> {
  await page.getByTestId('playback-slider').fill('0');
  await page.waitForTimeout(300);
  await startRecording(page);
  const cpu0 = chromiumCpu();
  await page.getByTestId('playback-toggle').click();
  await page.waitForTimeout(seconds * 1000);
  const cpu = cpuSince(cpu0);
  const { tasks, frames } = await stopRecording(page);
  if ((await page.getByTestId('playback').getAttribute('data-playing')) === 'true')
    await page.getByTestId('playback-toggle').click();
  return { tasks: tasks.map((t) => t.duration), frames, cpu };
}

async function playback(page: Page, cdp: CDPSession, label: string): Promise<void> {
  await page.getByTestId('playback-speed').selectOption('8');
  await playFor(page, 2); // warm-up: first uploads, shader variants
  const frames: number[] = [];
  const perRep: string[] = [];
  let count = 0;
  let allTasks: number[] = [];
  let gpuMs = 0;
  let rendererMs = 0;
  for (let r = 0; r < REPS; r++) {
    const rep = await playFor(page, PLAY_SECONDS);
    gpuMs += rep.cpu['gpu-process'] ?? 0;
    rendererMs += rep.cpu.renderer ?? 0;
    frames.push(...rep.frames);
    allTasks = allTasks.concat(rep.tasks);
    count += rep.frames.length;
    perRep.push(`${rep.frames.length} frames, ${rep.tasks.length} long (max ${longest(rep.tasks)})`);
  }
  console.log(
    `  ${label}: ${(count / REPS / PLAY_SECONDS).toFixed(1)} frames/s; frame interval median ${ms(median(frames))}, ` +
      `p95 ${ms(pct(frames, 95))}, max ${ms(Math.max(...frames))}; long tasks ${allTasks.length} in ` +
      `${REPS} × ${PLAY_SECONDS} s (median ${ms(median(allTasks))}, longest ${longest(allTasks)}; target none > 50 ms)`,
  );
  console.log(`    per run: ${perRep.join('; ')}`);
  // CPU time per frame drawn: what the load average does not change much (10 ms ticks, summed).
  console.log(
    `    CPU time per frame: GPU process ${(gpuMs / count).toFixed(1)} ms, renderer process ` +
      `${(rendererMs / count).toFixed(1)} ms (${count} frames)`,
  );
  if (PROFILE) {
    const stop = await startTrace(cdp);
    await playFor(page, PLAY_SECONDS);
    summariseTrace(await stop(), `playback (${label})`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await playFor(page, PLAY_SECONDS);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    summariseCpuProfile(profile, `playback (${label})`);
  }
}

async function main(): Promise<void> {
  console.log(`app-playback bench: ${os.cpus().length} CPUs, load average at start ${loadAverage()}`);
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'lifeline-bench-app-'));
  const t0 = performance.now();
  await buildRenderer({ logLevel: 'error', outDir });
  console.log(`renderer built in ${ms(performance.now() - t0)} (${outDir}); load average ${loadAverage()}`);
  const server = await startStaticServer(outDir);
  const browser = await launchChromium();
  try {
    // 1. Cold starts on the default sample (the 33-storey tower) → first frame.
    const starts: StartMarks[] = [];
    let name = '';
    for (let k = 0; k <= STARTS + (PROFILE ? 1 : 0); k++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(START_HOOK);
      const page = await context.newPage();
      const profiled = PROFILE && k === STARTS + 1;
      // The profiled start first opens a page of the same site, so the app loads in the renderer
      // process the trace and the profiler are attached to (a cross-site navigation swaps it).
      if (profiled) await page.goto(`${server.url}404`);
      const cdp = profiled ? await page.context().newCDPSession(page) : undefined;
      const stop = cdp !== undefined ? await startTrace(cdp) : undefined;
      if (cdp !== undefined) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const cpu0 = chromiumCpu();
      await page.goto(server.url);
      await page.waitForFunction(
        () => (window as { __marks?: { presented?: number } }).__marks?.presented !== undefined,
        null,
        { timeout: 60_000, polling: 10 },
      );
      const cpu = cpuSince(cpu0);
      await page.waitForTimeout(200);
      name = (await page.getByTestId('building-name').textContent()) ?? '';
      const m = {
        ...(await startMarks(page)),
        gpuCpu: cpu['gpu-process'] ?? NaN,
        rendererCpu: cpu.renderer ?? NaN,
      };
      if (cdp !== undefined && stop !== undefined) {
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        summariseTrace(await stop(), 'a cold start');
        summariseCpuProfile(profile, 'a cold start');
      } else if (k > 0) starts.push(m);
      if (!profiled)
        console.log(
          `   ${k === 0 ? 'warm-up' : `start ${k}`}: script loaded ${ms(m.script ?? NaN)}, app rendered ${ms(m.app ?? NaN)}, ` +
            `sample loaded ${ms(m.sample ?? NaN)}, building shown ${ms(m.building ?? NaN)}, canvas ${ms(m.canvas ?? NaN)}, ` +
            `first draw ${ms(m.draw ?? NaN)}, presented ${ms(m.presented ?? NaN)}, checked ${ms(m.checked ?? NaN)}; ` +
            `CPU to first frame: GPU ${ms(m.gpuCpu)}, renderer ${ms(m.rendererCpu)}; long tasks ${m.tasks.length} ` +
            `(longest ${longest(m.tasks)})`,
        );
      await context.close();
    }
    const split = (key: keyof Omit<StartMarks, 'tasks'>) => {
      const xs = starts.map((s) => s[key] ?? NaN);
      return `${key} ${ms(median(xs))} (p95 ${ms(pct(xs, 95))})`;
    };
    const first = median(starts.map((s) => s.presented ?? NaN));
    console.log(
      `1. open "${name}", ${starts.length} cold starts after a warm-up, median: ` +
        [
          'script',
          'app',
          'sample',
          'canvas',
          'draw',
          'presented',
          'building',
          'checked',
          'gpuCpu',
          'rendererCpu',
        ]
          .map((k) => split(k as 'app'))
          .join(', '),
    );
    console.log(
      `   median time to first frame ${ms(first)} (target ≤ 2000 ms): ${first <= 2000 ? 'met' : 'NOT met'}`,
    );

    if (STARTS_ONLY) return;

    // 2. A run of 10 000 agents in the app's worker.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(server.url);
    await page.getByTestId('view-toolbar').waitFor({ timeout: 60_000 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open').click()]);
    await chooser.setFiles({
      name: 'open-storey-10000.json',
      mimeType: 'application/json',
      buffer: Buffer.from(openStoreyText(AGENTS)),
    });
    await page.getByTestId('run').waitFor({ timeout: 60_000 });
    await page.getByTestId('scenario-picker').selectOption('bench');
    await page.waitForTimeout(1000);
    await startRecording(page);
    const stopTrace = PROFILE ? await startTrace(cdp) : undefined;
    const runStart = performance.now();
    await page.getByTestId('run').click();
    await page.getByTestId('verdict').waitFor({ timeout: 600_000 });
    const runMs = performance.now() - runStart;
    await page.getByTestId('playback').waitFor();
    await page.waitForTimeout(2000);
    const run = await stopRecording(page);
    const resultAt = await page.evaluate(() => {
      const marks = performance.getEntriesByName('lifeline:evacuation-result');
      return marks[marks.length - 1]?.startTime ?? Infinity;
    });
    const computing = run.tasks.filter((t) => t.start < resultAt).map((t) => t.duration);
    const drawing = run.tasks.filter((t) => t.start >= resultAt).map((t) => t.duration);
    console.log(
      `2. run of ${AGENTS} agents, ${SCENARIO_SECONDS} s simulated, in the worker: Run → verdict ${ms(runMs)}; ` +
        `main-thread long tasks while computing ${computing.length} (longest ${longest(computing)}), ` +
        `after the result arrived ${drawing.length} (longest ${longest(drawing)}; ${drawing.map((d) => ms(d)).join(', ')})`,
    );
    if (stopTrace !== undefined) summariseTrace(await stopTrace(), 'the run and its result');

    // 3. Playback.
    console.log(
      `3. playback of ${AGENTS} agents at ×8 (software GL, 1280 × 800), ${REPS} × ${PLAY_SECONDS} s after a 2 s warm-up:`,
    );
    await playback(page, cdp, 'people');
    await page.getByTestId('heat-map-toggle').check();
    await page.waitForTimeout(500);
    await playback(page, cdp, 'people + heat map');
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
    console.log(`load average at end ${loadAverage()}`);
  }
}

await main();
