import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../main/window-options.ts';

describe('main window options', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/preload.cjs' });
  const web = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content and webviews', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('uses the given preload and waits for ready-to-show', () => {
    expect(web.preload).toBe('/app/out/preload/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('Lifeline');
  });

  it('returns fresh objects (callers cannot alter the next window)', () => {
    const a = createWindowOptions({ preloadPath: 'p' });
    const b = createWindowOptions({ preloadPath: 'p' });
    expect(a).not.toBe(b);
    expect(a.webPreferences).not.toBe(b.webPreferences);
    expect(a).toEqual(b);
  });
});
