import { describe, expect, it } from 'vitest';
import {
  restoreWindowState,
  windowStateToSave,
  type WindowState,
} from '../../../main/window/window-state.ts';
import { createWindowOptions, WINDOW_SIZE } from '../../../main/window-options.ts';

const PRIMARY = { x: 0, y: 0, width: 1920, height: 1040 }; // 1080p minus a taskbar
const RIGHT = { x: 1920, y: 0, width: 2560, height: 1400 };
const saved = (s: Partial<WindowState>): WindowState => ({
  version: 1,
  x: 100,
  y: 80,
  width: 1200,
  height: 800,
  maximized: false,
  ...s,
});

describe('restoring the window', () => {
  it('uses the default size on first start, fitted to a small screen', () => {
    expect(restoreWindowState(null, [PRIMARY], WINDOW_SIZE)).toEqual({
      width: 1440,
      height: 900,
      maximized: false,
    });
    expect(restoreWindowState(null, [{ x: 0, y: 0, width: 1366, height: 728 }], WINDOW_SIZE)).toEqual({
      width: 1366,
      height: 728,
      maximized: false,
    });
  });

  it('restores a window that fits exactly where it was, maximised or not', () => {
    expect(restoreWindowState(saved({}), [PRIMARY], WINDOW_SIZE)).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: false,
    });
    expect(
      restoreWindowState(saved({ x: 2000, maximized: true }), [PRIMARY, RIGHT], WINDOW_SIZE),
    ).toMatchObject({
      x: 2000,
      maximized: true,
    });
  });

  it('brings back a window from a monitor that was unplugged', () => {
    const r = restoreWindowState(saved({ x: 2500, y: 300 }), [PRIMARY], WINDOW_SIZE);
    expect(r).toEqual({ x: 1920 - 1200, y: 240, width: 1200, height: 800, maximized: false });
  });

  it('pulls a half-off-screen window fully inside the display it is mostly on', () => {
    expect(restoreWindowState(saved({ x: -300, y: -50 }), [PRIMARY], WINDOW_SIZE)).toMatchObject({
      x: 0,
      y: 0,
    });
    const onRight = restoreWindowState(saved({ x: 4000, y: 1000 }), [PRIMARY, RIGHT], WINDOW_SIZE);
    expect(onRight).toMatchObject({ x: 1920 + 2560 - 1200, y: 1400 - 800 });
  });

  it('shrinks a window larger than the display, and grows one below the minimum', () => {
    expect(restoreWindowState(saved({ width: 5000, height: 3000 }), [PRIMARY], WINDOW_SIZE)).toMatchObject({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
    expect(restoreWindowState(saved({ width: 200, height: 100 }), [PRIMARY], WINDOW_SIZE)).toMatchObject({
      width: WINDOW_SIZE.minWidth,
      height: WINDOW_SIZE.minHeight,
    });
  });

  it('centres a saved size without a position', () => {
    const r = restoreWindowState(saved({ x: undefined, y: undefined }), [PRIMARY], WINDOW_SIZE);
    expect(r).toEqual({ x: 360, y: 120, width: 1200, height: 800, maximized: false });
  });

  it('saves whole pixels and passes the restored bounds to the window', () => {
    expect(windowStateToSave({ x: 10.4, y: 20.6, width: 1000.2, height: 700 }, true)).toEqual({
      version: 1,
      x: 10,
      y: 21,
      width: 1000,
      height: 700,
      maximized: true,
    });
    const options = createWindowOptions({
      preloadPath: 'p',
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
    });
    expect(options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, minWidth: 960, minHeight: 600 });
    expect(createWindowOptions({ preloadPath: 'p' })).not.toHaveProperty('x');
  });
});
