/**
 * Whether the 3D view draws the people live while a run computes (playback/LiveAgentsLayer.tsx).
 * Each live draw is a main-thread task as long as the GPU takes for the frame: tens of milliseconds
 * with a graphics card, but 100–450 ms for the 33-storey tower with software rendering (SwiftShader,
 * llvmpipe; tests/e2e/run.e2e.ts measured it), which would freeze the window during every run. So
 * it starts on with a hardware renderer and off with a software one; the Run panel's checkbox
 * changes it for the session.
 */

/** WebGL renderer strings of software rasterisers (Chromium's SwiftShader, Mesa's llvmpipe/softpipe). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software/i;

/** The GPU's name as WebGL reports it, or null where WebGL or the debug extension is missing. */
function webglRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl === null) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** Live drawing by default only on a renderer known not to be software (unknown: off, to be safe). */
export function liveViewByDefault(renderer: string | null): boolean {
  return renderer !== null && !SOFTWARE_RENDERER.test(renderer);
}

type Listener = () => void;

function createLivePreference() {
  let on: boolean | null = null;
  const listeners = new Set<Listener>();
  return {
    get(): boolean {
      on ??= liveViewByDefault(webglRenderer());
      return on;
    },
    set(value: boolean): void {
      on = value;
      for (const l of listeners) l();
    },
    subscribe(l: Listener): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export const livePreference = createLivePreference();
