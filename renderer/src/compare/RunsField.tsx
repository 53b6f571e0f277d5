/**
 * The "runs" number field of the Compare and Debrief tabs: the Monte Carlo batch size, with the
 * app's bounds (compare-model.ts) and the same refusal text in both tabs.
 */
import { useTranslation } from 'react-i18next';
import { MAX_APP_RUNS, MIN_RUNS } from './compare-model.ts';

export function RunsField({
  label,
  text,
  onText,
  valid,
  disabled,
  testId,
}: {
  label: string;
  text: string;
  onText: (text: string) => void;
  valid: boolean;
  disabled: boolean;
  /** `<testId>` on the input, `<testId>-invalid` on the refusal. */
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label className="compare-runs">
        <span>{label}</span>
        <input
          type="number"
          min={MIN_RUNS}
          max={MAX_APP_RUNS}
          step={1}
          value={text}
          disabled={disabled}
          aria-invalid={!valid}
          data-testid={testId}
          onChange={(e) => onText(e.target.value)}
        />
      </label>
      {!valid && (
        <p className="note error" role="alert" data-testid={`${testId}-invalid`}>
          {t('compare.runsInvalid', { min: MIN_RUNS, max: MAX_APP_RUNS })}
        </p>
      )}
    </>
  );
}
