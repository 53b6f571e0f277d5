/**
 * The optional layers of the view, each switchable. The building itself is always shown; overlays
 * from the engines (people, water pressures, truck access) are added here as they land.
 */
export type LayerId = 'site' | 'facade' | 'water' | 'people';

export const LAYER_IDS: readonly LayerId[] = ['site', 'facade', 'water', 'people'];

export type LayerVisibility = Readonly<Record<LayerId, boolean>>;

export const ALL_LAYERS_ON: LayerVisibility = { site: true, facade: true, water: true, people: true };
