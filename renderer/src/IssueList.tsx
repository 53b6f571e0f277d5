/** Validation errors or warnings: each with its JSON path and the sentence in the UI language. */
import { useTranslation } from 'react-i18next';
import type { Locale, ValidationIssue } from '../../models/index.ts';

export function IssueList({ issues, locale }: { issues: readonly ValidationIssue[]; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <ul className="issues">
      {issues.map((issue, i) => (
        <li
          key={`${i}:${issue.path}:${issue.code}`}
          className={`issue issue-${issue.severity}`}
          data-testid="issue"
          data-path={issue.path}
          data-code={issue.code}
        >
          <code className="issue-path">{issue.path === '' ? t('validation.wholeFile') : issue.path}</code>
          <span className="issue-text">{issue.text[locale]}</span>
        </li>
      ))}
    </ul>
  );
}
