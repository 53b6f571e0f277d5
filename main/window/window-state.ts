/**
 * The main window's size, position and maximised state, saved on close and restored on start.
 * Restoring is clamped to the displays present now: a window saved on a monitor that has since been
 * unplugged (or a hand-edited file) must still open fully on screen, never off it or larger than it.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const WindowStateSchema = z.object({
  version: z.literal(1),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.output<typeof WindowStateSchema>;

export interface WindowSizeDefaults {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** What BrowserWindow gets: no x/y means "let the OS centre it". */
export interface RestoredBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/**
 * `saved` fitted to the work areas of the current displays (the first is the primary): on the
 * display it overlaps most (the primary if none), no larger than that display, entirely inside it.
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  defaults: WindowSizeDefaults,
): RestoredBounds {
  const primary = workAreas[0];
  if (saved === null || primary === undefined) {
    return primary === undefined
      ? { width: defaults.width, height: defaults.height, maximized: false }
      : {
          width: Math.min(defaults.width, primary.width),
          height: Math.min(defaults.height, primary.height),
          maximized: false,
        };
  }
  const position = saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : null;
  let area = primary;
  if (position !== null) {
    const rect = { ...position, width: saved.width, height: saved.height };
    let best = 0;
    for (const candidate of workAreas) {
      const a = overlapArea(rect, candidate);
      if (a > best) {
        best = a;
        area = candidate;
      }
    }
  }
  // Never below the window's minimum, never beyond the display (a small screen wins over the minimum).
  const w = Math.min(Math.max(saved.width, defaults.minWidth), area.width);
  const h = Math.min(Math.max(saved.height, defaults.minHeight), area.height);
  const x = clamp(position?.x ?? area.x + Math.round((area.width - w) / 2), area.x, area.x + area.width - w);
  const y = clamp(
    position?.y ?? area.y + Math.round((area.height - h) / 2),
    area.y,
    area.y + area.height - h,
  );
  return { x, y, width: w, height: h, maximized: saved.maximized };
}

/** What to save from a closing window (`getNormalBounds()` is the size before maximising). */
export function windowStateToSave(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    version: 1,
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}
