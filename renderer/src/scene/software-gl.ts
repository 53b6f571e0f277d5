/**
 * Whether this machine's WebGL is a software rasteriser (Chromium's SwiftShader, Mesa's llvmpipe or
 * softpipe: a VM or a PC without a usable GPU, and headless Chromium in the tests). There every
 * pixel costs CPU time and the page's main thread waits for each frame, so the 3D view drops
 * multisampling (4 samples per pixel: about half the GPU time of a playback frame of 10 000 people
 * with SwiftShader, bench/app-playback.ts) and keeps it where a GPU makes it free.
 * Asked once per page, from a throwaway context (about 10–20 ms with SwiftShader).
 */

/** WebGL renderer strings of software rasterisers (the same list as run/live-preference.ts). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software/i;

/** The renderer name a probe context reports: unknown (no WebGL, no debug extension) is null. */
function rendererName(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl === null) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** True for a known software renderer; a hardware or unknown one keeps multisampling. */
export function isSoftwareRenderer(name: string | null): boolean {
  return name !== null && SOFTWARE_RENDERER.test(name);
}

let software: boolean | undefined;

/** Whether the page renders WebGL in software (probed on first call, then remembered). */
export function softwareGl(): boolean {
  software ??= isSoftwareRenderer(rendererName());
  return software;
}
