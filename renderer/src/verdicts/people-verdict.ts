/**
 * The People verdict of one finished evacuation run, in the drill's words (drill/verdicts.ts): the
 * run is digested and summarised as a one-run batch, as `lifeline drill --runs 1` would.
 */
import type { Building } from '../../../models/index.ts';
import { digestRun } from '../../../drill/run-digest.ts';
import { summarisePeople } from '../../../drill/summarise-people.ts';
import type { Verdict } from '../../../drill/summary-types.ts';
import { peopleVerdict } from '../../../drill/verdicts.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';

export function peopleVerdictOf(
  building: Building,
  result: EvacuationResult,
  scenario: string | null,
): Verdict {
  const sc = building.scenarios?.find((s) => s.id === scenario);
  const summary = summarisePeople([digestRun(result)], result.seed, sc?.fire?.storey ?? null);
  return peopleVerdict(summary);
}
