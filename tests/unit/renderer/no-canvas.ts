/**
 * For the unit tests of the scene overlays: their labels draw into a canvas, and Node has none. This
 * stubs `document` for the file's tests with one whose canvases have no 2D context (overlayLabel
 * copes with that), and takes the stub away after them.
 */
import { afterAll, beforeAll, vi } from 'vitest';

export function stubDocumentWithoutCanvas(): void {
  beforeAll(() => {
    vi.stubGlobal('document', { createElement: () => ({ getContext: () => null, width: 0, height: 0 }) });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
}
