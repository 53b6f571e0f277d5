/**
 * The viewport: the toolbar, the 3D view or the storey plan, the symbol legend and the highlight of
 * the validation issue the user picked. Owns the view settings (3D/plan, storey filter, layers),
 * which start afresh for each building; picking an issue isolates its storey.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../models/index.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import { PlanView } from '../plan/PlanView.tsx';
import { agentColours } from '../playback/agent-colours.ts';
import { createPlayback } from '../playback/playback.ts';
import { PlaybackControls } from '../playback/PlaybackControls.tsx';
import { BuildingView } from '../scene/BuildingView.tsx';
import type { EngineOverlayProps } from '../scene/EngineOverlays.tsx';
import { resolveIssuePath } from './element-path.ts';
import { ALL_LAYERS_ON, type LayerVisibility } from './layers.ts';
import { MarkerLegend } from './MarkerLegend.tsx';
import { defaultStorey, type StoreyFilter } from './storey-filter.ts';
import { type ViewMode, ViewToolbar } from './ViewToolbar.tsx';

interface Props {
  building: Building;
  /** True when the building is the draft of a file with errors (drawn to locate them only). */
  draft: boolean;
  /** JSON pointer of the picked validation issue, if any. */
  highlightPath: string | undefined;
  onClearHighlight: () => void;
  /** A finished evacuation run of this building, played back in the 3D view. */
  result?: EvacuationResult | undefined;
  /** The water and access answers of this building, drawn in their layers. */
  overlays?: EngineOverlayProps | undefined;
}

export function BuildingViewer({
  building,
  draft,
  highlightPath,
  onClearHighlight,
  result,
  overlays,
}: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ViewMode>('3d');
  const [layers, setLayers] = useState<LayerVisibility>(ALL_LAYERS_ON);
  const [filter, setFilter] = useState<StoreyFilter>(() => ({
    mode: 'all',
    storey: defaultStorey(building),
  }));
  // Settings follow the building and the picked issue; adjusted while rendering (React's pattern for
  // state derived from props), so there is no frame showing the old storey.
  const [seen, setSeen] = useState<{ building: Building; path: string | undefined }>({
    building,
    path: highlightPath,
  });
  const highlight = useMemo(
    () => (highlightPath === undefined ? undefined : resolveIssuePath(building, highlightPath)),
    [building, highlightPath],
  );
  // One playback per result; a new run starts it afresh.
  const people = useMemo(() => {
    const traj = result?.trajectories;
    if (result === undefined || traj === undefined) return undefined;
    return {
      playback: createPlayback(traj),
      storeys: traj.storeys,
      colours: agentColours(result.agents).colours,
      result,
    };
  }, [result]);
  if (seen.building !== building || seen.path !== highlightPath) {
    const next =
      seen.building !== building ? { mode: 'all' as const, storey: defaultStorey(building) } : filter;
    setSeen({ building, path: highlightPath });
    setFilter(highlight?.storey !== undefined ? { mode: 'isolate', storey: highlight.storey } : next);
  }

  return (
    <div
      className="viewer"
      data-testid="viewer"
      data-view-mode={mode}
      data-storey-mode={filter.mode}
      data-storey={building.storeys[filter.storey]?.id ?? ''}
      data-highlight={highlight?.id ?? (highlight !== undefined ? highlight.kind : '')}
    >
      <ViewToolbar
        building={building}
        mode={mode}
        filter={filter}
        layers={layers}
        onMode={setMode}
        onFilter={setFilter}
        onLayer={(id, on) => setLayers((l) => ({ ...l, [id]: on }))}
      />
      <div className="viewer-body">
        {mode === '3d' ? (
          <>
            <BuildingView
              building={building}
              label={t('view.label')}
              filter={filter}
              layers={layers}
              highlight={highlight}
              people={people}
              overlays={overlays}
            />
            <p className="viewport-hint">{t('view.hint')}</p>
          </>
        ) : (
          <PlanView building={building} storey={filter.storey} layers={layers} highlight={highlight} />
        )}
      </div>
      {people !== undefined && mode === '3d' && (
        <PlaybackControls playback={people.playback} building={building} result={people.result} />
      )}
      {draft && (
        <p className="viewer-draft" role="status" data-testid="viewer-draft">
          {t('viewer.draft')}
        </p>
      )}
      {highlightPath !== undefined && highlight !== undefined && (
        <p className="viewer-highlight" data-testid="viewer-highlight">
          <span>{t('viewer.highlighted', { path: highlightPath })}</span>
          <button type="button" onClick={onClearHighlight} data-testid="clear-highlight">
            {t('viewer.clear')}
          </button>
        </p>
      )}
      <MarkerLegend layers={layers} />
    </div>
  );
}
