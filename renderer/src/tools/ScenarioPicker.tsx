/**
 * The scenario every engine runs: the building as drawn, or one of the file's scenarios. One choice
 * for the whole window, so the People, Water and Trucks answers are about the same situation.
 */
import { useTranslation } from 'react-i18next';
import type { Building } from '../../../models/index.ts';

/** The select's value for "the building as drawn" (no scenario applied). */
const BASELINE = '';

interface Props {
  building: Building;
  /** The picked scenario id; null = the building as drawn. */
  scenario: string | null;
  onScenario: (id: string | null) => void;
  disabled?: boolean;
}

/** The picked scenario if this building has it, else null (a scenario picked in an earlier file). */
export function scenarioIn(building: Building | undefined, picked: string | null): string | null {
  return picked !== null && (building?.scenarios ?? []).some((s) => s.id === picked) ? picked : null;
}

export function ScenarioPicker({ building, scenario, onScenario, disabled = false }: Props) {
  const { t } = useTranslation();
  const scenarios = building.scenarios ?? [];
  return (
    <label className="run-scenario">
      <span>{t('run.scenario')}</span>
      <select
        value={scenarioIn(building, scenario) ?? BASELINE}
        disabled={disabled}
        data-testid="scenario-picker"
        onChange={(e) => onScenario(e.target.value === BASELINE ? null : e.target.value)}
      >
        <option value={BASELINE}>{t('run.baseline')}</option>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name ?? s.id}
          </option>
        ))}
      </select>
    </label>
  );
}
