/**
 * The side panel's tools, one tab per question: People (evacuation), Water (hydrant pressures),
 * Trucks (fire-engine access), Compare (scenarios side by side), Debrief (a real drill's measurements
 * against the simulation) and Scenario (edit a scenario).
 * A tab without content (no valid building yet) is not offered. Tabs keep their panels mounted, so
 * a run in one tab goes on while the user looks at another.
 */
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const TOOL_IDS = ['people', 'water', 'trucks', 'compare', 'debrief', 'scenario'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

interface Props {
  panels: Partial<Record<ToolId, ReactNode>>;
}

export function ToolTabs({ panels }: Props) {
  const { t } = useTranslation();
  const offered = TOOL_IDS.filter((id) => panels[id] !== undefined && panels[id] !== false);
  const [picked, setPicked] = useState<ToolId>('people');
  const active = offered.includes(picked) ? picked : offered[0];
  if (active === undefined) return null;
  return (
    <section className="tools" data-testid="tools">
      <div className="tool-tabs" role="tablist" aria-label={t('tools.label')}>
        {offered.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tool-tab-${id}`}
            aria-selected={id === active}
            aria-controls={`tool-panel-${id}`}
            data-testid={`tab-${id}`}
            onClick={() => setPicked(id)}
          >
            {t(`tools.${id}`)}
          </button>
        ))}
      </div>
      {offered.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={`tool-panel-${id}`}
          aria-labelledby={`tool-tab-${id}`}
          hidden={id !== active}
          data-testid={`tool-panel-${id}`}
        >
          {panels[id]}
        </div>
      ))}
    </section>
  );
}
