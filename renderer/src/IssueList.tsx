/**
 * Validation errors or warnings: each with its JSON path and the sentence in the UI language. Where
 * the path points at something drawn, the path is a button that highlights it in the view.
 */
import { useTranslation } from 'react-i18next';
import type { Locale, ValidationIssue } from '../../models/index.ts';

interface Props {
  issues: readonly ValidationIssue[];
  locale: Locale;
  /** Path of the highlighted issue. */
  selected?: string | undefined;
  canLocate?: (path: string) => boolean;
  onLocate?: (path: string) => void;
}

export function IssueList({ issues, locale, selected, canLocate, onLocate }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="issues">
      {issues.map((issue, i) => {
        const path = issue.path === '' ? t('validation.wholeFile') : issue.path;
        const locatable = onLocate !== undefined && canLocate?.(issue.path) === true;
        return (
          <li
            key={`${i}:${issue.path}:${issue.code}`}
            className={`issue issue-${issue.severity}${selected === issue.path ? ' selected' : ''}`}
            data-testid="issue"
            data-path={issue.path}
            data-code={issue.code}
          >
            {locatable ? (
              <button
                type="button"
                className="issue-path locate"
                title={t('viewer.locate')}
                aria-pressed={selected === issue.path}
                data-testid="issue-locate"
                onClick={() => onLocate(issue.path)}
              >
                {path}
              </button>
            ) : (
              <code className="issue-path">{path}</code>
            )}
            <span className="issue-text">{issue.text[locale]}</span>
          </li>
        );
      })}
    </ul>
  );
}
