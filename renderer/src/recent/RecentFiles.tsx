/**
 * Recent files under Open… (desktop app only): one button per file, newest first, that opens it
 * the way File ▸ Open Recent does. The list is asked of main at start and again after each document
 * change (an opened or saved file moves to the top) and when the window regains focus.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../main/ipc/contract.ts';
import { recentBridge, recentFolder, shownRecent, type RecentBridge } from './recent-files.ts';

interface Props {
  onOpen: (path: string) => void;
  /** Changes whenever the document may have changed the list (the window's view state). */
  refreshKey: unknown;
  bridge?: RecentBridge | undefined;
}

const PLATFORM_BRIDGE = recentBridge();

export function RecentFiles({ onOpen, refreshKey, bridge = PLATFORM_BRIDGE }: Props) {
  const { t } = useTranslation();
  const [list, setList] = useState<RecentFile[]>([]);
  const [focusTick, setFocusTick] = useState(0);

  useEffect(() => {
    if (bridge === undefined) return;
    const onFocus = () => setFocusTick((n) => n + 1);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [bridge]);

  useEffect(() => {
    if (bridge === undefined) return;
    let live = true;
    bridge.listRecent().then(
      (l) => live && setList(shownRecent(l)),
      // A list that cannot be read is no list; opening by dialog still works.
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [bridge, refreshKey, focusTick]);

  if (bridge === undefined || list.length === 0) return null;
  return (
    <section className="recent" data-testid="recent-files">
      <h2>{t('recent.heading')}</h2>
      <ul>
        {list.map((f) => (
          <li key={f.path}>
            <button
              type="button"
              className="recent-file"
              title={t('recent.open', { path: f.path })}
              data-testid="recent-file"
              data-path={f.path}
              onClick={() => onOpen(f.path)}
            >
              <span className="recent-name">{f.name}</span>
              <span className="recent-folder">{recentFolder(f)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
