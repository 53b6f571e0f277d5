/** The view's controls: 3D or plan, the storey picker with all / only / cut above, and layers. */
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../models/index.ts';
import { LAYER_IDS, type LayerId, type LayerVisibility } from './layers.ts';
import { type StoreyFilter, type StoreyMode, storeysBottomUp } from './storey-filter.ts';

export type ViewMode = '3d' | 'plan';

const MODES: readonly StoreyMode[] = ['all', 'isolate', 'cut'];

interface Props {
  building: Building;
  mode: ViewMode;
  filter: StoreyFilter;
  layers: LayerVisibility;
  onMode: (mode: ViewMode) => void;
  onFilter: (filter: StoreyFilter) => void;
  onLayer: (layer: LayerId, on: boolean) => void;
}

export function ViewToolbar({ building, mode, filter, layers, onMode, onFilter, onLayer }: Props) {
  const { t } = useTranslation();
  // Top storey first, as in a lift panel.
  const storeys = storeysBottomUp(building).reverse();
  return (
    <div className="view-toolbar" role="toolbar" aria-label={t('viewer.toolbar')} data-testid="view-toolbar">
      <div className="segmented" role="group">
        {(['3d', 'plan'] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            data-testid={`view-${m}`}
            onClick={() => onMode(m)}
          >
            {t(m === '3d' ? 'viewer.mode3d' : 'viewer.modePlan')}
          </button>
        ))}
      </div>
      <label className="storey-picker">
        <span>{t('viewer.storey')}</span>
        <select
          value={filter.storey}
          data-testid="storey-picker"
          onChange={(e) =>
            // Picking a storey while all are shown means "show me that storey".
            onFilter({
              mode: filter.mode === 'all' ? 'isolate' : filter.mode,
              storey: Number(e.target.value),
            })
          }
        >
          {storeys.map((i) => {
            const s = building.storeys[i]!;
            return (
              <option key={s.id} value={i}>
                {s.name ?? s.id}
              </option>
            );
          })}
        </select>
      </label>
      {mode === '3d' && (
        <div className="segmented" role="group" aria-label={t('viewer.storeyMode')}>
          {MODES.map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={filter.mode === m}
              data-testid={`storey-mode-${m}`}
              onClick={() => onFilter({ ...filter, mode: m })}
            >
              {t(`viewer.${m}`)}
            </button>
          ))}
        </div>
      )}
      <fieldset className="layers">
        <legend>{t('viewer.layers')}</legend>
        {LAYER_IDS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={layers[id]}
              data-testid={`layer-${id}`}
              onChange={(e) => onLayer(id, e.target.checked)}
            />
            {t(`viewer.${id}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
