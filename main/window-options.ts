/**
 * The options of Lifeline's main window, as a pure function so Node tests can assert the security
 * settings (tests/unit/main/window-options.test.ts). Type-only import: no Electron at runtime.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload script (one CJS file: sandboxed preloads cannot be ESM). */
  preloadPath: string;
  /** Window title before the page sets its own. */
  title?: string;
}

export function createWindowOptions({
  preloadPath,
  title = 'Lifeline',
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    backgroundColor: '#1b1f24',
    // Shown on 'ready-to-show', so the user never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
