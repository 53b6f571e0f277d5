/**
 * The optional layers of the view, each switchable. The building itself is always shown; overlays
 * from the engines (people, water pressures, truck access) are added here as they land.
 */
export type LayerId = 'site' | 'facade' | 'water' | 'access' | 'people';

export const LAYER_IDS: readonly LayerId[] = ['site', 'facade', 'water', 'access', 'people'];

export type LayerVisibility = Readonly<Record<LayerId, boolean>>;

export const ALL_LAYERS_ON: LayerVisibility = {
  site: true,
  facade: true,
  water: true,
  // Truck access: paths, swept envelopes, blocking obstacles and aerial reach (scene/access-overlay.ts).
  access: true,
  people: true,
};
