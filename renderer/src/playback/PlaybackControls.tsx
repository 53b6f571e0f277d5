/**
 * Play / pause, the time slider and the speed of a run's playback, the density heat map switch
 * (with what it shows — the level now or each cell's peak — and its Fruin legend, which says which)
 * and the people on each stair now. The time and the stair counts follow
 * the clock by subscription, written straight into their DOM nodes (no React render per frame);
 * React renders only when play/pause, the speed or the heat map switch changes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../models/index.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import { formatMinSec } from '../run/run-state.ts';
import { fruinLegend } from './fruin-colours.ts';
import type { HeatMapMode, Playback } from './playback.ts';
import { SPEEDS } from './playback-clock.ts';
import { perStair, stairOccupancyOf } from './stair-occupancy.ts';

interface Props {
  playback: Playback;
  building: Building;
  result: EvacuationResult;
}

const fmtDensity = (v: number) => v.toFixed(2);

export function PlaybackControls({ playback, building, result }: Props) {
  const { t } = useTranslation();
  const slider = useRef<HTMLInputElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  const stairsNow = useRef<HTMLSpanElement>(null);
  const [playing, setPlaying] = useState(playback.clock.playing);
  const [speed, setSpeed] = useState<number>(playback.clock.speed);
  const [heatMap, setHeatMap] = useState(playback.heatMap);
  const [heatMode, setHeatMode] = useState<HeatMapMode>(playback.heatMapMode);
  const { end } = playback.clock;
  const occupancy = useMemo(() => stairOccupancyOf(building, result), [building, result]);

  useEffect(() => {
    let lastFrame = -1;
    const show = () => {
      const c = playback.clock;
      if (slider.current !== null) slider.current.value = String(c.t);
      if (label.current !== null) label.current.textContent = `${formatMinSec(c.t)} / ${formatMinSec(c.end)}`;
      if (occupancy !== undefined && stairsNow.current !== null) {
        const f = occupancy.frameNear(c.t);
        if (f !== lastFrame) {
          lastFrame = f;
          const per = perStair(occupancy, occupancy.countsAt(f));
          stairsNow.current.textContent = occupancy.stairs.map((id, k) => `${id} ${per[k]}`).join(' · ');
        }
      }
      setPlaying(c.playing);
      setSpeed(c.speed);
      setHeatMap(playback.heatMap);
      setHeatMode(playback.heatMapMode);
    };
    show();
    return playback.subscribe(show);
  }, [playback, occupancy]);

  const hasMaps = (result.densityMaps?.length ?? 0) > 0;
  // The level over time needs the engine's series (results made before it have the peak only).
  const series = result.densityMaps?.find((m) => m.series !== undefined)?.series;
  const mode: HeatMapMode = series === undefined ? 'peak' : heatMode;
  return (
    <>
      <div
        className="playback"
        role="group"
        aria-label={t('playback.label')}
        data-testid="playback"
        data-playing={playing}
      >
        <button
          type="button"
          data-testid="playback-toggle"
          onClick={() => (playback.clock.playing ? playback.pause() : playback.play())}
        >
          {playing ? t('playback.pause') : t('playback.play')}
        </button>
        <input
          ref={slider}
          type="range"
          min={0}
          max={end}
          step={0.1}
          defaultValue={0}
          aria-label={t('playback.time')}
          data-testid="playback-slider"
          onInput={(e) => playback.seek(Number(e.currentTarget.value))}
        />
        <span ref={label} className="playback-time" data-testid="playback-time" />
        <label className="playback-speed">
          <span>{t('playback.speed')}</span>
          <select
            value={speed}
            data-testid="playback-speed"
            onChange={(e) => playback.setSpeed(Number(e.target.value))}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                ×{s}
              </option>
            ))}
          </select>
        </label>
        <label className="playback-heat" title={t('playbackExtra.heatMapHint')}>
          <input
            type="checkbox"
            checked={heatMap}
            disabled={!hasMaps}
            data-testid="heat-map-toggle"
            onChange={(e) => playback.setHeatMap(e.target.checked)}
          />
          {t('playbackExtra.heatMap')}
        </label>
        {heatMap && hasMaps && (
          <label className="playback-heat-mode" title={t('playbackExtra.heatMapModeHint')}>
            <span>{t('playbackExtra.heatMapMode')}</span>
            <select
              value={mode}
              disabled={series === undefined}
              data-testid="heat-map-mode"
              onChange={(e) => playback.setHeatMapMode(e.target.value as HeatMapMode)}
            >
              <option value="now">{t('playbackExtra.heatMapModeNow')}</option>
              <option value="peak">{t('playbackExtra.heatMapModePeak')}</option>
            </select>
          </label>
        )}
        {occupancy !== undefined && occupancy.stairs.length > 0 && (
          <span className="playback-stairs" title={t('playbackExtra.onStairsHint')}>
            {t('playbackExtra.onStairs')} <span ref={stairsNow} data-testid="stairs-now" />
          </span>
        )}
      </div>
      {heatMap && hasMaps && (
        <div className="heat-legend" data-testid="heat-legend" role="note">
          <strong>{t('playbackExtra.heatMapTitle')}</strong>
          <p className="heat-legend-note" data-testid="heat-legend-mode" data-mode={mode}>
            {mode === 'now' && series !== undefined
              ? t('playbackExtra.heatMapNow', { interval: Number(series.interval.toFixed(2)) })
              : t('playbackExtra.heatMapPeak')}
          </p>
          <ul>
            {fruinLegend().map((row) => (
              <li key={row.level}>
                <span className="swatch" style={{ background: row.colour }} />
                {t('playbackExtra.los', { level: row.level })}{' '}
                <span className="heat-legend-range">
                  {row.max === null
                    ? t('playbackExtra.densityOver', { min: fmtDensity(row.min) })
                    : t('playbackExtra.densityRange', { min: fmtDensity(row.min), max: fmtDensity(row.max) })}
                </span>
              </li>
            ))}
          </ul>
          <p className="heat-legend-note">{t('playbackExtra.heatMapEmpty')}</p>
        </div>
      )}
    </>
  );
}
