/**
 * The one EPANET engine every water computation uses: epanet-js 0.9.0's default build, OWA-EPANET
 * 2.3.5 (EN_getversion 20305), with its WASM inlined, so nothing is fetched and it loads the same in
 * Node, worker_threads and a browser module worker (water-and-access.md §1.2). The version is pinned
 * in package.json and checked here, so an upgrade cannot slip past the Net1 verification unnoticed.
 */
import { Project, Workspace } from 'epanet-js';

/** OWA-EPANET 2.3.5, the engine the Net1 reference check (tests/verification/water) was run against. */
export const EPANET_VERSION = 20305;

let loading: Promise<Workspace> | undefined;

/** The loaded workspace (loaded once, ≈ 20–30 ms). Rejects if the engine is not the pinned version. */
export function loadEpanet(): Promise<Workspace> {
  loading ??= (async () => {
    const ws = new Workspace();
    await ws.loadModule();
    if (ws.version !== EPANET_VERSION) {
      throw new Error(`EPANET engine ${ws.version} loaded; Lifeline is verified against ${EPANET_VERSION}`);
    }
    return ws;
  })();
  return loading;
}

/** A warning EPANET raised while solving (codes 1–6: unbalanced, unstable, disconnected, pumps, valves, negative pressures). */
export interface EngineWarning {
  code: number;
  text: string;
}

const WARNING = /^epanet-js \(Warning (\d+)\): (.*)$/s;

/**
 * Runs `fn` and returns the EPANET warnings it raised. epanet-js reports toolkit warnings (codes
 * below 100) only through `console.warn` and never returns them, so for the duration of the call we
 * listen on `console.warn`; anything that is not an EPANET warning is passed on untouched. Errors
 * (codes ≥ 100) are thrown by epanet-js and propagate.
 */
export function collectEngineWarnings<T>(fn: () => T): { value: T; warnings: EngineWarning[] } {
  const warnings: EngineWarning[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]): void => {
    const m = typeof args[0] === 'string' ? WARNING.exec(args[0]) : null;
    if (m) warnings.push({ code: Number(m[1]), text: m[2]! });
    else original.apply(console, args);
  };
  try {
    return { value: fn(), warnings };
  } finally {
    console.warn = original;
  }
}

export { Project, Workspace };
