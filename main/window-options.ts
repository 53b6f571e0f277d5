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
  /** Restored size and position (window/window-state.ts); no x/y lets the OS centre the window. */
  bounds?: { x?: number; y?: number; width: number; height: number };
}

/** The size of a first start, and the smallest the layout (panel + 3D view) still works at. */
export const WINDOW_SIZE = { width: 1440, height: 900, minWidth: 960, minHeight: 600 } as const;

export function createWindowOptions({
  preloadPath,
  title = 'Lifeline',
  bounds = { width: WINDOW_SIZE.width, height: WINDOW_SIZE.height },
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: WINDOW_SIZE.minWidth,
    minHeight: WINDOW_SIZE.minHeight,
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
