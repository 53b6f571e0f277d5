/**
 * The code-check table of the Water and Trucks tools: clause (UNVERIFIED thresholds marked), what
 * was checked where the engine names it, the check's sentence, value and limit in display units, and
 * pass/fail; a failing row is marked `row-fail`.
 */
import { useTranslation } from 'react-i18next';
import { formatCheckValue } from '../water/format.ts';

/** What both engines' code checks share (sim-core/water/checks.ts, sim-core/access/code-check.ts). */
export interface CodeCheckRow {
  clause: string;
  ok: boolean;
  value: number | null;
  limit: number;
  unit: string;
  verified: boolean;
}

interface Props<C extends CodeCheckRow> {
  checks: readonly C[];
  /** The check's sentence in the interface language. */
  sentence: (c: C) => string;
  testId: string;
  /** With a "subject" column (what was checked), under this heading. */
  subject?: { heading: string; of: (c: C) => string };
  /** data-testid of the UNVERIFIED mark, if it has one. */
  unverifiedTestId?: string;
}

export function CodeChecksTable<C extends CodeCheckRow>({
  checks,
  sentence,
  testId,
  subject,
  unverifiedTestId,
}: Props<C>) {
  const { t } = useTranslation();
  return (
    <table className="engine-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('water.clause')}</th>
          {subject && <th>{subject.heading}</th>}
          <th>{t('water.check')}</th>
          <th>{t('water.value')}</th>
          <th>{t('water.limit')}</th>
          <th>{t('water.ok')}</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c, i) => (
          <tr key={i} className={c.ok ? 'row-ok' : 'row-fail'}>
            <td>
              {c.clause}
              {!c.verified && (
                <span className="unverified" data-testid={unverifiedTestId}>
                  {t('water.unverified')}
                </span>
              )}
            </td>
            {subject && <td>{subject.of(c)}</td>}
            <td>{sentence(c)}</td>
            <td>{formatCheckValue(c.value, c.unit)}</td>
            <td>{formatCheckValue(c.limit, c.unit)}</td>
            <td className={c.ok ? 'ok' : 'error'}>{c.ok ? '✓' : '✗'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
