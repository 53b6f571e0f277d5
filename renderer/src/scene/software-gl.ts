/**
 * Whether WebGL runs on a software rasteriser (SwiftShader, llvmpipe…: no GPU, or a blocklisted
 * one, as in headless Chromium and some virtual machines). There every pixel costs CPU time and the
 * page's main thread waits for the frame, so the view turns multisampling off (4 samples per pixel
 * cost several times a frame). Asked once, on a throwaway 1 × 1 context that is released at once.
 */
let answer: boolean | undefined;

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export function isSoftwareGl(): boolean {
  if (answer !== undefined) return answer;
  answer = false;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (gl !== null) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = String(gl.getParameter(info !== null ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      answer = SOFTWARE.test(name);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL at all: the view reports that itself.
  }
  return answer;
}
