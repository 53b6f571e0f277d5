/**
 * The three answers at a glance, above the tools: People, Water, Trucks. Each card is green (passes)
 * or red (fails) with the drill's one-line verdict in the interface language; "running…" while its
 * engine runs; People says "not run" until the user presses Run (water and trucks run by themselves).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building, Locale } from '../../../models/index.ts';
import type { Verdict, VerdictMode } from '../../../drill/summary-types.ts';
import type { RunState } from '../run/run-state.ts';
import type { JobState } from './job-state.ts';
import { peopleVerdictOf } from './people-verdict.ts';

type CardState =
  { status: 'notRun' | 'running' | 'failed' | 'cancelled' } | { status: 'done'; verdict: Verdict };

interface Props {
  building: Building;
  locale: Locale;
  people: RunState;
  /** The window's scenario: a People result of another scenario is not this answer. */
  scenario: string | null;
  water: JobState<{ verdict: Verdict }>;
  trucks: JobState<{ verdict: Verdict }>;
}

function jobCard(s: JobState<{ verdict: Verdict }>): CardState {
  switch (s.status) {
    case 'idle':
    case 'running':
      // Idle only for the moment between a new building and its job's start.
      return { status: 'running' };
    case 'done':
      return { status: 'done', verdict: s.result.verdict };
    default:
      return { status: s.status };
  }
}

export function VerdictStrip({ building, locale, people, scenario, water, trucks }: Props) {
  const { t } = useTranslation();
  const peopleResult = people.status === 'done' && people.scenario === scenario ? people.result : undefined;
  const peopleScenario = people.status === 'done' ? people.scenario : null;
  const peopleVerdict = useMemo(
    () => (peopleResult ? peopleVerdictOf(building, peopleResult, peopleScenario) : undefined),
    [building, peopleResult, peopleScenario],
  );
  const cards: [VerdictMode, CardState][] = [
    [
      'people',
      peopleVerdict !== undefined
        ? { status: 'done', verdict: peopleVerdict }
        : people.status === 'running'
          ? { status: 'running' }
          : people.status === 'failed'
            ? { status: 'failed' }
            : { status: 'notRun' },
    ],
    ['water', jobCard(water)],
    ['trucks', jobCard(trucks)],
  ];
  return (
    <section className="verdict-strip" aria-label={t('verdicts.label')} data-testid="verdict-strip">
      {cards.map(([mode, card]) => {
        const status = card.status === 'done' ? (card.verdict.ok ? 'ok' : 'fail') : card.status;
        return (
          <article
            key={mode}
            className={`verdict-card verdict-${status}`}
            data-testid={`verdict-card-${mode}`}
            data-status={status}
            aria-busy={card.status === 'running'}
          >
            <h3>
              <span>{t(`verdicts.${mode}`)}</span>
              {card.status === 'done' && (
                <span className="verdict-badge">{t(card.verdict.ok ? 'verdicts.ok' : 'verdicts.fail')}</span>
              )}
            </h3>
            <p data-testid={`verdict-text-${mode}`}>
              {card.status === 'done' ? card.verdict.text[locale] : t(`verdicts.${card.status}`)}
            </p>
          </article>
        );
      })}
    </section>
  );
}
