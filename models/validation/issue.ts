/**
 * One problem found in a building file: where (a JSON pointer), what (a stable code) and a plain
 * sentence in both interface languages. Errors make a file unusable; warnings are code-relevant
 * oddities worth a look (a narrow stair, a missing fire lift) that do not stop a run.
 */
export type Severity = 'error' | 'warning';
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** A sentence in every interface language. */
export interface LocalizedText {
  en: string;
  'zh-CN': string;
}

export interface ValidationIssue {
  severity: Severity;
  /** JSON pointer (RFC 6901) to the offending value; `""` is the whole document. */
  path: string;
  /** Stable machine-readable code, e.g. `door.notOnBoundary`. */
  code: string;
  text: LocalizedText;
}

/** Escapes one JSON-pointer reference token (RFC 6901 §3). */
function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `pointer('storeys', 3, 'doors', 1)` → `/storeys/3/doors/1`. */
export function pointer(...tokens: readonly (string | number)[]): string {
  return tokens.map((t) => '/' + escapeToken(t)).join('');
}

/** One line for a terminal: `/storeys/3/doors/1/segment: door is 0.2 m wide …`. */
export function formatIssue(issue: ValidationIssue, locale: Locale = 'en'): string {
  return `${issue.path || '/'}: ${issue.text[locale]}`;
}

/** Collects issues; rules report through it. Sorting keeps output stable and errors first. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];

  error(path: string, code: string, en: string, zh: string): void {
    this.issues.push({ severity: 'error', path, code, text: { en, 'zh-CN': zh } });
  }

  warning(path: string, code: string, en: string, zh: string): void {
    this.issues.push({ severity: 'warning', path, code, text: { en, 'zh-CN': zh } });
  }

  get errors(): ValidationIssue[] {
    return this.issues.filter((i) => i.severity === 'error');
  }

  get warnings(): ValidationIssue[] {
    return this.issues.filter((i) => i.severity === 'warning');
  }
}

/** Numbers in messages: at most 3 decimals, no trailing zeros (`0.25`, `1.1`, `12`). */
export function num(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : String(v);
}
