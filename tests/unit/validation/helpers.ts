import { validateBuilding } from '../../../models/load/load-building.ts';
import type { Building } from '../../../models/schema/building.ts';
import type { ValidationIssue } from '../../../models/validation/issue.ts';
import { validBuilding } from './fixtures.ts';

/** Validates the fixture after `mutate` and returns all issues (errors and warnings). */
export function issuesAfter(mutate: (b: Building) => void): ValidationIssue[] {
  const b = validBuilding();
  mutate(b);
  const r = validateBuilding(b, 'test.json');
  return [...r.errors, ...r.warnings];
}

/** The issues with this code, as `path` strings — what most assertions compare. */
export function pathsOf(issues: ValidationIssue[], code: string): string[] {
  return issues.filter((i) => i.code === code).map((i) => i.path);
}

/** Every issue has a non-empty sentence in both languages. */
export function bilingual(issues: ValidationIssue[]): boolean {
  return issues.every((i) => i.text.en.length > 0 && i.text['zh-CN'].length > 0);
}
