/**
 * Play / pause, the time slider and the speed of a run's playback. The time shown follows the
 * clock by subscription, written straight into the slider and label (no React render per frame);
 * React renders only when play/pause or the speed changes.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinSec } from '../run/run-state.ts';
import type { Playback } from './playback.ts';
import { SPEEDS } from './playback-clock.ts';

export function PlaybackControls({ playback }: { playback: Playback }) {
  const { t } = useTranslation();
  const slider = useRef<HTMLInputElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  const [playing, setPlaying] = useState(playback.clock.playing);
  const [speed, setSpeed] = useState<number>(playback.clock.speed);
  const { end } = playback.clock;

  useEffect(() => {
    const show = () => {
      const c = playback.clock;
      if (slider.current !== null) slider.current.value = String(c.t);
      if (label.current !== null) label.current.textContent = `${formatMinSec(c.t)} / ${formatMinSec(c.end)}`;
      setPlaying(c.playing);
      setSpeed(c.speed);
    };
    show();
    return playback.subscribe(show);
  }, [playback]);

  return (
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
    </div>
  );
}
