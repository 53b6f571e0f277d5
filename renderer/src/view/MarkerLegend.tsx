/** What the view's symbols mean, for the layers switched on (collapsed by default). */
import { useTranslation } from 'react-i18next';
import type { en } from '../locales/en.ts';
import {
  CANOPY_COLORS,
  CITY_HYDRANT_COLOR,
  DOOR_COLORS,
  DRIVABLE_COLORS,
  ENTRANCE_COLOR,
  FIRE_LIFT_COLOR,
  HYDRANT_COLOR,
  INLET_COLOR,
  LIFT_COLOR,
  NET_COLORS,
  OBSTACLE_COLOR,
  OPENING_COLORS,
  SITE_OBSTACLE_COLORS,
} from '../scene/colours.ts';
import type { LayerId, LayerVisibility } from './layers.ts';

type MarkerKey = keyof typeof en.marker;

const ENTRIES: readonly { key: MarkerKey; color: string; layer?: LayerId }[] = [
  { key: 'exit', color: DOOR_COLORS.exit },
  { key: 'fireDoor', color: DOOR_COLORS['fire-door'] },
  { key: 'door', color: DOOR_COLORS.door },
  { key: 'opening', color: DOOR_COLORS.opening },
  { key: 'blocked', color: DOOR_COLORS.blocked },
  { key: 'lift', color: LIFT_COLOR },
  { key: 'fireLift', color: FIRE_LIFT_COLOR },
  { key: 'obstacle', color: OBSTACLE_COLOR },
  { key: 'road', color: DRIVABLE_COLORS.road, layer: 'site' },
  { key: 'rescueSite', color: DRIVABLE_COLORS['rescue-site'], layer: 'site' },
  { key: 'plaza', color: DRIVABLE_COLORS.plaza, layer: 'site' },
  { key: 'siteObstacle', color: SITE_OBSTACLE_COLORS['parked-car'], layer: 'site' },
  { key: 'entrance', color: ENTRANCE_COLOR, layer: 'site' },
  { key: 'cityHydrant', color: CITY_HYDRANT_COLOR, layer: 'site' },
  { key: 'window', color: OPENING_COLORS.window, layer: 'facade' },
  { key: 'balcony', color: OPENING_COLORS.balcony, layer: 'facade' },
  { key: 'rescueWindow', color: OPENING_COLORS['rescue-window'], layer: 'facade' },
  { key: 'canopyCombustible', color: CANOPY_COLORS.combustible, layer: 'facade' },
  { key: 'canopyOther', color: CANOPY_COLORS.noncombustible, layer: 'facade' },
  { key: 'netTrapping', color: NET_COLORS.trapping, layer: 'facade' },
  { key: 'netHatch', color: NET_COLORS.hatch, layer: 'facade' },
  { key: 'hydrant', color: HYDRANT_COLOR, layer: 'water' },
  { key: 'inlet', color: INLET_COLOR, layer: 'water' },
];

export function MarkerLegend({ layers }: { layers: LayerVisibility }) {
  const { t } = useTranslation();
  return (
    <details className="marker-legend" data-testid="marker-legend">
      <summary>{t('viewer.markers')}</summary>
      <ul>
        {ENTRIES.filter((e) => e.layer === undefined || layers[e.layer]).map((e) => (
          <li key={e.key}>
            <span className="swatch" style={{ background: e.color }} />
            {t(`marker.${e.key}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
