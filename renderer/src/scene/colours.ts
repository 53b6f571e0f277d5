/**
 * Colours of everything the views draw besides spaces (those are KIND_COLORS in
 * building-geometry.ts). One table, so the 3D view, the plan and the legend always agree.
 * Orange is kept for stairs and magenta for the highlight; nothing else uses them.
 */
import type { DoorClass } from './door-markers.ts';

export const DOOR_COLORS: Readonly<Record<DoorClass, string>> = {
  exit: '#2ee06f',
  'fire-door': '#d83a3a',
  door: '#8a6440',
  opening: '#d9d9d9',
  blocked: '#111111',
};

export const LIFT_COLOR = '#7b61ff';
export const FIRE_LIFT_COLOR = '#ff3b7f';
export const OBSTACLE_COLOR = '#56606b';

export const DRIVABLE_COLORS = {
  road: '#4b5159',
  'rescue-site': '#c9a227',
  plaza: '#5f7355',
} as const;
/** Site obstacles by kind: movable things (cars, stalls) warm, fixed structures cool. */
export const SITE_OBSTACLE_COLORS = {
  'parked-car': '#e57373',
  bollard: '#bdbdbd',
  tree: '#43a047',
  planter: '#7cb342',
  barrier: '#ffb74d',
  gate: '#90a4ae',
  kiosk: '#a1887f',
  stall: '#f48fb1',
  wall: '#78909c',
  overhead: '#b0bec5',
} as const;
export const SITE_BOUNDARY_COLOR = '#9aa5b1';
export const ENTRANCE_COLOR = '#2ee06f';
export const CITY_HYDRANT_COLOR = '#ff5252';

export const OPENING_COLORS = {
  window: '#7cc8ff',
  balcony: '#a5d6a7',
  'rescue-window': '#ffe14d',
} as const;
export const CANOPY_COLORS = { combustible: '#ff1f1f', noncombustible: '#a0a0a0' } as const;
/** A protruding net without an escape hatch traps people; with a hatch it does not. */
export const NET_COLORS = { trapping: '#fff13a', hatch: '#3fd1c0' } as const;

export const HYDRANT_COLOR = '#ff2d20';
export const INLET_COLOR = '#2f9bff';

export const HIGHLIGHT_COLOR = '#ff2bd6';
